// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Sensors

// The active alarms: level, since when, escalated, acknowledged (by whom); Acknowledge asks for
// confirmation and is enabled only when the operator holds sensors.acknowledge.
ColumnLayout {
    id: root

    required property SensorPanel panel
    signal openSensor(var id)

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.panel.alarms.count === 0 ? qsTr("No active alarms.")
              : qsTr("%1 active, %2 not acknowledged").arg(root.panel.alarms.count).arg(root.panel.alarms.unacknowledged)
        color: palette.placeholderText
    }
    Label {
        Layout.fillWidth: true
        visible: !root.panel.mayAcknowledge
        text: qsTr("Your role cannot acknowledge alarms.")
        font.pixelSize: 11
        color: palette.placeholderText
    }
    ListView {
        objectName: "alarmList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.panel.alarms
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property var alarmId
            required property var sensorId
            required property string sensorName
            required property string kind
            required property int level
            required property double value
            required property var since
            required property bool escalated
            required property bool acknowledged
            required property string acknowledgedBy
            width: ListView.view.width
            onClicked: root.openSensor(row.sensorId)
            contentItem: RowLayout {
                spacing: 6
                Rectangle {
                    width: 12
                    height: 12
                    radius: 2
                    color: row.kind === "stale" ? "#7f8c8d" : ["#2e86de", "#f2c500", "#f39c12", "#e0331f", "#8e1dac"][Math.min(4, row.level)]
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.sensorName
                        font.bold: row.escalated && !row.acknowledged
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        font.pixelSize: 11
                        color: row.escalated && !row.acknowledged ? "#c0392b" : palette.placeholderText
                        elide: Text.ElideRight
                        text: (row.kind === "stale" ? qsTr("no recent reading") : qsTr("level %1").arg(row.level))
                              + " · " + qsTr("since %1").arg(Qt.formatDateTime(row.since, "MM-dd HH:mm"))
                              + (row.escalated ? " · " + qsTr("escalated") : "")
                              + (row.acknowledged ? " · " + qsTr("acknowledged by %1").arg(row.acknowledgedBy) : "")
                    }
                }
                Button {
                    objectName: "acknowledge-" + row.alarmId
                    visible: !row.acknowledged
                    enabled: root.panel.mayAcknowledge
                    text: qsTr("Acknowledge")
                    onClicked: {
                        confirm.alarmId = row.alarmId;
                        confirm.sensorName = row.sensorName;
                        confirm.open();
                    }
                }
            }
        }
    }

    Dialog {
        id: confirm
        objectName: "confirmAcknowledge"
        property var alarmId: 0
        property string sensorName
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Acknowledge alarm")
        standardButtons: Dialog.Ok | Dialog.Cancel
        width: 320
        Label {
            width: confirm.availableWidth
            wrapMode: Text.Wrap
            text: qsTr("Acknowledge the alarm of %1? It stays active until the readings fall back, but no longer escalates.").arg(confirm.sensorName)
        }
        onAccepted: root.panel.acknowledge(confirm.alarmId)
    }
}
