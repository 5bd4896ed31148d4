// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import CityTwin.Ui

// The console's arrangement in small: the map with the plugins' overlays (MapOverlays) and the
// safety panel beside it, sharing the session as the console's do.
Item {
    id: root
    required property var session
    required property var layerModel
    required property string twinPath
    readonly property alias map: map
    readonly property alias overlays: overlays
    readonly property alias panel: panelLoader.item

    width: 1300
    height: 800

    MapView {
        id: map
        width: 800
        height: 800
        layerModel: root.layerModel
        twinPath: root.twinPath
        viewMode: "2d"
    }
    MapOverlays {
        id: overlays
        twin: root.session
        map: map.controller
    }
    Loader {
        id: panelLoader
        x: 810
        width: 480
        height: 800
        Component.onCompleted: setSource("qrc:/citytwin/plugins/safety/qml/Panel.qml", { twin: root.session })
    }
}
