// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// One tab per loaded plugin that brings a panel; each panel is loaded from the plugin's own
// resources and receives the twin session.
Pane {
    id: root

    required property var twin            // ct::ui::TwinSession
    required property PluginListModel plugins

    signal featureActivated(string layer, var fid)

    padding: 4

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        TabBar {
            id: tabs
            Layout.fillWidth: true
            Repeater {
                model: root.plugins
                delegate: TabButton {
                    required property string name
                    required property url panel
                    required property bool loaded
                    visible: loaded && panel.toString().length > 0
                    width: visible ? implicitWidth : 0
                    text: qsTranslate("PluginNames", name)
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            Repeater {
                model: root.plugins
                delegate: Loader {
                    id: loader
                    required property url panel
                    required property bool loaded
                    active: loaded && panel.toString().length > 0
                    Component.onCompleted: {
                        if (loader.active)
                            loader.setSource(loader.panel, { twin: root.twin });
                    }
                    Connections {
                        target: loader.item
                        ignoreUnknownSignals: true
                        function onFeatureActivated(layer, fid) { root.featureActivated(layer, fid); }
                    }
                    onStatusChanged: {
                        if (loader.status === Loader.Error)
                            console.warn("cannot load the panel", loader.panel);
                    }
                }
            }
        }
    }
}
