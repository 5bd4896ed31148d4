// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// The plugins' overlays in the layer panel (MapOverlays.model): layers computed for the operator
// signed in, with visibility, opacity, what the operator sees (note) and the legend.
ColumnLayout {
    id: root

    property OverlayListModel overlays: null

    spacing: 2

    Label {
        text: qsTr("For you")
        font.bold: true
        ToolTip.visible: overlayHover.hovered
        ToolTip.text: qsTr("Layers computed for the operator signed in, with what that role may see")
        HoverHandler { id: overlayHover }
    }

    Repeater {
        model: root.overlays
        delegate: Item {
            id: row
            required property int index
            required property string name
            required property string title
            required property string kind
            required property color color
            required property string symbol
            required property bool layerVisible
            required property real layerOpacity
            required property string note
            required property var legend
            required property bool failed

            Layout.fillWidth: true
            implicitHeight: content.implicitHeight + 8

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
                        objectName: "overlayVisibility_" + row.name
                        checked: row.layerVisible
                        enabled: !row.failed
                        onToggled: root.overlays.setVisible(row.index, checked)
                        ToolTip.visible: hovered
                        ToolTip.text: row.layerVisible ? qsTr("Hide this layer") : qsTr("Show this layer")
                    }
                    Rectangle {
                        implicitWidth: 16
                        implicitHeight: 16
                        radius: row.kind === "points" ? 8 : 2
                        color: row.color
                        opacity: row.layerVisible && !row.failed ? 1.0 : 0.35
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
                            visible: text.length > 0
                            text: row.note
                            wrapMode: Text.Wrap
                            font.pixelSize: 10
                            color: row.failed ? "#b00020" : palette.placeholderText
                        }
                    }
                }
                // The legend: what the colours mean.
                Repeater {
                    model: row.layerVisible ? row.legend : []
                    delegate: RowLayout {
                        id: legendRow
                        required property var modelData
                        Layout.leftMargin: 30
                        spacing: 6
                        Rectangle {
                            implicitWidth: 10
                            implicitHeight: 10
                            radius: row.kind === "points" ? 5 : 1
                            color: legendRow.modelData.color
                            border.color: Qt.darker(legendRow.modelData.color, 1.8)
                        }
                        Label {
                            text: legendRow.modelData.label
                            font.pixelSize: 10
                        }
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
                        onMoved: root.overlays.setOpacity(row.index, value)
                        ToolTip.visible: hovered || pressed
                        ToolTip.text: qsTr("Opacity %1 %").arg(Math.round(value * 100))
                    }
                }
            }
        }
    }
}
