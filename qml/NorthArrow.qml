// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls

// Points to map north; click to reset the view (north up).
AbstractButton {
    id: root

    property real headingDegrees: 0

    implicitWidth: 30
    implicitHeight: 30
    ToolTip.visible: hovered
    ToolTip.text: qsTr("North. Click to reset the view (Home)")

    contentItem: Item {
        rotation: -root.headingDegrees
        Canvas {
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d");
                const w = width, h = height;
                ctx.reset();
                ctx.fillStyle = "#c62828";
                ctx.beginPath();
                ctx.moveTo(w / 2, 2);
                ctx.lineTo(w / 2 + 6, h / 2);
                ctx.lineTo(w / 2 - 6, h / 2);
                ctx.closePath();
                ctx.fill();
                ctx.fillStyle = "#777777";
                ctx.beginPath();
                ctx.moveTo(w / 2, h - 2);
                ctx.lineTo(w / 2 + 6, h / 2);
                ctx.lineTo(w / 2 - 6, h / 2);
                ctx.closePath();
                ctx.fill();
            }
        }
        Label {
            anchors.centerIn: parent
            anchors.verticalCenterOffset: -1
            text: "N"
            font.pixelSize: 8
            font.bold: true
            color: "white"
        }
    }
}
