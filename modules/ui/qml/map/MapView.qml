// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick3D
import CityTwin.Ui

/*!
    The map: one View3D showing the twin either top-down (orthographic, 2D) or from an orbiting
    perspective camera (3D). The whole map lives in `mapRoot`, a Node rotated −90° about x so that
    its local coordinates are the map's scene coordinates (EPSG:6677 metres minus the extent
    centre, x east, y north, z up); the cameras are children of it too. MapController does the
    loading, camera maths, input, picking and label placement.
*/
Item {
    id: root

    property alias layerModel: controller.layerModel
    property alias twinPath: controller.twinPath
    property alias viewMode: controller.viewMode

    readonly property bool ready: controller.ready
    readonly property string loadError: controller.loadError
    readonly property real loadProgress: controller.loadProgress
    readonly property bool loading: controller.loading
    readonly property real metresPerPixel: controller.metresPerPixel
    readonly property real headingDegrees: controller.headingDegrees
    readonly property real tiltDegrees: controller.tiltDegrees
    readonly property var extent: controller.extent
    //! The C++ side, for live layers (MapController::setDynamicPoints) and tests.
    readonly property MapController controller: controller
    property color backgroundColor: "#eef0ec"

    signal featureClicked(string layer, var fid)
    signal cursorMoved(real x, real y, bool valid)

    function resetView() { controller.resetView() }
    function reload() { controller.reload() }
    function zoomIn() { controller.zoomIn() }
    function zoomOut() { controller.zoomOut() }
    function centerOn(x: real, y: real) { controller.centerOn(x, y) }
    function setView(x: real, y: real, metresPerPixel: real) { controller.setView(x, y, metresPerPixel) }
    function setDynamicPoints(layer: string, positions: var, colors: var) {
        controller.setDynamicPoints(layer, positions, colors === undefined ? [] : colors)
    }

    // In Inline render mode the View3D does not clear: the background is drawn by Qt Quick.
    Rectangle {
        anchors.fill: parent
        color: root.backgroundColor
    }

    View3D {
        id: view
        anchors.fill: parent
        renderMode: View3D.Inline
        camera: controller.topDown ? orthoCamera : perspectiveCamera

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: root.backgroundColor
            antialiasingMode: SceneEnvironment.NoAA
            tonemapMode: SceneEnvironment.TonemapModeLinear
        }

        Node {
            id: mapRoot
            eulerRotation.x: -90

            OrthographicCamera {
                id: orthoCamera
                position: controller.cameraPosition
                rotation: controller.cameraRotation
                clipNear: controller.clipNear
                clipFar: controller.clipFar
                horizontalMagnification: controller.magnification
                verticalMagnification: controller.magnification
                frustumCullingEnabled: true
            }
            PerspectiveCamera {
                id: perspectiveCamera
                position: controller.cameraPosition
                rotation: controller.cameraRotation
                clipNear: controller.clipNear
                clipFar: controller.clipFar
                fieldOfView: controller.fieldOfView
                fieldOfViewOrientation: PerspectiveCamera.Vertical
                frustumCullingEnabled: true
            }

            // The twin's layers and the live symbol layers in two repeaters: a live layer added
            // during a simulation must not rebuild the twin's delegates (their meshes would be
            // drawn empty, see MapController::sceneLayers).
            Repeater3D {
                model: controller.sceneLayers
                delegate: MapLayerNode {
                    required property var modelData
                    layer: modelData
                    topDown: controller.topDown
                    coarse: controller.coarse
                    viewportSize: Qt.vector2d(view.width, view.height)
                }
            }
            Repeater3D {
                model: controller.dynamicLayers
                delegate: MapLayerNode {
                    required property var modelData
                    layer: modelData
                    topDown: controller.topDown
                    coarse: controller.coarse
                    viewportSize: Qt.vector2d(view.width, view.height)
                }
            }
            // The plugins' overlays for the signed-in operator (MapOverlays fills them).
            Repeater3D {
                model: controller.overlayLayers
                delegate: OverlayNode {
                    required property var modelData
                    layer: modelData
                    viewportSize: Qt.vector2d(view.width, view.height)
                }
            }
        }
    }

    Repeater {
        model: controller.labels
        delegate: Text {
            required property var modelData
            x: modelData.x
            y: modelData.y
            text: modelData.text
            font.family: "Noto Sans CJK JP"
            font.pixelSize: 12
            color: "#202020"
            style: Text.Outline
            styleColor: "#ffffff"
        }
    }

    // What the coloured symbols mean, when a feature state restyles a layer (a simulation, a
    // replay, or a plugin's live state).
    Rectangle {
        id: stateLegend
        objectName: "stateLegend"
        visible: controller.stateLegends.length > 0
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 10
        width: legendColumn.implicitWidth + 16
        height: legendColumn.implicitHeight + 12
        radius: 4
        color: "#e6ffffff"
        border.color: "#b0b0b0"

        Column {
            id: legendColumn
            x: 8
            y: 6
            spacing: 6
            Repeater {
                model: controller.stateLegends
                delegate: Column {
                    id: legendEntry
                    required property var modelData
                    spacing: 3
                    Text {
                        text: legendEntry.modelData.title
                        font.family: "Noto Sans CJK JP"
                        font.pixelSize: 12
                        font.bold: true
                        color: "#202020"
                    }
                    Repeater {
                        model: legendEntry.modelData.entries
                        delegate: Row {
                            id: swatchRow
                            required property var modelData
                            spacing: 6
                            Rectangle {
                                width: 12
                                height: 12
                                radius: 6
                                anchors.verticalCenter: parent.verticalCenter
                                color: swatchRow.modelData.color
                                border.color: Qt.darker(swatchRow.modelData.color, 2.2)
                                border.width: 1.5
                            }
                            Text {
                                text: swatchRow.modelData.label
                                font.family: "Noto Sans CJK JP"
                                font.pixelSize: 11
                                color: "#202020"
                            }
                        }
                    }
                    Text {
                        visible: text.length > 0
                        text: legendEntry.modelData.sizeLabel
                        font.family: "Noto Sans CJK JP"
                        font.pixelSize: 11
                        font.italic: true
                        color: "#505050"
                    }
                }
            }
        }
    }

    MapController {
        id: controller
        anchors.fill: parent
        focus: true
        onFeatureClicked: (layer, fid) => root.featureClicked(layer, fid)
        onCursorMoved: (x, y, valid) => root.cursorMoved(x, y, valid)
    }
}
