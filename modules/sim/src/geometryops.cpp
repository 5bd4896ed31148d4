// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "geometryops.h"

#include <algorithm>
#include <cmath>

namespace ct::sim::detail {

bool ringContains(std::span<const geo::Point> ring, geo::Point p)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const geo::Point a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

namespace {
double cross(geo::Point o, geo::Point a, geo::Point b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}
bool onSegment(geo::Point a, geo::Point b, geo::Point p)
{
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}
} // namespace

bool segmentsIntersect(geo::Point a, geo::Point b, geo::Point c, geo::Point d)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    return (d1 == 0 && onSegment(c, d, a)) || (d2 == 0 && onSegment(c, d, b)) || (d3 == 0 && onSegment(a, b, c))
        || (d4 == 0 && onSegment(a, b, d));
}

double segmentDistance(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool lineMeetsRing(std::span<const geo::Point> line, std::span<const geo::Point> ring)
{
    for (const geo::Point &p : line) {
        if (ringContains(ring, p))
            return true;
    }
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        for (std::size_t k = 0, j = n - 1; k < n; j = k++) {
            if (segmentsIntersect(line[i], line[i + 1], ring[j], ring[k]))
                return true;
        }
    }
    return false;
}

std::vector<geo::Point> subLine(std::span<const geo::Point> line, double from, double to)
{
    std::vector<geo::Point> out;
    if (line.size() < 2)
        return out;
    double total = 0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        total += std::hypot(line[i + 1].x - line[i].x, line[i + 1].y - line[i].y);
    const double a = from * total, b = to * total;
    double run = 0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const double seg = std::hypot(line[i + 1].x - line[i].x, line[i + 1].y - line[i].y);
        const double s0 = run, s1 = run + seg;
        run = s1;
        if (s1 < a || s0 > b || seg <= 0)
            continue;
        auto at = [&](double s) {
            const double t = std::clamp((s - s0) / seg, 0.0, 1.0);
            return geo::Point{line[i].x + t * (line[i + 1].x - line[i].x), line[i].y + t * (line[i + 1].y - line[i].y)};
        };
        if (out.empty())
            out.push_back(at(std::max(a, s0)));
        out.push_back(at(std::min(b, s1)));
    }
    return out;
}

} // namespace ct::sim::detail
