// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick

// The legend swatch of a layer, drawn in the layer's colours: its symbol for points, a stroke for
// lines, a filled square with its outline for areas, a block with a darker side for buildings.
Item {
    id: root

    property string kind: "points"
    property color fillColor: "gray"
    property color outlineColor: "transparent"
    property string symbol: "circle"

    implicitWidth: 20
    implicitHeight: 20

    // Areas and buildings.
    Rectangle {
        visible: root.kind === "areas" || root.kind === "buildings"
        anchors.fill: parent
        anchors.margins: 2
        color: root.fillColor
        border.width: root.kind === "areas" ? 2 : 1
        border.color: root.kind === "areas" && root.outlineColor.a > 0 ? root.outlineColor : Qt.darker(root.fillColor, 1.6)
        Rectangle {
            visible: root.kind === "buildings"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: parent.width * 0.35
            color: Qt.darker(root.fillColor, 1.3)
        }
    }
    // Lines.
    Rectangle {
        visible: root.kind === "lines"
        anchors.centerIn: parent
        width: parent.width * 1.1
        height: 4
        radius: 2
        rotation: -35
        color: root.fillColor
    }
    // Points: circle, square, diamond.
    Rectangle {
        visible: root.kind === "points" && root.symbol !== "triangle" && root.symbol !== "arrow"
        anchors.centerIn: parent
        width: root.symbol === "diamond" ? parent.width * 0.6 : parent.width * 0.7
        height: width
        radius: root.symbol === "circle" ? width / 2 : 0
        rotation: root.symbol === "diamond" ? 45 : 0
        color: root.fillColor
        border.width: 1
        border.color: Qt.darker(root.fillColor, 1.6)
    }
    Text {
        visible: root.kind === "points" && (root.symbol === "triangle" || root.symbol === "arrow")
        anchors.centerIn: parent
        text: root.symbol === "arrow" ? "➤" : "▲"
        rotation: root.symbol === "arrow" ? -90 : 0
        font.pixelSize: parent.height * 0.9
        color: root.fillColor
    }
}
