// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Safety

// The community-safety panel: what the signed-in operator may see of the alerts, analysed —
// hotspot map (kernel density with the bandwidth chosen here), hour × weekday profile,
// near-repeats, a patrol loop within a time budget, streetlight suggestions and the hotspots
// without a patrol today.
Item {
    id: root

    required property var twin              // ct::ui::TwinSession (plugin::TwinAccess)
    property alias controller: controller

    implicitWidth: 380
    implicitHeight: 1200

    SafetyController {
        id: controller
        twin: root.twin
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6

            Label {
                Layout.fillWidth: true
                text: qsTr("Community safety")
                font.bold: true
                font.pixelSize: 15
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: controller.errorString.length > 0 ? "#b00020" : palette.placeholderText
                text: controller.errorString.length > 0
                      ? controller.errorString
                      : qsTr("%1 alerts in the last %2 days, %3 of them with places generalised to 100 m")
                            .arg(controller.alertCount).arg(controller.windowDays).arg(controller.generalisedCount)
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 8
                Label { text: qsTr("Bandwidth (m)") }
                SpinBox {
                    id: bandwidth
                    from: 100; to: 3000; stepSize: 50
                    editable: true
                    value: controller.bandwidthMetres
                    onValueModified: controller.bandwidthMetres = value
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Radius of the kernel: larger values give smoother, wider hotspots")
                }
                Label { text: qsTr("Period (days)") }
                SpinBox {
                    from: 1; to: 3650
                    editable: true
                    value: controller.windowDays
                    onValueModified: controller.windowDays = value
                }
            }

            HotspotView {
                id: map
                objectName: "hotspotView"
                Layout.fillWidth: true
                Layout.preferredHeight: width
                controller: controller
                showAlerts: alertsBox.checked
                showDensity: densityBox.checked
                showPatrol: patrolBox.checked
                showStreetlights: lightsBox.checked
            }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                CheckBox { id: densityBox; text: qsTr("Hotspots"); checked: true }
                CheckBox { id: alertsBox; text: qsTr("Alerts (fading with age)"); checked: true }
                CheckBox { id: patrolBox; text: qsTr("Patrol"); checked: true }
                CheckBox { id: lightsBox; text: qsTr("Streetlight suggestions"); checked: true }
            }

            Label {
                text: qsTr("Hotspots")
                font.bold: true
            }
            Repeater {
                model: controller.hotspots.slice(0, 5)
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: qsTr("#%1: peak %2 alerts/km², about %3 alerts in %4 km²")
                          .arg(modelData.rank).arg(modelData.peakDensity.toFixed(1))
                          .arg(modelData.expectedAlerts.toFixed(1)).arg(modelData.areaKm2.toFixed(2))
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%1 near-repeat alerts (another alert within %2 m and %3 days before)")
                      .arg(controller.nearRepeatCount).arg(controller.nearRepeatMetres).arg(controller.nearRepeatDays)
            }

            Label {
                text: qsTr("Alerts by hour (JST) and weekday")
                font.bold: true
            }
            Loader {
                id: chart
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                Component.onCompleted: setSource(controller.chartsAvailable ? "TimeChart.qml" : "TimeTable.qml",
                                                 { controller: controller })
            }

            Label {
                text: qsTr("Patrol")
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Time budget (min)") }
                SpinBox {
                    from: 10; to: 480; stepSize: 10
                    editable: true
                    value: controller.patrolMinutes
                    onValueModified: controller.patrolMinutes = value
                }
            }
            RowLayout {
                Button {
                    text: qsTr("Suggest patrol")
                    onClicked: controller.planPatrol()
                }
                Button {
                    text: qsTr("Plan it for today")
                    enabled: controller.patrol.minutes !== undefined
                    onClicked: controller.savePatrol()
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: controller.patrol.minutes !== undefined
                text: controller.patrol.minutes === undefined ? ""
                      : qsTr("From %1 through hotspots %2: %3 min, %4 km")
                            .arg(controller.patrol.policeBox).arg(controller.patrol.hotspots.join(", "))
                            .arg(controller.patrol.minutes.toFixed(0)).arg(controller.patrol.kilometres.toFixed(1))
            }
            Repeater {
                model: controller.unpatrolledHotspots
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    color: "#b00020"
                    text: qsTr("Hotspot #%1 has no patrol planned today").arg(modelData.rank)
                }
            }
            Button {
                visible: controller.unpatrolledHotspots.length > 0
                text: qsTr("Raise an alert for them")
                onClicked: controller.raiseUnpatrolled()
            }

            Label {
                text: qsTr("Streetlight suggestions")
                font.bold: true
            }
            Repeater {
                model: controller.streetlightSuggestions.slice(0, 5)
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.metresToLight < 0
                          ? qsTr("Road %1: no streetlight in the twin").arg(modelData.roadId)
                          : qsTr("Road %1: %2 m from the nearest light").arg(modelData.roadId).arg(modelData.metresToLight.toFixed(0))
                }
            }
        }
    }
}
