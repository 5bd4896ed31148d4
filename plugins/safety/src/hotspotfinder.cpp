// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/hotspotfinder.h"

#include <algorithm>
#include <cmath>

namespace ct::safety {

double HotspotFinder::defaultThreshold(const DensityGrid &grid)
{
    double sum = 0, sum2 = 0;
    std::size_t n = 0;
    for (double v : grid.values) {
        if (v <= 0)
            continue;
        sum += v;
        sum2 += v * v;
        ++n;
    }
    if (n == 0)
        return 0.0;
    const double mean = sum / double(n);
    const double variance = std::max(0.0, sum2 / double(n) - mean * mean);
    return mean + 2.0 * std::sqrt(variance);
}

std::vector<Hotspot> HotspotFinder::find(const DensityGrid &grid, double threshold)
{
    std::vector<Hotspot> result;
    if (grid.columns == 0 || !(threshold > 0))
        return result;
    const double cellKm2 = grid.cellMetres * grid.cellMetres / 1e6;
    std::vector<int> label(grid.values.size(), -1);
    std::vector<int> stack;
    for (int start = 0; start < int(grid.values.size()); ++start) {
        if (label[start] >= 0 || grid.values[start] < threshold)
            continue;
        Hotspot h;
        const int id = int(result.size());
        label[start] = id;
        stack.push_back(start);
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            h.cells.push_back(i);
            const int c = i % grid.columns, r = i / grid.columns;
            const double v = grid.values[i];
            h.expectedAlerts += v * cellKm2;
            h.areaKm2 += cellKm2;
            const geo::Point centre = grid.cellCentre(c, r);
            h.envelope.expand(geo::Point{centre.x - grid.cellMetres / 2, centre.y - grid.cellMetres / 2});
            h.envelope.expand(geo::Point{centre.x + grid.cellMetres / 2, centre.y + grid.cellMetres / 2});
            if (v > h.peakDensity) {
                h.peakDensity = v;
                h.peak = centre;
            }
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int nc = c + dc, nr = r + dr;
                    if (nc < 0 || nr < 0 || nc >= grid.columns || nr >= grid.rows)
                        continue;
                    const int j = nr * grid.columns + nc;
                    if (label[j] < 0 && grid.values[j] >= threshold) {
                        label[j] = id;
                        stack.push_back(j);
                    }
                }
        }
        std::sort(h.cells.begin(), h.cells.end());
        result.push_back(std::move(h));
    }
    std::sort(result.begin(), result.end(), [](const Hotspot &a, const Hotspot &b) { return a.peakDensity > b.peakDensity; });
    for (int i = 0; i < int(result.size()); ++i)
        result[i].rank = i + 1;
    return result;
}

} // namespace ct::safety
