// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"
#include "ct/scene/extrusion.h"

#include <functional>
#include <span>

namespace ct::scene {

/// \brief The shared core of BuildingExtruder and FlatMeshBuilder::fills(): cleans polygonal
/// features, tessellates their tops, optionally adds walls down to z = 0, and merges the result
/// into a grid of tiles.
class PrismMesher
{
public:
    struct Options
    {
        geo::Point origin;
        int tilesPerSide = 16;
        bool walls = true;     //!< false: tops only
        bool fastPath = true;  //!< fan convex triangles and quads instead of calling GLU
    };

    /// `topOf(i)` is the z (metres) of feature i's top face.
    static BuildingMesh build(std::span<const geo::Geometry> features, const std::function<float(std::size_t)> &topOf,
                              const Options &options);
};

} // namespace ct::scene
