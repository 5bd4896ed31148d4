// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/densitygrid.h"
#include "ct/safety/hotspot.h"

#include <vector>

namespace ct::safety {

/// \brief Hotspots of a density grid: the 8-connected groups of cells at or above a threshold,
/// ranked by their peak.
class HotspotFinder
{
public:
    /// Mean plus two standard deviations of the cells with any density: a cell stands out from
    /// the places where alerts happen at all, not from the empty fields around the city.
    static double defaultThreshold(const DensityGrid &grid);
    static std::vector<Hotspot> find(const DensityGrid &grid, double threshold);
};

} // namespace ct::safety
