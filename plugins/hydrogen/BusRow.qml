// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One fuel-cell bus: name, state (changeable with the grant), energy left as a bar.
Frame {
    id: root

    required property var bus
    required property var stateOptions
    property bool canChange: false

    signal activated()
    signal stateRequested(string state, string label)

    padding: 4

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.bus.name + "  (" + root.bus.busId + ")"
                elide: Text.ElideRight
                font.bold: true
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.activated()
                }
            }
            ComboBox {
                id: state
                implicitWidth: 150
                model: root.stateOptions
                textRole: "label"
                valueRole: "value"
                enabled: root.canChange
                Component.onCompleted: currentIndex = indexOfValue(root.bus.state)
                onActivated: index => {
                    const chosen = root.stateOptions[index];
                    currentIndex = indexOfValue(root.bus.state);   // shown again after the change
                    if (chosen.value !== root.bus.state)
                        root.stateRequested(chosen.value, chosen.label);
                }
                ToolTip.visible: hovered
                ToolTip.text: root.canChange ? qsTr("Change the bus's state (recorded in the audit log)")
                                             : qsTr("Your role may not change bus states")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: 1
                value: root.bus.energyFraction
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Hydrogen on board as exportable energy; a full tank gives 235 kWh")
            }
            Label {
                text: qsTr("%1 kWh").arg(Number(root.bus.energyKwh).toFixed(0))
                font.pixelSize: 11
            }
        }
    }
}
