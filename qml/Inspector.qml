// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The attributes of the feature the user clicked.
Pane {
    id: root

    required property var twin        // ct::ui::TwinSession
    property string layerName
    property var fid: -1
    property var rows: []

    signal centreRequested(string layer, var fid)

    function show(layer, fid) {
        root.layerName = layer;
        root.fid = fid;
        root.rows = root.twin.attributes(layer, fid);
    }
    function clear() {
        root.layerName = "";
        root.fid = -1;
        root.rows = [];
    }

    Connections {
        target: root.twin
        function onOpenedChanged() { root.clear(); }
    }

    Shortcut {
        sequence: "Escape"
        enabled: root.layerName.length > 0
        onActivated: root.clear()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.layerName.length > 0 ? root.twin.layerTitle(root.layerName) + "  #" + root.fid : qsTr("Inspector")
                font.bold: true
                font.pixelSize: 15
                elide: Text.ElideRight
            }
            ToolButton {
                visible: root.layerName.length > 0
                text: "⌖"
                onClicked: root.centreRequested(root.layerName, root.fid)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Centre the map on this feature")
            }
            ToolButton {
                visible: root.layerName.length > 0
                text: "✕"
                onClicked: root.clear()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Close (Esc)")
            }
        }
        Label {
            visible: root.layerName.length === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Click a feature on the map to see its attributes.")
            color: palette.placeholderText
        }
        ListView {
            id: attributeList
            objectName: "attributeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.rows
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: attribute
                required property var modelData
                width: ListView.view.width
                spacing: 8
                Label {
                    Layout.preferredWidth: attributeList.width * 0.4
                    text: attribute.modelData.name
                    color: palette.placeholderText
                    elide: Text.ElideRight
                }
                TextEdit {
                    Layout.fillWidth: true
                    text: attribute.modelData.value === undefined || attribute.modelData.value === null
                          ? "–" : String(attribute.modelData.value)
                    readOnly: true
                    selectByMouse: true
                    wrapMode: Text.Wrap
                    color: palette.text
                    font: root.font
                }
            }
        }
    }
}
