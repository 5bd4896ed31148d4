// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick3D
import CityTwin.Ui

/*!
    One plugin overlay in the scene (MapController.overlayLayers): a raster as a textured quad on
    the ground, or symbols with their own colour, opacity and size, lifted by zOffset.
*/
Node {
    id: node

    required property var layer
    property vector2d viewportSize

    readonly property bool isRaster: layer.kind === "raster"

    visible: layer.layerVisible && layer.hasContent
    z: layer.zOffset

    CustomMaterial {
        id: rasterMaterial
        shadingMode: CustomMaterial.Unshaded
        vertexShader: "overlay.vert"
        fragmentShader: "overlay.frag"
        cullMode: Material.NoCulling
        sourceBlend: CustomMaterial.One
        destinationBlend: CustomMaterial.OneMinusSrcAlpha
        property real layerOpacity: node.layer.layerOpacity
        property TextureInput surface: TextureInput {
            texture: Texture {
                textureData: node.isRaster ? node.layer.texture : null
                minFilter: Texture.Linear
                magFilter: Texture.Linear
                generateMipmaps: false
                tilingModeHorizontal: Texture.ClampToEdge
                tilingModeVertical: Texture.ClampToEdge
            }
        }
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

    Model {
        visible: node.isRaster
        geometry: node.isRaster ? node.layer.geometry : null
        materials: [rasterMaterial]
    }
    Model {
        visible: !node.isRaster
        instancing: node.isRaster ? null : node.layer.instancing
        geometry: MapSymbolGeometry { shape: node.layer.symbol }
        materials: [symbolMaterial]
    }
}
