// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"

#include <cstdint>
#include <vector>

namespace ct::scene {

/// \brief One draw call's worth of triangles, ready to hand to the GPU.
///
/// Scene coordinates are metres in the twin's metric CRS minus the scene origin, z up, so that
/// float precision holds across the city (±20 km). Triangles wind counter-clockwise seen from
/// outside (from above for flat meshes), so back-face culling keeps the right side.
struct MeshTile
{
    std::vector<float> positions;        //!< x, y, z per vertex
    std::vector<std::uint32_t> indices;  //!< three per triangle
    geo::Envelope bounds;                //!< x/y extent in scene coordinates
    float minZ = 0.0f;
    float maxZ = 0.0f;
    /// For each triangle, the index (into the builder's input) of the feature it belongs to; lets
    /// a pick on this tile name the feature without a second lookup.
    std::vector<std::uint32_t> triangleFeature;

    std::size_t vertexCount() const { return positions.size() / 3; }
    std::size_t triangleCount() const { return indices.size() / 3; }
};

} // namespace ct::scene
