// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Sensors

// The sensors panel: the sensor list (filters), the selected sensor's history chart with its
// threshold levels, the active alarms with acknowledgement, and the health of a live MQTT feed.
// The Acknowledge button follows the operator's permission; the store checks it again.
Item {
    id: root

    required property var twin            // ct::ui::TwinSession (implements TwinAccess)
    signal featureActivated(string layer, var fid)

    property int tab: 0                   // 0 sensors, 1 alarms, 2 feed, 3 energy
    readonly property alias panel: model

    implicitWidth: 340
    implicitHeight: 700

    SensorPanel {
        id: model
        objectName: "sensorPanel"
        twin: root.twin
    }

    function openSensor(id) {
        model.selectedSensorId = id;
        root.tab = 0;
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Sensors and alarms")
                font.bold: true
                font.pixelSize: 15
                elide: Text.ElideRight
            }
            ToolButton {
                text: "⟳"
                onClicked: model.refresh()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Read the sensors again from the twin (it also refreshes on its own every 5 s)")
            }
        }
        Label {
            Layout.fillWidth: true
            text: model.operatorName.length > 0
                  ? qsTr("Acting as %1 (%2)").arg(model.operatorName).arg(model.operatorRole)
                  : qsTr("Not signed in: read only")
            color: palette.placeholderText
            elide: Text.ElideRight
            font.pixelSize: 11
        }
        Label {
            Layout.fillWidth: true
            visible: model.errorString.length > 0
            text: model.errorString
            wrapMode: Text.Wrap
            color: "#c0392b"
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: root.tab
            onCurrentIndexChanged: root.tab = currentIndex
            TabButton { text: qsTr("Sensors (%1)").arg(model.sensors.total) }
            TabButton { objectName: "alarmsTab"; text: qsTr("Alarms (%1)").arg(model.alarms.count) }
            TabButton { text: qsTr("Feed") }
            TabButton { objectName: "energyTab"; text: qsTr("Energy") }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.tab

            ColumnLayout {
                spacing: 4
                SensorList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 240
                    panel: model
                    onActivated: (id, siteFid) => {
                        model.selectedSensorId = id;
                        if (siteFid > 0)
                            root.featureActivated("sensor_sites", siteFid);
                    }
                }
                HistoryChart {
                    objectName: "historyChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 320
                    visible: model.selectedSensorId > 0
                    panel: model
                }
            }
            AlarmList {
                panel: model
                onOpenSensor: id => root.openSensor(id)
            }
            IngestHealth {
                panel: model
            }
            Loader {
                id: energyLoader
                // Made when shown: the dashboard reads every meter's readings.
                objectName: "energyLoader"
                active: root.tab === 3
                source: Qt.resolvedUrl("EnergyPanel.qml")
                Binding {
                    target: energyLoader.item
                    property: "twin"
                    value: root.twin
                    when: energyLoader.status === Loader.Ready
                }
            }
        }
    }
}
