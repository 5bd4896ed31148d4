// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "prismmesher.h"

#include "polygontessellator.h"
#include "ringset.h"
#include "tilegrid.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace ct::scene {

namespace {

/// Below this many features one thread is faster than starting more.
constexpr std::size_t kParallelThreshold = 4096;
constexpr unsigned kMaxThreads = 4;

/// True for a counter-clockwise triangle or strictly convex quad: a fan from the first point
/// covers exactly the polygon, as GLU would.
bool isConvexFan(std::span<const osg::Vec3> ring)
{
    const std::size_t n = ring.size();
    if (n == 3)
        return true;  // RingSet already rejected zero area and oriented it
    if (n != 4)
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        const osg::Vec3 &a = ring[i], &b = ring[(i + 1) % n], &c = ring[(i + 2) % n];
        const double cross = double(b.x() - a.x()) * double(c.y() - b.y()) - double(b.y() - a.y()) * double(c.x() - b.x());
        if (!(cross > 0.0))
            return false;
    }
    return true;
}

/// Everything the tile workers share, read-only.
struct Input
{
    RingSet *rings = nullptr;
    std::span<const std::uint32_t> polygonEnd;  //!< per feature, end index into rings' polygons
    const std::function<float(std::size_t)> *topOf = nullptr;
    PrismMesher::Options options;
};

class TileWorker
{
public:
    explicit TileWorker(const Input &input) : m_input(input) {}

    /// Builds one tile from `features` (input order); returns how many produced no triangle.
    std::size_t build(std::span<const std::uint32_t> features, MeshTile &tile)
    {
        std::size_t pointCount = 0;
        for (const std::uint32_t f : features)
            pointCount += featurePoints(f);
        const std::size_t verticesPerPoint = m_input.options.walls ? 2 : 1;
        tile.positions.reserve(pointCount * verticesPerPoint * 3);
        tile.indices.reserve(pointCount * (m_input.options.walls ? 9 : 3));
        tile.triangleFeature.reserve(pointCount * (m_input.options.walls ? 3 : 1));

        std::size_t failed = 0;
        for (const std::uint32_t f : features) {
            const float top = (*m_input.topOf)(f);
            bool any = false;
            for (std::uint32_t p = polygonBegin(f); p < m_input.polygonEnd[f]; ++p)
                any = emitPolygon(p, f, top, tile) || any;
            if (!any)
                ++failed;
        }
        TileGrid::computeBounds(tile);
        return failed;
    }

private:
    std::uint32_t polygonBegin(std::uint32_t feature) const
    {
        return feature == 0 ? 0 : m_input.polygonEnd[feature - 1];
    }

    std::size_t featurePoints(std::uint32_t feature) const
    {
        const RingSet &rings = *m_input.rings;
        std::size_t n = 0;
        for (std::uint32_t p = polygonBegin(feature); p < m_input.polygonEnd[feature]; ++p) {
            const auto &poly = rings.polygon(p);
            n += rings.ringEnd(poly.endRing - 1) - rings.ringBegin(poly.firstRing);
        }
        return n;
    }

    bool emitPolygon(std::uint32_t polygonIndex, std::uint32_t feature, float top, MeshTile &tile)
    {
        RingSet &rings = *m_input.rings;
        const auto &poly = rings.polygon(polygonIndex);
        const std::uint32_t begin = rings.ringBegin(poly.firstRing);
        const std::uint32_t end = rings.ringEnd(poly.endRing - 1);
        const std::span<osg::Vec3> points = rings.points().subspan(begin, end - begin);
        const std::uint32_t n = end - begin;

        m_roof.clear();
        m_extra.clear();
        if (m_input.options.fastPath && poly.endRing - poly.firstRing == 1 && isConvexFan(points)) {
            for (std::uint32_t i = 1; i + 1 < n; ++i)
                m_roof.insert(m_roof.end(), {0u, i, i + 1});
        } else {
            m_ringEnds.clear();
            for (std::uint32_t r = poly.firstRing; r < poly.endRing; ++r)
                m_ringEnds.push_back(rings.ringEnd(r) - begin);
            if (m_tessellator.tessellate(points, m_ringEnds, m_roof, m_extra) == 0)
                return false;
        }

        // Vertices: n base points (walls only), then n roof points and GLU's extra roof points,
        // so roof index k is always `roof + k`.
        const auto v0 = std::uint32_t(tile.vertexCount());
        const bool walls = m_input.options.walls;
        if (walls) {
            for (const auto &p : points)
                tile.positions.insert(tile.positions.end(), {p.x(), p.y(), 0.0f});
        }
        for (const auto &p : points)
            tile.positions.insert(tile.positions.end(), {p.x(), p.y(), top});
        for (const auto &p : m_extra)
            tile.positions.insert(tile.positions.end(), {p.x(), p.y(), top});
        const std::uint32_t roof = walls ? v0 + n : v0;

        for (const std::uint32_t k : m_roof)
            tile.indices.push_back(roof + k);
        std::size_t triangles = m_roof.size() / 3;

        if (walls) {
            // Rings run counter-clockwise (exterior) or clockwise (holes) seen from above, so the
            // solid is always on the left of i → j and (base i, base j, roof j) winds
            // counter-clockwise seen from outside.
            for (std::uint32_t r = poly.firstRing; r < poly.endRing; ++r) {
                const std::uint32_t rb = rings.ringBegin(r) - begin, re = rings.ringEnd(r) - begin;
                for (std::uint32_t i = rb; i < re; ++i) {
                    const std::uint32_t j = i + 1 == re ? rb : i + 1;
                    tile.indices.insert(tile.indices.end(),
                                        {v0 + i, v0 + j, roof + j, v0 + i, roof + j, roof + i});
                }
                triangles += 2 * (re - rb);
            }
        }
        tile.triangleFeature.insert(tile.triangleFeature.end(), triangles, feature);
        return true;
    }

    const Input &m_input;
    PolygonTessellator m_tessellator;
    std::vector<std::uint32_t> m_roof;
    std::vector<std::uint32_t> m_ringEnds;
    std::vector<osg::Vec3> m_extra;
};

/// Area-weighted centroid of the exteriors of a feature's polygons (holes ignored: the point
/// only picks a tile).
geo::Point anchorOf(const RingSet &rings, std::uint32_t firstPolygon, std::uint32_t endPolygon)
{
    double area = 0.0, sx = 0.0, sy = 0.0;
    for (std::uint32_t p = firstPolygon; p < endPolygon; ++p) {
        const auto &poly = rings.polygon(p);
        const auto ring = rings.points().subspan(rings.ringBegin(poly.firstRing),
                                                 rings.ringEnd(poly.firstRing) - rings.ringBegin(poly.firstRing));
        const double x0 = ring[0].x(), y0 = ring[0].y();
        for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
            const double ax = ring[i].x() - x0, ay = ring[i].y() - y0;
            const double bx = ring[i + 1].x() - x0, by = ring[i + 1].y() - y0;
            const double cross = ax * by - bx * ay;
            area += cross;
            sx += cross * (x0 * 3.0 + ax + bx);
            sy += cross * (y0 * 3.0 + ay + by);
        }
    }
    if (area == 0.0) {
        const auto &ring0 = rings.points()[rings.ringBegin(rings.polygon(firstPolygon).firstRing)];
        return {ring0.x(), ring0.y()};
    }
    return {sx / (3.0 * area), sy / (3.0 * area)};
}

} // namespace

BuildingMesh PrismMesher::build(std::span<const geo::Geometry> features, const std::function<float(std::size_t)> &topOf,
                                const Options &options)
{
    BuildingMesh mesh;
    RingSet rings;
    std::vector<std::uint32_t> polygonEnd(features.size());
    std::vector<geo::Point> anchors(features.size());
    std::vector<bool> usable(features.size(), false);
    geo::Envelope extent;

    for (std::size_t f = 0; f < features.size(); ++f) {
        const geo::Geometry &g = features[f];
        const auto before = std::uint32_t(rings.polygonCount());
        if (g.type() == geo::GeometryType::Polygon || g.type() == geo::GeometryType::MultiPolygon) {
            for (int part = 0; part < g.partCount(); ++part)
                (void)rings.appendPolygon(g, part, options.origin);
        }
        polygonEnd[f] = std::uint32_t(rings.polygonCount());
        if (polygonEnd[f] == before)
            continue;
        usable[f] = true;
        anchors[f] = anchorOf(rings, before, polygonEnd[f]);
        for (std::uint32_t p = before; p < polygonEnd[f]; ++p) {
            const auto &poly = rings.polygon(p);
            for (std::uint32_t i = rings.ringBegin(poly.firstRing); i < rings.ringEnd(poly.firstRing); ++i)
                extent.expand(geo::Point{rings.points()[i].x(), rings.points()[i].y()});
        }
    }

    // Stable counting sort of the usable features by tile: deterministic, input order per tile.
    const TileGrid grid(extent, options.tilesPerSide);
    std::vector<std::uint32_t> tileStart(std::size_t(grid.tileCount()) + 1, 0);
    std::vector<int> tileOf(features.size(), -1);
    for (std::size_t f = 0; f < features.size(); ++f) {
        if (!usable[f])
            continue;
        tileOf[f] = grid.tileOf(anchors[f].x, anchors[f].y);
        ++tileStart[std::size_t(tileOf[f]) + 1];
    }
    for (std::size_t t = 1; t < tileStart.size(); ++t)
        tileStart[t] += tileStart[t - 1];
    std::vector<std::uint32_t> order(tileStart.back());
    {
        std::vector<std::uint32_t> cursor(tileStart.begin(), tileStart.end() - 1);
        for (std::size_t f = 0; f < features.size(); ++f) {
            if (tileOf[f] >= 0)
                order[cursor[std::size_t(tileOf[f])]++] = std::uint32_t(f);
        }
    }

    const Input input{&rings, polygonEnd, &topOf, options};
    std::vector<MeshTile> tiles(std::size_t(grid.tileCount()));
    std::vector<std::size_t> failed(tiles.size(), 0);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        TileWorker worker(input);
        for (std::size_t t = next++; t < tiles.size(); t = next++) {
            const std::span<const std::uint32_t> members(order.data() + tileStart[t], tileStart[t + 1] - tileStart[t]);
            if (!members.empty())
                failed[t] = worker.build(members, tiles[t]);
        }
    };
    const unsigned threads = order.size() < kParallelThreshold
        ? 1u
        : std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads);
    std::vector<std::thread> helpers;
    for (unsigned i = 1; i < threads; ++i)
        helpers.emplace_back(work);
    work();
    for (auto &helper : helpers)
        helper.join();

    std::size_t failedTotal = 0;
    for (std::size_t t = 0; t < tiles.size(); ++t) {
        failedTotal += failed[t];
        if (tiles[t].indices.empty())
            continue;
        mesh.triangleCount += tiles[t].triangleCount();
        mesh.tiles.push_back(std::move(tiles[t]));
    }
    mesh.buildingCount = order.size() - failedTotal;
    mesh.skippedCount = features.size() - mesh.buildingCount;
    return mesh;
}

} // namespace ct::scene
