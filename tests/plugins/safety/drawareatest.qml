// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import CityTwin.Ui

// The console's arrangement in small: the map, the drawing tool over it, and the safety panel
// handed that tool (as DomainPanels does).
Item {
    id: root
    required property var session
    required property var layerModel
    required property string twinPath
    readonly property alias map: map
    readonly property alias drawTool: tool
    readonly property alias panel: panelLoader.item

    width: 1300
    height: 800

    MapView {
        id: map
        objectName: "map"
        width: 800
        height: 800
        layerModel: root.layerModel
        twinPath: root.twinPath
        viewMode: "2d"
    }
    MapDrawTool {
        id: tool
        anchors.fill: map
        map: map.controller
    }
    Loader {
        id: panelLoader
        x: 810
        width: 480
        height: 800
        Component.onCompleted: setSource("qrc:/citytwin/plugins/safety/qml/Panel.qml", { twin: root.session })
        onLoaded: item.mapDrawTool = tool
    }
}
