// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Sensors

// A live MQTT feed into the twin and its health: connection state, messages received, readings
// stored and refusals per reason.
ColumnLayout {
    id: root

    required property SensorPanel panel

    spacing: 4

    function stateLabel(state) {
        switch (state) {
        case "off": return qsTr("not subscribed");
        case "connecting": return qsTr("connecting…");
        case "connected": return qsTr("connected");
        case "disconnected": return qsTr("disconnected");
        case "failed": return qsTr("failed");
        }
        return state;
    }

    function reasonLabel(reason) {
        switch (reason) {
        case "malformed": return qsTr("malformed payload");
        case "unknown_sensor": return qsTr("unknown sensor");
        case "not_a_number": return qsTr("not a number");
        case "missing_value": return qsTr("missing value");
        case "wrong_unit": return qsTr("wrong unit");
        case "bad_timestamp": return qsTr("bad time");
        case "future_timestamp": return qsTr("time in the future");
        }
        return reason;
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        Label { text: qsTr("Broker") }
        TextField { id: host; Layout.fillWidth: true; text: "127.0.0.1" }
        Label { text: qsTr("Port") }
        SpinBox {
            id: port
            from: 1
            to: 65535
            value: 1883
            editable: true
            textFromValue: (value, locale) => String(value) // a port, not a quantity: no grouping
            valueFromText: (text, locale) => parseInt(text, 10)
        }
        Label { text: qsTr("Topics") }
        TextField { id: topics; Layout.fillWidth: true; text: "v1.1/#, ngsi-ld/#, amedas/#" }
    }
    RowLayout {
        Button {
            text: qsTr("Subscribe")
            onClicked: root.panel.connectBroker(host.text, port.value, topics.text)
        }
        Button {
            text: qsTr("Stop")
            enabled: root.panel.mqttState !== "off"
            onClicked: root.panel.disconnectBroker()
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        Label { text: qsTr("Connection") }
        Label {
            objectName: "mqttState"
            text: root.stateLabel(root.panel.mqttState)
            font.bold: true
            color: root.panel.mqttState === "connected" ? "#2e9e44" : (root.panel.mqttState === "off" ? palette.text : "#c0392b")
        }
        Label { text: qsTr("Received") }
        Label { text: root.panel.mqttReceived.toLocaleString(Qt.locale(), "f", 0) }
        Label { text: qsTr("Stored") }
        Label { text: root.panel.ingestStored.toLocaleString(Qt.locale(), "f", 0) }
    }
    Label {
        Layout.fillWidth: true
        visible: root.panel.mqttError.length > 0
        text: root.panel.mqttError
        wrapMode: Text.Wrap
        color: "#c0392b"
        font.pixelSize: 11
    }
    Label { text: qsTr("Refused, by reason"); font.bold: true }
    Repeater {
        model: root.panel.rejections
        delegate: RowLayout {
            id: reasonRow
            required property var modelData
            Layout.fillWidth: true
            Label { Layout.fillWidth: true; text: root.reasonLabel(reasonRow.modelData.reason) }
            Label { text: Number(reasonRow.modelData.count).toLocaleString(Qt.locale(), "f", 0) }
        }
    }
    Item { Layout.fillHeight: true }
}
