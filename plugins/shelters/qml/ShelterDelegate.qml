// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One shelter in the list: congestion colour, name, status, occupancy bar, and the flags HQ acts on.
ItemDelegate {
    id: root

    required property var fid
    required property string displayName
    required property string statusTitle
    required property string status
    required property int occupancy
    required property int capacity
    required property real ratio
    required property string congestionColor
    required property string congestionName
    required property bool overCapacity
    required property bool noPower
    required property bool shortage
    required property string shortageText
    required property string powerTitle
    required property int openRequests
    required property int unacknowledged
    required property int waitingMinutes
    required property string hazards

    signal activated(var fid)

    onClicked: root.activated(root.fid)
    padding: 4
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: qsTr("%1 — %2\nCongestion: %3\nPower: %4\nSuitable for: %5")
                  .arg(root.displayName).arg(root.statusTitle).arg(root.congestionName).arg(root.powerTitle)
                  .arg(root.hazards.length > 0 ? root.hazards : qsTr("no hazard designation"))
                  + (root.shortage ? "\n" + qsTr("Short of: %1").arg(root.shortageText) : "")

    contentItem: RowLayout {
        spacing: 6
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: root.status === "closed" ? "#9aa0a6" : root.congestionColor
            border.color: root.overCapacity ? "#000000" : "transparent"
            border.width: 2
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: root.displayName
                    elide: Text.ElideRight
                    font.bold: root.unacknowledged > 0
                }
                Label {
                    text: root.statusTitle
                    font.pixelSize: 10
                    color: root.status === "closed" ? "#80868b" : "#1a73e8"
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                ProgressBar {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 6
                    from: 0
                    to: 1
                    value: Math.min(1, root.ratio)
                    visible: root.capacity > 0
                }
                Label {
                    text: root.capacity > 0 ? qsTr("%1/%2").arg(root.occupancy).arg(root.capacity) : String(root.occupancy)
                    font.pixelSize: 10
                    color: root.overCapacity ? "#b71c1c" : "#5f6368"
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                visible: root.noPower || root.shortage || root.openRequests > 0 || root.overCapacity
                component Badge: Label {
                    id: badge
                    property color tint: "#5f6368"
                    width: Math.min(implicitWidth, root.availableWidth - 22)
                    elide: Text.ElideRight
                    font.pixelSize: 10
                    color: "white"
                    leftPadding: 4
                    rightPadding: 4
                    background: Rectangle { radius: 3; color: badge.tint }
                }
                Badge {
                    visible: root.overCapacity
                    text: qsTr("over capacity")
                    tint: "#b71c1c"
                }
                Badge {
                    visible: root.noPower
                    text: qsTr("no power")
                    tint: "#202124"
                }
                Badge {
                    visible: root.shortage
                    text: qsTr("short of: %1").arg(root.shortageText)
                    tint: "#1f5fbf"
                }
                Badge {
                    visible: root.unacknowledged > 0
                    text: qsTr("%n new request(s), waiting %1 min", "", root.unacknowledged).arg(root.waitingMinutes)
                    tint: "#d93025"
                }
                Badge {
                    visible: root.openRequests > root.unacknowledged
                    text: qsTr("%n request(s) in progress", "", root.openRequests - root.unacknowledged)
                    tint: "#5f6368"
                }
            }
        }
    }
}
