// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The hour × weekday counts as a shaded table, where Qt Charts cannot draw (no QApplication).
GridLayout {
    id: table

    required property var controller

    columns: 25
    rowSpacing: 1
    columnSpacing: 1

    readonly property var weekdays: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"), qsTr("Sat"), qsTr("Sun")]

    Repeater {
        model: 8 * 25
        delegate: Rectangle {
            id: cell
            required property int index
            readonly property int row: Math.floor(index / 25)
            readonly property int column: index % 25
            readonly property int count: row > 0 && column > 0 ? table.controller.weekdayHourCounts[row - 1][column - 1] : 0
            Layout.fillWidth: true
            Layout.preferredHeight: 16
            color: row === 0 || column === 0 ? "transparent"
                 : Qt.rgba(0.75, 0.1, 0.15, table.controller.profileMaximum > 0 ? cell.count / table.controller.profileMaximum : 0)
            border.color: row === 0 || column === 0 ? "transparent" : "#e0e0e0"
            Label {
                anchors.centerIn: parent
                font.pixelSize: 8
                text: cell.row === 0 && cell.column > 0 ? String(cell.column - 1)
                    : cell.column === 0 && cell.row > 0 ? table.weekdays[cell.row - 1] : ""
            }
            ToolTip.visible: hoverArea.containsMouse && cell.row > 0 && cell.column > 0
            ToolTip.text: qsTr("%1 %2:00 — %3 alerts").arg(table.weekdays[Math.max(0, cell.row - 1)]).arg(cell.column - 1).arg(cell.count)
            MouseArea {
                id: hoverArea
                anchors.fill: parent
                hoverEnabled: true
            }
        }
    }
}
