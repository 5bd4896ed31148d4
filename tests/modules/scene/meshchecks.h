// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Geometry checks shared by the scene tests: areas, volumes and closedness of triangle soups
// taken from MeshTiles, computed independently of the code under test.

#include "ct/geo/geometry.h"
#include "ct/scene/meshtile.h"

#include <QString>

#include <array>
#include <cmath>
#include <map>
#include <span>
#include <tuple>
#include <vector>

namespace ct::scene::test {

using Vertex = std::array<double, 3>;
using Triangle = std::array<Vertex, 3>;

inline Vertex vertexOf(const MeshTile &tile, std::uint32_t index)
{
    return {tile.positions[index * 3], tile.positions[index * 3 + 1], tile.positions[index * 3 + 2]};
}

/// Triangles of all tiles (or only those of `feature` when it is not -1).
inline std::vector<Triangle> trianglesOf(std::span<const MeshTile> tiles, long feature = -1)
{
    std::vector<Triangle> result;
    for (const auto &tile : tiles) {
        for (std::size_t t = 0; t < tile.triangleCount(); ++t) {
            if (feature >= 0 && tile.triangleFeature[t] != std::uint32_t(feature))
                continue;
            result.push_back({vertexOf(tile, tile.indices[3 * t]), vertexOf(tile, tile.indices[3 * t + 1]),
                              vertexOf(tile, tile.indices[3 * t + 2])});
        }
    }
    return result;
}

/// Signed area seen from above (positive counter-clockwise).
inline double planArea(const Triangle &t)
{
    return ((t[1][0] - t[0][0]) * (t[2][1] - t[0][1]) - (t[2][0] - t[0][0]) * (t[1][1] - t[0][1])) / 2.0;
}

inline bool isHorizontal(const Triangle &t)
{
    return t[0][2] == t[1][2] && t[1][2] == t[2][2];
}

/// Sum of the plan areas of horizontal triangles above z = 0 (the roofs).
inline double roofArea(const std::vector<Triangle> &triangles)
{
    double area = 0.0;
    for (const auto &t : triangles) {
        if (isHorizontal(t) && t[0][2] > 0.0)
            area += planArea(t);
    }
    return area;
}

/// Volume enclosed by the triangles by the divergence theorem (sum of signed tetrahedra from the
/// origin); positive when every triangle winds counter-clockwise seen from outside. A floor at
/// z = 0 adds nothing, so prisms without floors give their full volume.
inline double signedVolume(const std::vector<Triangle> &triangles)
{
    double volume = 0.0;
    for (const auto &t : triangles) {
        const auto &a = t[0], &b = t[1], &c = t[2];
        volume += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
            + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }
    return volume / 6.0;
}

/// True when the prism, closed with a floor (the roof triangles copied to z = 0 and reversed),
/// is a closed oriented surface: every directed edge appears once and its reverse once.
/// Vertices are matched by exact position.
inline bool isClosedWithFloor(std::vector<Triangle> triangles, QString *why = nullptr)
{
    const std::size_t count = triangles.size();
    for (std::size_t i = 0; i < count; ++i) {
        Triangle t = triangles[i];
        if (!isHorizontal(t) || t[0][2] <= 0.0)
            continue;
        for (auto &v : t)
            v[2] = 0.0;
        std::swap(t[1], t[2]);
        triangles.push_back(t);
    }
    std::map<std::pair<Vertex, Vertex>, int> edges;
    for (const auto &t : triangles) {
        for (int e = 0; e < 3; ++e)
            ++edges[{t[e], t[(e + 1) % 3]}];
    }
    for (const auto &[edge, n] : edges) {
        const auto reverse = edges.find({edge.second, edge.first});
        const int back = reverse == edges.end() ? 0 : reverse->second;
        if (n != 1 || back != 1) {
            if (why) {
                *why = QStringLiteral("edge (%1,%2,%3)->(%4,%5,%6) used %7 times, reverse %8 times")
                           .arg(edge.first[0]).arg(edge.first[1]).arg(edge.first[2])
                           .arg(edge.second[0]).arg(edge.second[1]).arg(edge.second[2])
                           .arg(n).arg(back);
            }
            return false;
        }
    }
    return true;
}

/// Plan area of a polygonal geometry by the shoelace formula (holes subtracted), in the
/// geometry's units minus `origin` (subtracting it first keeps the products small).
inline double shoelaceArea(const geo::Geometry &g, const geo::Point &origin = {})
{
    double area = 0.0;
    for (int part = 0; part < g.partCount(); ++part) {
        for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r) {
            std::vector<geo::Point> ring;
            for (const auto &p : g.ring(r))
                ring.push_back({p.x - origin.x, p.y - origin.y});
            const double a = std::abs(geo::signedArea(ring));
            area += r == g.firstRingOfPart(part) ? a : -a;
        }
    }
    return area;
}

/// How many of the triangles contain (x, y) strictly inside, seen from above.
inline int coverCount(const std::vector<Triangle> &triangles, double x, double y)
{
    int n = 0;
    for (const auto &t : triangles) {
        auto side = [&](const Vertex &a, const Vertex &b) {
            return (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
        };
        const double s0 = side(t[0], t[1]), s1 = side(t[1], t[2]), s2 = side(t[2], t[0]);
        if ((s0 > 0 && s1 > 0 && s2 > 0) || (s0 < 0 && s1 < 0 && s2 < 0))
            ++n;
    }
    return n;
}

} // namespace ct::scene::test
