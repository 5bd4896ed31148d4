// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/geometry.h"

#include <cmath>

namespace ct::geo {

Geometry Geometry::point(Point p)
{
    Geometry g;
    g.setType(GeometryType::Point);
    g.beginPart();
    g.beginRing();
    g.append(p);
    return g;
}

Geometry Geometry::lineString(std::vector<Point> points)
{
    Geometry g;
    g.setType(GeometryType::LineString);
    g.beginPart();
    g.beginRing();
    g.m_ringEnds.back() = std::uint32_t(points.size());
    g.m_points = std::move(points);
    return g;
}

Geometry Geometry::polygon(const std::vector<std::vector<Point>> &rings)
{
    Geometry g;
    g.setType(GeometryType::Polygon);
    g.beginPart();
    for (const auto &ring : rings) {
        g.beginRing();
        for (const auto &p : ring)
            g.append(p);
    }
    return g;
}

Geometry Geometry::multiPoint(const std::vector<Point> &points)
{
    Geometry g;
    g.setType(GeometryType::MultiPoint);
    for (const auto &p : points) {
        g.beginPart();
        g.beginRing();
        g.append(p);
    }
    return g;
}

Geometry Geometry::multiLineString(const std::vector<std::vector<Point>> &lines)
{
    Geometry g;
    g.setType(GeometryType::MultiLineString);
    for (const auto &line : lines) {
        g.beginPart();
        g.beginRing();
        for (const auto &p : line)
            g.append(p);
    }
    return g;
}

Geometry Geometry::multiPolygon(const std::vector<std::vector<std::vector<Point>>> &polygons)
{
    Geometry g;
    g.setType(GeometryType::MultiPolygon);
    for (const auto &rings : polygons) {
        g.beginPart();
        for (const auto &ring : rings) {
            g.beginRing();
            for (const auto &p : ring)
                g.append(p);
        }
    }
    return g;
}

std::span<const Point> Geometry::ring(int ringIndex) const
{
    const std::uint32_t begin = ringIndex == 0 ? 0 : m_ringEnds[ringIndex - 1];
    const std::uint32_t end = m_ringEnds[ringIndex];
    return std::span<const Point>(m_points.data() + begin, end - begin);
}

Envelope Geometry::envelope() const
{
    Envelope e;
    for (const auto &p : m_points)
        e.expand(p);
    return e;
}

double signedArea(std::span<const Point> ring)
{
    if (ring.size() < 3)
        return 0.0;
    double sum = 0.0;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        const Point &a = ring[i];
        const Point &b = ring[(i + 1) % n];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum / 2.0;
}

double length(std::span<const Point> line)
{
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    return total;
}

bool polygonContains(const Geometry &polygon, int part, Point p)
{
    bool inside = false;
    for (int r = polygon.firstRingOfPart(part); r < polygon.endRingOfPart(part); ++r) {
        const auto ring = polygon.ring(r);
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const Point &a = ring[i];
            const Point &b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace ct::geo
