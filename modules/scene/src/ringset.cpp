// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ringset.h"

#include <algorithm>
#include <cmath>

namespace ct::scene {

namespace {

/// A ring whose area is below this fraction of its bounding box's squared diagonal is a line.
constexpr double kDegenerateAreaRatio = 1e-9;

bool isDegenerate(std::span<const osg::Vec3> ring, double area)
{
    if (ring.size() < 3)
        return true;
    float minX = ring[0].x(), maxX = minX, minY = ring[0].y(), maxY = minY;
    for (const auto &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const double dx = double(maxX) - minX, dy = double(maxY) - minY;
    return std::abs(area) <= kDegenerateAreaRatio * (dx * dx + dy * dy) || area == 0.0;
}

} // namespace

double RingSet::signedArea(std::span<const osg::Vec3> ring)
{
    const std::size_t n = ring.size();
    if (n < 3)
        return 0.0;
    // Relative to the first point: keeps the products small, so float input loses nothing.
    const double x0 = ring[0].x(), y0 = ring[0].y();
    double twice = 0.0;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const double ax = ring[i].x() - x0, ay = ring[i].y() - y0;
        const double bx = ring[i + 1].x() - x0, by = ring[i + 1].y() - y0;
        twice += ax * by - bx * ay;
    }
    return twice / 2.0;
}

std::size_t RingSet::appendCleaned(std::span<const geo::Point> ring, bool closed, const geo::Point &origin)
{
    const std::size_t start = m_points.size();
    for (const auto &p : ring) {
        const osg::Vec3 v(float(p.x - origin.x), float(p.y - origin.y), 0.0f);
        if (!std::isfinite(v.x()) || !std::isfinite(v.y())) {
            m_points.resize(start);
            return 0;
        }
        if (m_points.size() > start && m_points.back() == v)
            continue;
        m_points.push_back(v);
    }
    if (closed) {
        while (m_points.size() - start > 1 && m_points.back() == m_points[start])
            m_points.pop_back();
    }
    return m_points.size() - start;
}

void RingSet::dropFrom(std::size_t pointCount, std::size_t ringCount)
{
    m_points.resize(pointCount);
    m_ringEnds.resize(ringCount);
}

bool RingSet::appendPolygon(const geo::Geometry &geometry, int part, const geo::Point &origin)
{
    const std::size_t pointStart = m_points.size();
    const std::size_t ringStart = m_ringEnds.size();
    const int firstRing = geometry.firstRingOfPart(part);
    const int endRing = geometry.endRingOfPart(part);
    if (firstRing >= endRing)
        return false;  // a part without rings
    for (int r = firstRing; r < endRing; ++r) {
        const std::size_t begin = m_points.size();
        const std::size_t kept = appendCleaned(geometry.ring(r), true, origin);
        std::span<osg::Vec3> ring(m_points.data() + begin, kept);
        const double area = signedArea(ring);
        if (isDegenerate(ring, area)) {
            if (r == firstRing) {
                dropFrom(pointStart, ringStart);
                return false;
            }
            m_points.resize(begin);  // a degenerate hole removes nothing
            continue;
        }
        const bool exterior = r == firstRing;
        if ((exterior && area < 0.0) || (!exterior && area > 0.0))
            std::reverse(ring.begin(), ring.end());
        m_ringEnds.push_back(std::uint32_t(m_points.size()));
    }
    m_polygons.push_back({std::uint32_t(ringStart), std::uint32_t(m_ringEnds.size())});
    return true;
}

bool RingSet::appendLine(std::span<const geo::Point> line, bool closed, const geo::Point &origin)
{
    const std::size_t begin = m_points.size();
    const std::size_t kept = appendCleaned(line, closed, origin);
    if (kept < (closed ? 3u : 2u)) {
        m_points.resize(begin);
        return false;
    }
    m_ringEnds.push_back(std::uint32_t(m_points.size()));
    return true;
}

} // namespace ct::scene
