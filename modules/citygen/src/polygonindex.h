// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/point.h"

#include <vector>

namespace ct::citygen {

/// \brief Fast point-in-polygon for one (multi)polygon, by horizontal bands of edges.
///
/// The real city outline has thousands of vertices and the generator asks about millions of
/// building lots, so each query only looks at the edges of its band. Even-odd rule over all rings.
class PolygonIndex
{
public:
    PolygonIndex() = default;
    /// `rings`: every ring of every polygon (closed or not); `bandHeight` in metres.
    void build(const std::vector<std::vector<geo::Point>> &rings, double bandHeight = 50.0);

    bool contains(geo::Point p) const;
    /// x of every crossing of the horizontal line at `y`, sorted.
    std::vector<double> crossings(double y) const;
    /// Distance from `p` to the nearest edge, looking at most `maxDistance` away (returns
    /// maxDistance when nothing is nearer).
    double distanceToEdge(geo::Point p, double maxDistance) const;

    double area() const { return m_area; }
    const geo::Envelope &envelope() const { return m_envelope; }

private:
    struct Edge
    {
        geo::Point a;
        geo::Point b;
    };
    int bandOf(double y) const;

    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_bands;  //!< band → edges overlapping it
    geo::Envelope m_envelope;
    double m_bandHeight = 50.0;
    double m_area = 0.0;
};

} // namespace ct::citygen
