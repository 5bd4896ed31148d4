// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Layers of the twin, top-most first: visibility, opacity, order, and a legend swatch.
Pane {
    id: root

    required property LayerListModel layers
    //! The plugins' layers for the signed-in operator (MapOverlays.model); none when null.
    property OverlayListModel overlays: null

    padding: 6

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            text: qsTr("Layers")
            font.bold: true
            font.pixelSize: 15
        }

        OverlayList {
            Layout.fillWidth: true
            // Only with a twin open (the layer list is empty without one).
            visible: root.overlays !== null && root.overlays.count > 0 && root.layers.count > 0
            overlays: root.overlays
        }

        ListView {
            id: list
            objectName: "layerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.layers
            spacing: 2
            ScrollBar.vertical: ScrollBar {}

            delegate: Item {
                id: row
                required property int index
                required property string name
                required property string title
                required property string kind
                required property color color
                required property color outlineColor
                required property string symbol
                required property bool layerVisible
                required property real layerOpacity
                required property int featureCount

                width: ListView.view.width
                height: content.implicitHeight + 8

                HoverHandler { id: hover }
                Rectangle {
                    anchors.fill: parent
                    color: hover.hovered ? palette.alternateBase : "transparent"
                    radius: 4
                }

                ColumnLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        CheckBox {
                            objectName: "visibility_" + row.name
                            checked: row.layerVisible
                            onToggled: root.layers.setVisible(row.index, checked)
                            ToolTip.visible: hovered
                            ToolTip.text: row.layerVisible ? qsTr("Hide this layer") : qsTr("Show this layer")
                        }
                        LayerLegendIcon {
                            kind: row.kind
                            fillColor: row.color
                            outlineColor: row.outlineColor
                            symbol: row.symbol
                            opacity: row.layerVisible ? 1.0 : 0.35
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: row.title
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%Ln feature(s)", "", row.featureCount)
                                font.pixelSize: 10
                                color: palette.placeholderText
                            }
                        }
                        ToolButton {
                            text: "▲"
                            enabled: row.index > 0
                            onClicked: root.layers.moveUp(row.index)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Draw above the layer over it")
                        }
                        ToolButton {
                            text: "▼"
                            enabled: row.index < list.count - 1
                            onClicked: root.layers.moveDown(row.index)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Draw below the layer under it")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: hover.hovered || opacitySlider.pressed
                        Label {
                            text: qsTr("Opacity")
                            font.pixelSize: 11
                        }
                        Slider {
                            id: opacitySlider
                            Layout.fillWidth: true
                            from: 0
                            to: 1
                            value: row.layerOpacity
                            onMoved: root.layers.setOpacity(row.index, value)
                            ToolTip.visible: hovered || pressed
                            ToolTip.text: qsTr("Opacity %1 %").arg(Math.round(value * 100))
                        }
                    }
                }
            }
        }
    }
}
