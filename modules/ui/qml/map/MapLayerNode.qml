// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick3D
import CityTwin.Ui

/*!
    One map layer in the scene: its meshes with the material of its kind, lifted by the layer's
    zOffset (drawing order for flat layers, above the roofs for symbols in 2D).
*/
Node {
    id: node

    required property var layer
    property bool topDown: true
    property bool coarse: false   //!< zoomed far out: roofs only in 3D too
    property vector2d viewportSize

    readonly property bool isBuildings: layer.kind === "buildings"
    readonly property bool isPoints: layer.kind === "points"
    readonly property bool isFlat: layer.kind === "lines" || layer.kind === "areas"

    visible: layer.layerVisible
    z: layer.zOffset

    CustomMaterial {
        id: buildingMaterial
        shadingMode: CustomMaterial.Unshaded
        vertexShader: "building.vert"
        fragmentShader: "building.frag"
        cullMode: Material.BackFaceCulling
        sourceBlend: node.layer.layerOpacity < 1 ? CustomMaterial.SrcAlpha : CustomMaterial.NoBlend
        destinationBlend: node.layer.layerOpacity < 1 ? CustomMaterial.OneMinusSrcAlpha : CustomMaterial.NoBlend
        property color baseColor: node.layer.color
        property real layerOpacity: node.layer.layerOpacity
        property real maxHeight: Math.max(1, node.layer.maxHeight)
    }
    DefaultMaterial {
        id: flatMaterial
        lighting: DefaultMaterial.NoLighting
        diffuseColor: node.layer.color
        opacity: node.layer.layerOpacity
        cullMode: Material.NoCulling
    }
    DefaultMaterial {
        id: outlineMaterial
        lighting: DefaultMaterial.NoLighting
        diffuseColor: node.layer.outlineColor
        opacity: node.layer.layerOpacity
        cullMode: Material.NoCulling
    }
    CustomMaterial {
        id: symbolMaterial
        shadingMode: CustomMaterial.Unshaded
        vertexShader: "symbol.vert"
        fragmentShader: "symbol.frag"
        cullMode: Material.NoCulling
        sourceBlend: CustomMaterial.SrcAlpha
        destinationBlend: CustomMaterial.OneMinusSrcAlpha
        property real symbolSize: node.layer.symbolSize
        property real layerOpacity: node.layer.layerOpacity
        property vector2d viewportSize: node.viewportSize
    }

    // Buildings: full prisms in 3D, roofs only in 2D and when zoomed far out (a fifth of the
    // triangles; on llvmpipe triangles are the cost).
    Node {
        visible: node.isBuildings && !node.topDown && !node.coarse
        Repeater3D {
            model: node.isBuildings ? node.layer.meshes : []
            delegate: Model {
                required property var modelData
                geometry: modelData
                materials: [buildingMaterial]
            }
        }
    }
    Node {
        visible: node.isBuildings && (node.topDown || node.coarse)
        Repeater3D {
            model: node.isBuildings ? node.layer.roofMeshes : []
            delegate: Model {
                required property var modelData
                geometry: modelData
                materials: [buildingMaterial]
            }
        }
    }
    // Lines and areas: ribbons / fills, and 1-pixel lines on top so thin features stay visible
    // when zoomed out.
    Node {
        visible: node.isFlat
        Repeater3D {
            model: node.isFlat ? node.layer.meshes : []
            delegate: Model {
                required property var modelData
                geometry: modelData
                materials: [flatMaterial]
            }
        }
        Node {
            z: 0.05
            Repeater3D {
                model: node.isFlat ? node.layer.lineMeshes : []
                delegate: Model {
                    required property var modelData
                    geometry: modelData
                    materials: [outlineMaterial]
                }
            }
        }
    }
    // Points: one instanced, screen-aligned symbol per feature.
    Model {
        visible: node.isPoints
        instancing: node.isPoints ? node.layer.instancing : null
        geometry: MapSymbolGeometry { shape: node.layer.symbol }
        materials: [symbolMaterial]
    }
}
