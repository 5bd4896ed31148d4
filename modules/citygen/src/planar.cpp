// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "planar.h"

#include <algorithm>
#include <cmath>

namespace ct::citygen {

double distance(geo::Point a, geo::Point b)
{
    return std::hypot(b.x - a.x, b.y - a.y);
}

double distanceToSegment(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool segmentsIntersect(geo::Point a, geo::Point b, geo::Point c, geo::Point d, geo::Point *at)
{
    const double rx = b.x - a.x, ry = b.y - a.y;
    const double sx = d.x - c.x, sy = d.y - c.y;
    const double denom = rx * sy - ry * sx;
    if (std::abs(denom) < 1e-12)
        return false;
    const double qx = c.x - a.x, qy = c.y - a.y;
    const double t = (qx * sy - qy * sx) / denom;
    const double u = (qx * ry - qy * rx) / denom;
    if (t < 0.0 || t > 1.0 || u < 0.0 || u > 1.0)
        return false;
    if (at)
        *at = {a.x + t * rx, a.y + t * ry};
    return true;
}

double polylineLength(const std::vector<geo::Point> &line)
{
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += distance(line[i - 1], line[i]);
    return total;
}

std::vector<geo::Point> offsetPolyline(const std::vector<geo::Point> &line, double offset)
{
    std::vector<geo::Point> out;
    out.reserve(line.size());
    const std::size_t n = line.size();
    for (std::size_t i = 0; i < n; ++i) {
        // Averaged normal of the adjacent segments; good enough for gently curving rivers.
        const geo::Point prev = line[i == 0 ? 0 : i - 1];
        const geo::Point next = line[i + 1 < n ? i + 1 : n - 1];
        double dx = next.x - prev.x, dy = next.y - prev.y;
        const double len = std::hypot(dx, dy);
        if (len == 0.0) {
            out.push_back(line[i]);
            continue;
        }
        dx /= len;
        dy /= len;
        out.push_back({line[i].x - dy * offset, line[i].y + dx * offset});
    }
    return out;
}

std::vector<geo::Point> bufferPolyline(const std::vector<geo::Point> &line, double halfWidth)
{
    auto left = offsetPolyline(line, halfWidth);
    const auto right = offsetPolyline(line, -halfWidth);
    left.insert(left.end(), right.rbegin(), right.rend());
    closeRing(left);
    return left;
}

std::vector<geo::Point> clipToNearerHalfPlane(const std::vector<geo::Point> &convex, geo::Point site,
                                              geo::Point other)
{
    // Keep points p with (p - mid) · (other - site) <= 0.
    const geo::Point mid{(site.x + other.x) / 2.0, (site.y + other.y) / 2.0};
    const double nx = other.x - site.x, ny = other.y - site.y;
    auto side = [&](geo::Point p) { return (p.x - mid.x) * nx + (p.y - mid.y) * ny; };
    std::vector<geo::Point> out;
    const std::size_t n = convex.size();
    for (std::size_t i = 0; i < n; ++i) {
        const geo::Point a = convex[i];
        const geo::Point b = convex[(i + 1) % n];
        const double sa = side(a), sb = side(b);
        if (sa <= 0.0)
            out.push_back(a);
        if ((sa <= 0.0) != (sb <= 0.0)) {
            const double t = sa / (sa - sb);
            out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
        }
    }
    return out;
}

geo::Point pointAlong(const std::vector<geo::Point> &line, double along)
{
    if (line.empty())
        return {};
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double seg = distance(line[i - 1], line[i]);
        if (along <= seg && seg > 0.0) {
            const double t = along / seg;
            return {line[i - 1].x + t * (line[i].x - line[i - 1].x), line[i - 1].y + t * (line[i].y - line[i - 1].y)};
        }
        along -= seg;
    }
    return line.back();
}

void closeRing(std::vector<geo::Point> &ring)
{
    if (!ring.empty() && !(ring.front() == ring.back()))
        ring.push_back(ring.front());
}

std::vector<geo::Point> orientedRectangle(geo::Point c, geo::Point direction, double w, double h)
{
    double len = std::hypot(direction.x, direction.y);
    double ux = 1.0, uy = 0.0;
    if (len > 0.0) {
        ux = direction.x / len;
        uy = direction.y / len;
    }
    const double vx = -uy, vy = ux;
    const double hw = w / 2.0, hh = h / 2.0;
    // Counter-clockwise, closed.
    return {{c.x - ux * hw - vx * hh, c.y - uy * hw - vy * hh},
            {c.x + ux * hw - vx * hh, c.y + uy * hw - vy * hh},
            {c.x + ux * hw + vx * hh, c.y + uy * hw + vy * hh},
            {c.x - ux * hw + vx * hh, c.y - uy * hw + vy * hh},
            {c.x - ux * hw - vx * hh, c.y - uy * hw - vy * hh}};
}

} // namespace ct::citygen
