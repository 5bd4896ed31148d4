// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/geometryutil.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ct::safety {

namespace {

/// Centroid of one ring (shoelace); the ring's first vertex when degenerate.
geo::Point ringCentroid(std::span<const geo::Point> ring, double *area)
{
    double a = 0, cx = 0, cy = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring[j].x * ring[i].y - ring[i].x * ring[j].y;
        a += cross;
        cx += (ring[j].x + ring[i].x) * cross;
        cy += (ring[j].y + ring[i].y) * cross;
    }
    *area = a / 2.0;
    if (std::abs(a) < 1e-9)
        return ring.empty() ? geo::Point{} : ring[0];
    return {cx / (3.0 * a), cy / (3.0 * a)};
}

} // namespace

geo::Point representativePoint(const geo::Geometry &geometry)
{
    const auto points = geometry.points();
    if (points.empty())
        return {};
    switch (geometry.type()) {
    case geo::GeometryType::Point:
    case geo::GeometryType::MultiPoint:
        return points[0];
    case geo::GeometryType::LineString:
    case geo::GeometryType::MultiLineString:
        return points[points.size() / 2];
    case geo::GeometryType::Polygon:
    case geo::GeometryType::MultiPolygon:
        break;
    }
    int bestPart = 0;
    double bestArea = -1;
    geo::Point bestCentroid = points[0];
    for (int part = 0; part < geometry.partCount(); ++part) {
        double area = 0;
        const geo::Point c = ringCentroid(geometry.ring(geometry.firstRingOfPart(part)), &area);
        if (std::abs(area) > bestArea) {
            bestArea = std::abs(area);
            bestPart = part;
            bestCentroid = c;
        }
    }
    if (geo::polygonContains(geometry, bestPart, bestCentroid))
        return bestCentroid;
    // Concave part: the middle of the widest span of the horizontal line through the centroid.
    std::vector<double> xs;
    const double y = bestCentroid.y;
    for (int r = geometry.firstRingOfPart(bestPart); r < geometry.endRingOfPart(bestPart); ++r) {
        const auto ring = geometry.ring(r);
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            if ((ring[i].y > y) != (ring[j].y > y))
                xs.push_back(ring[i].x + (y - ring[i].y) * (ring[j].x - ring[i].x) / (ring[j].y - ring[i].y));
    }
    std::sort(xs.begin(), xs.end());
    double widest = -1;
    geo::Point result = geometry.ring(geometry.firstRingOfPart(bestPart))[0];
    for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > widest) {
            widest = xs[i + 1] - xs[i];
            result = {(xs[i] + xs[i + 1]) / 2.0, y};
        }
    }
    return result;
}

bool geometryContains(const geo::Geometry &polygon, geo::Point p)
{
    if (polygon.type() != geo::GeometryType::Polygon && polygon.type() != geo::GeometryType::MultiPolygon)
        return false;
    for (int part = 0; part < polygon.partCount(); ++part)
        if (geo::polygonContains(polygon, part, p))
            return true;
    return false;
}

double distanceToSegment(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

} // namespace ct::safety
