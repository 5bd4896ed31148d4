// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/point.h"

#include <vector>

namespace ct::citygen {

/// \brief Line segments bucketed in a uniform grid, for "how near is the river" and "does this
/// street cross a river" asked once per lot and per street.
class SegmentGrid
{
public:
    /// `extent` must hold every segment and query; `cellSize` in metres.
    void reset(const geo::Envelope &extent, double cellSize);
    /// Adds the segments of a polyline, all tagged `tag` (e.g. the river index).
    void addPolyline(const std::vector<geo::Point> &line, int tag);

    /// Distance to the nearest segment within `maxDistance` (maxDistance when none); `tag`
    /// receives the tag of that segment, or -1.
    double distance(geo::Point p, double maxDistance, int *tag = nullptr) const;
    /// True when segment ab crosses any stored segment; `tag` receives its tag.
    bool crosses(geo::Point a, geo::Point b, int *tag = nullptr) const;
    bool isEmpty() const { return m_segments.empty(); }

private:
    struct Segment
    {
        geo::Point a;
        geo::Point b;
        int tag;
    };
    int cellX(double x) const;
    int cellY(double y) const;

    geo::Envelope m_extent;
    double m_cell = 100.0;
    int m_nx = 0;
    int m_ny = 0;
    std::vector<Segment> m_segments;
    std::vector<std::vector<int>> m_cells;
};

} // namespace ct::citygen
