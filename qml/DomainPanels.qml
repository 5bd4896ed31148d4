// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CityTwin.Ui

// One tab per loaded plugin that brings a panel (failed plugins have none, so the first tab is
// always a real panel); each panel is loaded from the plugin's own
// resources and receives the twin session.
Pane {
    id: root

    required property var twin            // ct::ui::TwinSession
    required property PluginListModel plugins
    /// The main map's drawing tool (MapDrawTool), handed to every panel that declares a
    /// `mapDrawTool` property (e.g. to draw notice areas); null without a map.
    property var mapDrawTool: null
    /// The console's timeline (TimelineController), handed to every panel that declares a
    /// `timeline` property (e.g. to analyse a recorded run at the time it is replayed).
    property var timeline: null

    signal featureActivated(string layer, var fid)

    /// The plugin id of the panel shown ("" when there is none).
    readonly property string currentPanel: tabs.currentIndex >= 0 && tabs.currentIndex < root.plugins.panels.length
                                           ? root.plugins.panels[tabs.currentIndex].id : ""

    /// Shows the panel of the plugin `id`; false when no loaded plugin with a panel has that id.
    function showPanel(id: string): bool {
        const panels = root.plugins.panels;
        for (let i = 0; i < panels.length; ++i) {
            if (panels[i].id === id) {
                tabs.currentIndex = i;
                return true;
            }
        }
        return false;
    }

    /// A click on the map's ground (EPSG:6677 metres), passed to every panel that takes one
    /// (a function mapPicked(x, y)), e.g. to place a new damage report.
    function mapClicked(x: real, y: real) {
        for (let i = 0; i < loaders.count; ++i) {
            const loader = loaders.itemAt(i);
            if (loader && loader.item && typeof loader.item.mapPicked === "function")
                loader.item.mapPicked(x, y);
        }
    }

    padding: 4

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        TabBar {
            id: tabs
            Layout.fillWidth: true
            Repeater {
                model: root.plugins.panels
                // Each tab keeps its whole name; when the names do not fit, the bar scrolls sideways.
                delegate: TabButton {
                    required property var modelData
                    width: implicitWidth
                    text: qsTranslate("PluginNames", modelData.name)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: text
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            Repeater {
                id: loaders
                model: root.plugins.panels
                delegate: Loader {
                    id: loader
                    required property var modelData
                    Component.onCompleted: loader.setSource(loader.modelData.panel, { twin: root.twin })
                    onLoaded: {
                        if (loader.item && "mapDrawTool" in loader.item)
                            loader.item.mapDrawTool = Qt.binding(() => root.mapDrawTool);
                        if (loader.item && "timeline" in loader.item)
                            loader.item.timeline = Qt.binding(() => root.timeline);
                    }
                    Connections {
                        target: loader.item
                        ignoreUnknownSignals: true
                        function onFeatureActivated(layer, fid) { root.featureActivated(layer, fid); }
                    }
                    onStatusChanged: {
                        if (loader.status === Loader.Error)
                            console.warn("cannot load the panel", loader.modelData.panel);
                    }
                }
            }
        }
    }
}
