// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "segmentgrid.h"

#include "planar.h"

#include <algorithm>
#include <cmath>

namespace ct::citygen {

void SegmentGrid::reset(const geo::Envelope &extent, double cellSize)
{
    m_extent = extent;
    m_cell = cellSize;
    m_nx = std::max(1, int(std::ceil(extent.width() / cellSize)) + 1);
    m_ny = std::max(1, int(std::ceil(extent.height() / cellSize)) + 1);
    m_segments.clear();
    m_cells.assign(std::size_t(m_nx) * m_ny, {});
}

int SegmentGrid::cellX(double x) const
{
    return std::clamp(int(std::floor((x - m_extent.minX) / m_cell)), 0, m_nx - 1);
}

int SegmentGrid::cellY(double y) const
{
    return std::clamp(int(std::floor((y - m_extent.minY) / m_cell)), 0, m_ny - 1);
}

void SegmentGrid::addPolyline(const std::vector<geo::Point> &line, int tag)
{
    for (std::size_t i = 1; i < line.size(); ++i) {
        const auto a = line[i - 1], b = line[i];
        const int index = int(m_segments.size());
        m_segments.push_back({a, b, tag});
        const int x0 = cellX(std::min(a.x, b.x)), x1 = cellX(std::max(a.x, b.x));
        const int y0 = cellY(std::min(a.y, b.y)), y1 = cellY(std::max(a.y, b.y));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[std::size_t(y) * m_nx + x].push_back(index);
    }
}

double SegmentGrid::distance(geo::Point p, double maxDistance, int *tag) const
{
    double best = maxDistance;
    int bestTag = -1;
    if (m_segments.empty()) {
        if (tag)
            *tag = -1;
        return best;
    }
    const int x0 = cellX(p.x - maxDistance), x1 = cellX(p.x + maxDistance);
    const int y0 = cellY(p.y - maxDistance), y1 = cellY(p.y + maxDistance);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (const int s : m_cells[std::size_t(y) * m_nx + x]) {
                const double d = distanceToSegment(p, m_segments[s].a, m_segments[s].b);
                if (d < best) {
                    best = d;
                    bestTag = m_segments[s].tag;
                }
            }
    if (tag)
        *tag = bestTag;
    return best;
}

bool SegmentGrid::crosses(geo::Point a, geo::Point b, int *tag) const
{
    if (m_segments.empty())
        return false;
    const int x0 = cellX(std::min(a.x, b.x)), x1 = cellX(std::max(a.x, b.x));
    const int y0 = cellY(std::min(a.y, b.y)), y1 = cellY(std::max(a.y, b.y));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (const int s : m_cells[std::size_t(y) * m_nx + x])
                if (segmentsIntersect(a, b, m_segments[s].a, m_segments[s].b)) {
                    if (tag)
                        *tag = m_segments[s].tag;
                    return true;
                }
    return false;
}

} // namespace ct::citygen
