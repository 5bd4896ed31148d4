// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Extrusion and picking benchmark: N synthetic building footprints (default 100,000; mostly
// rotated rectangles, some L-shapes, some irregular polygons, a few courtyards), timed through
// BuildingExtruder (3D, roofs only, and with the convex fast path off) and FeaturePicker
// (construction + 1,000 picks), side by side with the naive approach: one osg::Geometry and one
// osgUtil::Tessellator::retessellatePolygons() per footprint.
//
//   bench_extrusion [--count N] [--runs R]

#include "ct/scene/extrusion.h"
#include "ct/scene/featurepicker.h"

#include <osg/Geometry>
#include <osg/TriangleIndexFunctor>
#include <osgUtil/Tessellator>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace ct;

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Deterministic generator (64-bit LCG), so every run measures the same city.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    double next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(m_state >> 11) / double(1ULL << 53);
    }
    double range(double lo, double hi) { return lo + (hi - lo) * next(); }

private:
    std::uint64_t m_state;
};

struct City
{
    std::vector<geo::Geometry> footprints;
    std::vector<float> heights;
    geo::Point origin;
    std::size_t rectangles = 0, lShapes = 0, irregular = 0, courtyards = 0;
};

/// Footprints on a jittered grid with a 15 m pitch around a Tsukuba-like EPSG:6677 position.
City makeCity(std::size_t count)
{
    City city;
    Random random(20260101);
    const auto side = std::size_t(std::ceil(std::sqrt(double(count))));
    const geo::Point base{10000.0, -5000.0};
    city.origin = {base.x + side * 7.5, base.y + side * 7.5};
    city.footprints.reserve(count);
    city.heights.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double cx = base.x + double(i % side) * 15.0 + random.range(-1.0, 1.0);
        const double cy = base.y + double(i / side) * 15.0 + random.range(-1.0, 1.0);
        const double angle = random.range(0.0, kPi);
        const double c = std::cos(angle), s = std::sin(angle);
        auto place = [&](double x, double y) { return geo::Point{cx + x * c - y * s, cy + x * s + y * c}; };
        const double kind = random.next();
        std::vector<std::vector<geo::Point>> rings(1);
        if (kind < 0.85) {  // rectangle
            const double w = random.range(4.0, 11.0) / 2.0, h = random.range(4.0, 11.0) / 2.0;
            rings[0] = {place(-w, -h), place(w, -h), place(w, h), place(-w, h), place(-w, -h)};
            ++city.rectangles;
        } else if (kind < 0.94) {  // L-shape
            const double w = random.range(6.0, 11.0) / 2.0, h = random.range(6.0, 11.0) / 2.0;
            const double t = random.range(2.0, 4.0);
            rings[0] = {place(-w, -h), place(w, -h), place(w, -h + t), place(-w + t, -h + t), place(-w + t, h),
                        place(-w, h), place(-w, -h)};
            ++city.lShapes;
        } else if (kind < 0.99) {  // irregular: a star-ish polygon of 7 to 14 corners
            const int corners = 7 + int(random.next() * 8);
            for (int k = 0; k < corners; ++k) {
                const double a = 2.0 * kPi * k / corners;
                const double r = random.range(2.5, 6.0);
                rings[0].push_back(place(r * std::cos(a), r * std::sin(a)));
            }
            rings[0].push_back(rings[0].front());
            ++city.irregular;
        } else {  // courtyard: a square with a square hole
            const double w = random.range(5.0, 6.5), h = random.range(1.5, 3.0);
            rings[0] = {place(-w, -w), place(w, -w), place(w, w), place(-w, w), place(-w, -w)};
            rings.push_back({place(-h, -h), place(-h, h), place(h, h), place(h, -h), place(-h, -h)});
            ++city.courtyards;
        }
        city.footprints.push_back(geo::Geometry::polygon(rings));
        city.heights.push_back(float(random.range(3.0, 45.0)));
    }
    return city;
}

double millisecondsOf(const std::function<void()> &work, int runs)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];  // median
}

struct TriangleCollector
{
    std::vector<std::uint32_t> *indices = nullptr;
    void operator()(unsigned a, unsigned b, unsigned c) { indices->insert(indices->end(), {a, b, c}); }
};

/// The naive approach: per footprint an osg::Geometry with one POLYGON primitive per ring and a
/// fresh Tessellator (TESS_TYPE_GEOMETRY cannot be reused across geometries), triangles read
/// back with a TriangleIndexFunctor, walls added, everything appended to one merged mesh.
std::size_t naiveExtrude(const City &city)
{
    std::vector<float> positions;
    std::vector<std::uint32_t> indices;
    osg::TriangleIndexFunctor<TriangleCollector> collector;
    std::vector<std::uint32_t> roof;
    collector.indices = &roof;
    for (std::size_t f = 0; f < city.footprints.size(); ++f) {
        const geo::Geometry &g = city.footprints[f];
        osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
        osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
        geometry->setVertexArray(vertices);
        std::vector<std::pair<unsigned, unsigned>> rings;
        for (int r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            const unsigned first = vertices->size();
            for (std::size_t i = 0; i + 1 < ring.size(); ++i)  // drop the closing point
                vertices->push_back(osg::Vec3(float(ring[i].x - city.origin.x), float(ring[i].y - city.origin.y), 0.0f));
            rings.emplace_back(first, vertices->size());
            geometry->addPrimitiveSet(new osg::DrawArrays(osg::PrimitiveSet::POLYGON, first, vertices->size() - first));
        }
        const unsigned n = vertices->size();
        osg::ref_ptr<osgUtil::Tessellator> tessellator = new osgUtil::Tessellator;
        tessellator->setTessellationType(osgUtil::Tessellator::TESS_TYPE_GEOMETRY);
        tessellator->setWindingType(osgUtil::Tessellator::TESS_WINDING_ODD);
        tessellator->setBoundaryOnly(false);
        tessellator->retessellatePolygons(*geometry);
        roof.clear();
        geometry->accept(collector);

        const auto v0 = std::uint32_t(positions.size() / 3);
        const float h = city.heights[f];
        for (unsigned i = 0; i < n; ++i)
            positions.insert(positions.end(), {(*vertices)[i].x(), (*vertices)[i].y(), 0.0f});
        for (unsigned i = 0; i < vertices->size(); ++i)
            positions.insert(positions.end(), {(*vertices)[i].x(), (*vertices)[i].y(), h});
        for (const auto k : roof)
            indices.push_back(v0 + n + k);
        for (const auto &[first, end] : rings) {
            for (unsigned i = first; i < end; ++i) {
                const unsigned j = i + 1 == end ? first : i + 1;
                indices.insert(indices.end(), {v0 + i, v0 + j, v0 + n + j, v0 + i, v0 + n + j, v0 + n + i});
            }
        }
    }
    return indices.size() / 3;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t count = 100000;
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            count = std::size_t(std::strtoull(argv[++i], nullptr, 10));
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: %s [--count N] [--runs R]\n", argv[0]);
            return 2;
        }
    }

    const City city = makeCity(count);
    std::printf("bench_extrusion: %zu footprints (%zu rectangles, %zu L-shapes, %zu irregular, %zu courtyards), "
                "median of %d runs, %u hardware threads\n",
                count, city.rectangles, city.lShapes, city.irregular, city.courtyards, runs,
                std::thread::hardware_concurrency());

    scene::ExtrusionOptions options;
    options.origin = city.origin;
    scene::BuildingMesh mesh3d, roofs, slow;
    const double ms3d = millisecondsOf([&] { mesh3d = scene::BuildingExtruder::extrude(city.footprints, city.heights, options); }, runs);
    auto roofOptions = options;
    roofOptions.roofsOnly = true;
    const double msRoofs = millisecondsOf([&] { roofs = scene::BuildingExtruder::extrude(city.footprints, city.heights, roofOptions); }, runs);
    auto slowOptions = options;
    slowOptions.convexFastPath = false;
    const double msSlow = millisecondsOf([&] { slow = scene::BuildingExtruder::extrude(city.footprints, city.heights, slowOptions); }, runs);
    std::size_t naiveTriangles = 0;
    const double msNaive = millisecondsOf([&] { naiveTriangles = naiveExtrude(city); }, runs);

    auto vertices = [](const scene::BuildingMesh &m) {
        std::size_t n = 0;
        for (const auto &t : m.tiles)
            n += t.vertexCount();
        return n;
    };
    std::printf("%-44s %10s %12s %12s %7s\n", "step", "ms", "triangles", "vertices", "tiles");
    std::printf("%-44s %10.1f %12zu %12zu %7zu\n", "extrude 3D (fan fast path + OSG)", ms3d, mesh3d.triangleCount,
                vertices(mesh3d), mesh3d.tiles.size());
    std::printf("%-44s %10.1f %12zu %12zu %7zu\n", "extrude roofs only (2D)", msRoofs, roofs.triangleCount,
                vertices(roofs), roofs.tiles.size());
    std::printf("%-44s %10.1f %12zu %12zu %7zu\n", "extrude 3D, fast path off (OSG for all)", msSlow, slow.triangleCount,
                vertices(slow), slow.tiles.size());
    std::printf("%-44s %10.1f %12zu %12s %7s\n", "naive: Geometry+Tessellator per footprint", msNaive, naiveTriangles,
                "-", "1");
    std::printf("fast path gain: %.1fx over OSG for all footprints, %.1fx over the naive approach\n", msSlow / ms3d,
                msNaive / ms3d);

    // Picking: construction (osg::Geometry per tile + KD-trees) and 1,000 rays, 900 straight down
    // on building centres, 100 oblique across the city.
    std::unique_ptr<scene::FeaturePicker> picker;
    const double msPicker = millisecondsOf([&] { picker = std::make_unique<scene::FeaturePicker>(mesh3d.tiles); }, runs);
    Random random(7);
    std::vector<std::array<float, 6>> rays;
    for (int i = 0; i < 1000; ++i) {
        const auto &f = city.footprints[std::size_t(random.next() * double(count)) % count];
        const geo::Point c = f.envelope().center();
        const float x = float(c.x - city.origin.x), y = float(c.y - city.origin.y);
        if (i % 10 != 9)
            rays.push_back({x, y, 500.0f, x, y, -1.0f});
        else
            rays.push_back({x - 300.0f, y - 200.0f, 250.0f, x, y, 0.0f});
    }
    std::size_t hits = 0;
    const double msPicks = millisecondsOf([&] {
        hits = 0;
        for (const auto &r : rays)
            hits += picker->pick(r.data(), r.data() + 3) ? 1 : 0;
    }, runs);
    std::printf("%-44s %10.1f\n", "FeaturePicker construction (KD-trees)", msPicker);
    std::printf("%-44s %10.1f   (%zu hits, %.1f us per pick)\n", "1000 picks", msPicks, hits, msPicks);
    std::printf("peer figure: rendering-notes.md measured 25-100 ms mesh building for 100k buildings\n");
    return mesh3d.buildingCount == count ? 0 : 1;
}
