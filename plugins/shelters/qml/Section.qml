// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled block of the shelter detail; its children go below the title.
ColumnLayout {
    id: root
    property string title
    property string tip
    default property alias content: body.data

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        Layout.topMargin: 6
        text: root.title
        font.bold: true
        font.pixelSize: 13
        ToolTip.visible: root.tip.length > 0 && titleArea.containsMouse
        ToolTip.text: root.tip
        MouseArea {
            id: titleArea
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.NoButton
        }
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: "#dadce0"
    }
    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: 4
    }
}
