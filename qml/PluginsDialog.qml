// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// Help → Plugins: every plugin found, its version and capabilities, or why it failed.
Dialog {
    id: root

    required property PluginListModel plugins

    title: qsTr("Plugins")
    modal: true
    standardButtons: Dialog.Close
    width: 640
    height: 420

    ListView {
        id: list
        objectName: "pluginList"
        anchors.fill: parent
        clip: true
        model: root.plugins
        spacing: 6
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: entry
            required property string name
            required property string pluginId
            required property string version
            required property bool loaded
            required property string error
            required property var capabilities
            required property string file
            width: ListView.view.width
            spacing: 1
            RowLayout {
                Label {
                    text: entry.loaded ? "●" : "✕"
                    color: entry.loaded ? "#2e7d32" : "#c62828"
                }
                Label {
                    text: qsTranslate("PluginNames", entry.name) + (entry.version ? "  " + entry.version : "")
                    font.bold: true
                }
                Label {
                    text: entry.loaded ? qsTr("loaded") : qsTr("failed")
                    color: entry.loaded ? "#2e7d32" : "#c62828"
                }
            }
            Label {
                visible: entry.loaded
                text: qsTr("Provides: %1").arg(entry.capabilities.join(", "))
                color: palette.placeholderText
            }
            Label {
                visible: !entry.loaded
                Layout.fillWidth: true
                text: entry.error
                wrapMode: Text.Wrap
                color: "#c62828"
            }
            Label {
                Layout.fillWidth: true
                text: entry.file
                font.pixelSize: 10
                elide: Text.ElideMiddle
                color: palette.placeholderText
            }
        }
    }
}
