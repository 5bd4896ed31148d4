// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/densitygrid.h"

#include <span>

namespace ct::safety {

/// \brief Kernel density estimate of alert locations on a regular grid: the hotspot surface.
///
/// Quartic (biweight) kernel K(d) = 3 / (π h²) · (1 − d²/h²)² for d < h, 0 beyond — the kernel
/// of most crime-mapping tools (QGIS heatmap, CrimeStat's default), smooth and with finite support,
/// so each alert touches only the cells within h of it. `h` is the bandwidth the user picks
/// (metres). Values are alerts per km² at each cell centre (weights summed, so a weight of 1
/// per alert integrates to the number of alerts).
class KernelDensity
{
public:
    /// A grid of `cellMetres` cells covering `extent` (rounded outwards to whole cells).
    static DensityGrid emptyGrid(const geo::Envelope &extent, double cellMetres);
    /// Adds every point's kernel to `grid` (weights may be empty: 1 each).
    static void accumulate(DensityGrid &grid, std::span<const geo::Point> points, double bandwidthMetres,
                           std::span<const double> weights = {});
    /// emptyGrid() then accumulate().
    static DensityGrid compute(std::span<const geo::Point> points, const geo::Envelope &extent, double cellMetres,
                               double bandwidthMetres, std::span<const double> weights = {});
    /// The kernel itself (per m²), for tests and for the brute-force peer.
    static double kernel(double distanceMetres, double bandwidthMetres);
};

} // namespace ct::safety
