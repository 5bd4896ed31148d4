// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One report of the triage queue: severity, category, state and how long ago it was reported.
ItemDelegate {
    id: row

    required property var fid
    required property string categoryLabel
    required property int severity
    required property string state
    required property string stateLabel
    required property string description
    required property string ageText
    required property string assignedTo
    required property bool hasPhoto
    property bool selected: false

    highlighted: row.selected
    ToolTip.visible: hovered && row.description.length > 0
    ToolTip.delay: 700
    ToolTip.text: row.description

    contentItem: RowLayout {
        spacing: 6
        SeverityBadge {
            severity: row.severity
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: row.hasPhoto ? qsTr("#%1 %2 · photo").arg(row.fid).arg(row.categoryLabel)
                                   : qsTr("#%1 %2").arg(row.fid).arg(row.categoryLabel)
                elide: Text.ElideRight
                font.bold: row.state === "new"
            }
            Label {
                Layout.fillWidth: true
                text: row.assignedTo.length > 0 ? qsTr("%1 · %2 · %3 ago").arg(row.stateLabel).arg(row.assignedTo).arg(row.ageText)
                                                : qsTr("%1 · %2 ago").arg(row.stateLabel).arg(row.ageText)
                color: palette.placeholderText
                font.pixelSize: 11
                elide: Text.ElideRight
            }
        }
    }
}
