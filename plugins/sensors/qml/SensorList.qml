// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Sensors

// The sensor list: kind, last value with unit, alarm level, stale flag; filters by kind, alarm,
// stale and name.
ColumnLayout {
    id: root

    required property SensorPanel panel
    signal activated(var id, var siteFid)

    spacing: 2

    function kindLabel(kind) {
        switch (kind) {
        case "river_gauge": return qsTr("River gauge");
        case "weather": return qsTr("Weather");
        case "bridge_strain": return qsTr("Bridge strain");
        case "streetlight": return qsTr("Streetlight");
        case "energy_meter": return qsTr("Energy meter");
        case "air_quality": return qsTr("Air quality");
        case "people_flow": return qsTr("People flow");
        case "traffic_counter": return qsTr("Traffic counter");
        }
        return kind;
    }

    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: kindBox
            objectName: "kindFilter"
            Layout.fillWidth: true
            model: [""].concat(root.panel.kindOptions)
            displayText: currentIndex <= 0 ? qsTr("All kinds") : root.kindLabel(currentText)
            delegate: ItemDelegate {
                required property string modelData
                required property int index
                width: kindBox.width
                text: index === 0 ? qsTr("All kinds") : root.kindLabel(modelData)
            }
            onActivated: root.panel.sensors.kindFilter = currentIndex <= 0 ? "" : currentText
        }
        TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Name…")
            onTextChanged: root.panel.sensors.search = text
        }
    }
    RowLayout {
        Layout.fillWidth: true
        CheckBox {
            text: qsTr("In alarm")
            checked: root.panel.sensors.alarmedOnly
            onToggled: root.panel.sensors.alarmedOnly = checked
        }
        CheckBox {
            text: qsTr("Stale")
            checked: root.panel.sensors.staleOnly
            onToggled: root.panel.sensors.staleOnly = checked
        }
        Item { Layout.fillWidth: true }
        Label {
            text: qsTr("%1 of %2").arg(root.panel.sensors.count).arg(root.panel.sensors.total)
            color: palette.placeholderText
        }
    }
    ListView {
        id: list
        objectName: "sensorList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.panel.sensors
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property var sensorId
            required property string name
            required property string kind
            required property string unit
            required property var lastValue
            required property bool hasValue
            required property int level
            required property bool stale
            required property var siteFid
            objectName: "sensor-" + row.sensorId
            width: ListView.view.width
            highlighted: root.panel.selectedSensorId === row.sensorId
            onClicked: root.activated(row.sensorId, row.siteFid)
            contentItem: RowLayout {
                spacing: 6
                Rectangle {
                    width: 12
                    height: 12
                    radius: 6
                    color: ["#2e86de", "#f2c500", "#f39c12", "#e0331f", "#8e1dac"][Math.max(0, Math.min(4, row.level))]
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: root.kindLabel(row.kind) + (row.level > 0 ? " · " + qsTr("level %1").arg(row.level) : "")
                        font.pixelSize: 11
                        color: palette.placeholderText
                        elide: Text.ElideRight
                    }
                }
                Label {
                    text: row.hasValue ? Number(row.lastValue).toLocaleString(Qt.locale(), "f", 2) + " " + row.unit : qsTr("no reading")
                    font.bold: row.level > 0
                }
                Label {
                    visible: row.stale
                    text: qsTr("stale")
                    color: "white"
                    font.pixelSize: 10
                    padding: 2
                    background: Rectangle { color: "#7f8c8d"; radius: 3 }
                }
            }
        }
    }
}
