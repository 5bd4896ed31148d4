// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/kerneldensity.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ct::safety {

namespace {
constexpr double kSquareMetresPerKm2 = 1e6;
}

double KernelDensity::kernel(double d, double h)
{
    if (d >= h || h <= 0)
        return 0.0;
    const double u = 1.0 - (d * d) / (h * h);
    return 3.0 / (std::numbers::pi * h * h) * u * u;
}

DensityGrid KernelDensity::emptyGrid(const geo::Envelope &extent, double cellMetres)
{
    DensityGrid grid;
    grid.cellMetres = cellMetres;
    if (extent.isEmpty() || !(cellMetres > 0))
        return grid;
    grid.origin = {std::floor(extent.minX / cellMetres) * cellMetres, std::floor(extent.minY / cellMetres) * cellMetres};
    grid.columns = std::max(1, int(std::ceil((extent.maxX - grid.origin.x) / cellMetres)));
    grid.rows = std::max(1, int(std::ceil((extent.maxY - grid.origin.y) / cellMetres)));
    grid.values.assign(std::size_t(grid.columns) * grid.rows, 0.0);
    return grid;
}

void KernelDensity::accumulate(DensityGrid &grid, std::span<const geo::Point> points, double h, std::span<const double> weights)
{
    if (grid.columns == 0 || !(h > 0))
        return;
    const double cell = grid.cellMetres;
    const double h2 = h * h;
    const double scale = 3.0 / (std::numbers::pi * h2) * kSquareMetresPerKm2;
    const int span = int(std::ceil(h / cell)) + 1;
    std::vector<double> dx2(std::size_t(2 * span + 1));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const geo::Point p = points[i];
        const double w = weights.empty() ? 1.0 : weights[i];
        // Column and row of the cell holding the point; the kernel reaches `span` cells around it.
        const int pc = int(std::floor((p.x - grid.origin.x) / cell));
        const int pr = int(std::floor((p.y - grid.origin.y) / cell));
        const int c0 = std::max(0, pc - span), c1 = std::min(grid.columns - 1, pc + span);
        const int r0 = std::max(0, pr - span), r1 = std::min(grid.rows - 1, pr + span);
        if (c0 > c1 || r0 > r1)
            continue;
        for (int c = c0; c <= c1; ++c) {
            const double dx = grid.origin.x + (c + 0.5) * cell - p.x;
            dx2[std::size_t(c - c0)] = dx * dx;
        }
        for (int r = r0; r <= r1; ++r) {
            const double dy = grid.origin.y + (r + 0.5) * cell - p.y;
            const double dy2 = dy * dy;
            if (dy2 >= h2)
                continue;
            double *row = grid.values.data() + std::size_t(r) * grid.columns;
            for (int c = c0; c <= c1; ++c) {
                const double d2 = dx2[std::size_t(c - c0)] + dy2;
                if (d2 < h2) {
                    const double u = 1.0 - d2 / h2;
                    row[c] += w * scale * u * u;
                }
            }
        }
    }
}

DensityGrid KernelDensity::compute(std::span<const geo::Point> points, const geo::Envelope &extent, double cellMetres,
                                   double bandwidthMetres, std::span<const double> weights)
{
    DensityGrid grid = emptyGrid(extent, cellMetres);
    accumulate(grid, points, bandwidthMetres, weights);
    return grid;
}

} // namespace ct::safety
