// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/scene/extrusion.h"

#include "prismmesher.h"
#include "ringset.h"
#include "tilegrid.h"

#include <cmath>

namespace ct::scene {

namespace {

/// A mitre longer than this many half-widths becomes a bevel: turns sharper than 120°.
constexpr float kMitreLimit = 2.0f;

struct Vec2
{
    float x = 0, y = 0;
};

Vec2 leftNormal(const osg::Vec3 &a, const osg::Vec3 &b)
{
    const float dx = b.x() - a.x(), dy = b.y() - a.y();
    const float length = std::sqrt(dx * dx + dy * dy);
    return {-dy / length, dx / length};
}

/// Appends the ribbon of one cleaned line (or closed ring) to a tile.
class RibbonWriter
{
public:
    RibbonWriter(MeshTile &tile, float z, std::uint32_t feature)
        : m_tile(tile)
        , m_z(z)
        , m_feature(feature)
    {
    }

    void write(std::span<const osg::Vec3> line, bool closed, float halfWidth)
    {
        const std::size_t n = line.size();
        const std::size_t segments = closed ? n : n - 1;
        auto point = [&](std::size_t i) -> const osg::Vec3 & { return line[i % n]; };

        // For every point, the left/right vertex pair ending the incoming segment and the pair
        // starting the outgoing one; a mitre shares one pair, a bevel has two plus a wedge.
        std::vector<Section> in(n), out(n);
        for (std::size_t i = 0; i < n; ++i) {
            const bool hasIn = closed || i > 0;
            const bool hasOut = closed || i + 1 < n;
            const osg::Vec3 &p = line[i];
            const Vec2 nIn = hasIn ? leftNormal(point(i + n - 1), p) : Vec2{};
            const Vec2 nOut = hasOut ? leftNormal(p, point(i + 1)) : Vec2{};
            if (!hasIn || !hasOut) {
                const Vec2 nrm = hasIn ? nIn : nOut;
                in[i] = out[i] = section(p, nrm, halfWidth);
                continue;
            }
            const Vec2 sum{nIn.x + nOut.x, nIn.y + nOut.y};
            const float sumLength = std::sqrt(sum.x * sum.x + sum.y * sum.y);
            const float cosHalf = sumLength / 2.0f;  // cos of half the turn angle
            if (cosHalf * kMitreLimit >= 1.0f) {
                const float scale = halfWidth / cosHalf / sumLength;
                in[i] = out[i] = section(p, Vec2{sum.x * scale, sum.y * scale}, 1.0f);
                continue;
            }
            in[i] = section(p, nIn, halfWidth);
            out[i] = section(p, nOut, halfWidth);
            // Wedge on the outer side of the turn, from the centre point.
            const float turn = nIn.x * nOut.y - nIn.y * nOut.x;  // > 0: left turn, outer side right
            const std::uint32_t centre = addVertex(p.x(), p.y());
            if (turn > 0.0f)
                addTriangle(centre, in[i].right, out[i].right);
            else
                addTriangle(centre, out[i].left, in[i].left);
        }
        for (std::size_t s = 0; s < segments; ++s) {
            const Section &a = out[s], &b = in[(s + 1) % n];
            addTriangle(a.right, b.right, b.left);
            addTriangle(a.right, b.left, a.left);
        }
    }

private:
    struct Section
    {
        std::uint32_t left = 0, right = 0;
    };

    Section section(const osg::Vec3 &p, Vec2 offset, float scale)
    {
        Section s;
        s.left = addVertex(p.x() + offset.x * scale, p.y() + offset.y * scale);
        s.right = addVertex(p.x() - offset.x * scale, p.y() - offset.y * scale);
        return s;
    }

    std::uint32_t addVertex(float x, float y)
    {
        const auto index = std::uint32_t(m_tile.vertexCount());
        m_tile.positions.insert(m_tile.positions.end(), {x, y, m_z});
        return index;
    }

    /// Adds a triangle counter-clockwise seen from above, whatever order it was given in.
    void addTriangle(std::uint32_t a, std::uint32_t b, std::uint32_t c)
    {
        const float *pa = &m_tile.positions[std::size_t(a) * 3];
        const float *pb = &m_tile.positions[std::size_t(b) * 3];
        const float *pc = &m_tile.positions[std::size_t(c) * 3];
        const double cross = double(pb[0] - pa[0]) * double(pc[1] - pa[1]) - double(pc[0] - pa[0]) * double(pb[1] - pa[1]);
        if (cross < 0.0)
            std::swap(b, c);
        m_tile.indices.insert(m_tile.indices.end(), {a, b, c});
        m_tile.triangleFeature.push_back(m_feature);
    }

    MeshTile &m_tile;
    float m_z;
    std::uint32_t m_feature;
};

} // namespace

std::vector<MeshTile> FlatMeshBuilder::ribbons(std::span<const geo::Geometry> lines, std::span<const float> widths,
                                               float z, const geo::Point &origin, int tilesPerSide)
{
    // Clean every line first: the tile grid needs the extent of what will be drawn.
    RingSet rings;
    std::vector<std::uint32_t> ringEnd(lines.size());
    std::vector<std::uint8_t> closedRings;  // per ring
    std::vector<geo::Point> anchors(lines.size());
    geo::Envelope extent;
    for (std::size_t f = 0; f < lines.size(); ++f) {
        const geo::Geometry &g = lines[f];
        const auto before = std::uint32_t(rings.ringCount());
        const bool closed = g.type() == geo::GeometryType::Polygon || g.type() == geo::GeometryType::MultiPolygon;
        const bool open = g.type() == geo::GeometryType::LineString || g.type() == geo::GeometryType::MultiLineString;
        if (closed || open) {
            for (int r = 0; r < g.ringCount(); ++r) {
                if (rings.appendLine(g.ring(r), closed, origin))
                    closedRings.push_back(closed ? 1 : 0);
            }
        }
        ringEnd[f] = std::uint32_t(rings.ringCount());
        if (ringEnd[f] == before)
            continue;
        geo::Envelope own;
        for (std::uint32_t i = rings.ringBegin(before); i < rings.ringEnd(ringEnd[f] - 1); ++i)
            own.expand(geo::Point{rings.points()[i].x(), rings.points()[i].y()});
        anchors[f] = own.center();  // picks the tile
        extent.expand(own);
    }

    const TileGrid grid(extent, tilesPerSide);
    std::vector<MeshTile> tiles(std::size_t(grid.tileCount()));
    for (std::size_t f = 0; f < lines.size(); ++f) {
        const std::uint32_t firstRing = f == 0 ? 0 : ringEnd[f - 1];
        if (firstRing == ringEnd[f])
            continue;
        // Features without their own width take the last one given (1 m if none), metres.
        const float width = widths.empty() ? 1.0f : widths[std::min(f, widths.size() - 1)];
        if (!std::isfinite(width) || width <= 0.0f)
            continue;
        MeshTile &tile = tiles[std::size_t(grid.tileOf(anchors[f].x, anchors[f].y))];
        RibbonWriter writer(tile, z, std::uint32_t(f));
        for (std::uint32_t r = firstRing; r < ringEnd[f]; ++r) {
            const auto begin = rings.ringBegin(r);
            writer.write(rings.points().subspan(begin, rings.ringEnd(r) - begin), closedRings[r] != 0, width / 2.0f);
        }
    }

    std::vector<MeshTile> result;
    for (auto &tile : tiles) {
        if (tile.indices.empty())
            continue;
        TileGrid::computeBounds(tile);
        result.push_back(std::move(tile));
    }
    return result;
}

std::vector<MeshTile> FlatMeshBuilder::fills(std::span<const geo::Geometry> polygons, float z, const geo::Point &origin,
                                             int tilesPerSide)
{
    PrismMesher::Options options;
    options.origin = origin;
    options.tilesPerSide = tilesPerSide;
    options.walls = false;
    return PrismMesher::build(polygons, [z](std::size_t) { return z; }, options).tiles;
}

} // namespace ct::scene
