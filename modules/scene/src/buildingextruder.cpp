// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/scene/extrusion.h"

#include "prismmesher.h"

#include <cmath>

namespace ct::scene {

BuildingMesh BuildingExtruder::extrude(std::span<const geo::Geometry> footprints, std::span<const float> heights,
                                       const ExtrusionOptions &options)
{
    PrismMesher::Options mesherOptions;
    mesherOptions.origin = options.origin;
    mesherOptions.tilesPerSide = options.tilesPerSide;
    mesherOptions.walls = !options.roofsOnly;
    mesherOptions.fastPath = options.convexFastPath;
    const auto roofOf = [&](std::size_t feature) {
        // Missing, NaN, zero or negative heights fall back to the default (metres).
        if (feature < heights.size() && std::isfinite(heights[feature]) && heights[feature] > 0.0f)
            return heights[feature];
        return options.defaultHeight;
    };
    return PrismMesher::build(footprints, roofOf, mesherOptions);
}

} // namespace ct::scene
