// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "polygonindex.h"

#include "planar.h"

#include <algorithm>
#include <cmath>

namespace ct::citygen {

void PolygonIndex::build(const std::vector<std::vector<geo::Point>> &rings, double bandHeight)
{
    m_edges.clear();
    m_bands.clear();
    m_envelope = {};
    m_area = 0.0;
    m_bandHeight = bandHeight;
    for (const auto &ring : rings) {
        if (ring.size() < 3)
            continue;
        double twiceArea = 0.0;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const auto &a = ring[i];
            const auto &b = ring[(i + 1) % ring.size()];
            m_envelope.expand(a);
            twiceArea += a.x * b.y - b.x * a.y;
            if (!(a == b))
                m_edges.push_back({a, b});
        }
        // Even-odd: holes subtract when nested, so accumulate absolute areas of exteriors minus
        // holes by orientation-independent sign of containment is overkill here: outlines are
        // given as exterior + holes, so |area| of the first ring minus the others is right for
        // the data we get, and the generated outline has a single ring.
        m_area += m_area == 0.0 ? std::abs(twiceArea) / 2.0 : -std::abs(twiceArea) / 2.0;
    }
    if (m_envelope.isEmpty())
        return;
    const int bands = int(std::ceil(m_envelope.height() / m_bandHeight)) + 1;
    m_bands.assign(bands, {});
    for (int e = 0; e < int(m_edges.size()); ++e) {
        const auto &edge = m_edges[e];
        const int b0 = bandOf(std::min(edge.a.y, edge.b.y));
        const int b1 = bandOf(std::max(edge.a.y, edge.b.y));
        for (int b = b0; b <= b1; ++b)
            m_bands[b].push_back(e);
    }
}

int PolygonIndex::bandOf(double y) const
{
    const int b = int(std::floor((y - m_envelope.minY) / m_bandHeight));
    return std::clamp(b, 0, int(m_bands.size()) - 1);
}

bool PolygonIndex::contains(geo::Point p) const
{
    if (m_bands.empty() || !m_envelope.contains(p))
        return false;
    bool inside = false;
    for (const int e : m_bands[bandOf(p.y)]) {
        const auto &a = m_edges[e].a;
        const auto &b = m_edges[e].b;
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
            if (p.x < x)
                inside = !inside;
        }
    }
    return inside;
}

std::vector<double> PolygonIndex::crossings(double y) const
{
    std::vector<double> xs;
    if (m_bands.empty() || y < m_envelope.minY || y > m_envelope.maxY)
        return xs;
    for (const int e : m_bands[bandOf(y)]) {
        const auto &a = m_edges[e].a;
        const auto &b = m_edges[e].b;
        if ((a.y > y) != (b.y > y))
            xs.push_back(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
    }
    std::sort(xs.begin(), xs.end());
    return xs;
}

double PolygonIndex::distanceToEdge(geo::Point p, double maxDistance) const
{
    double best = maxDistance;
    if (m_bands.empty())
        return best;
    const int b0 = bandOf(p.y - maxDistance);
    const int b1 = bandOf(p.y + maxDistance);
    for (int b = b0; b <= b1; ++b)
        for (const int e : m_bands[b])
            best = std::min(best, distanceToSegment(p, m_edges[e].a, m_edges[e].b));
    return best;
}

} // namespace ct::citygen
