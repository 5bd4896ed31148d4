// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Matching one alert against many subscription areas: ours (AreaMatcher: a grid over the areas'
// boxes, then ray casting / distance) beside two peers — brute force (every area's exact test)
// and GEOS (an STRtree of the boxes, then prepared-geometry contains) — all checked to agree.
//   bench_safety_match [--areas N] [--queries Q] [--side-km S] [--seed N]
// Target (issue 6): one alert against 100,000 areas ≤ 50 ms.

#include "ct/safety/areamatcher.h"

#include <QCoreApplication>
#include <QStringList>

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <random>
#include <vector>

using namespace ct;
using namespace ct::safety;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double option(const QStringList &args, const QString &name, double fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
}

struct Stats
{
    double total = 0, worst = 0;
    void add(double ms)
    {
        total += ms;
        worst = std::max(worst, ms);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int areaCount = int(option(args, QStringLiteral("--areas"), 100000));
    const int queries = int(option(args, QStringLiteral("--queries"), 200));
    const double side = option(args, QStringLiteral("--side-km"), std::sqrt(284.0)) * 1000.0;
    std::mt19937 rng(unsigned(option(args, QStringLiteral("--seed"), 1)));
    std::uniform_real_distribution<double> anywhere(0.0, side);
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    // Areas: three in four polygons (6–16 vertices, concave, 100–800 m), one in four radii.
    std::vector<SubscriptionArea> areas;
    areas.reserve(std::size_t(areaCount));
    for (int i = 0; i < areaCount; ++i) {
        SubscriptionArea a;
        a.areaId = QString::number(i);
        const geo::Point c{anywhere(rng), anywhere(rng)};
        const double size = 100.0 + 700.0 * unit(rng);
        if (i % 4 == 0) {
            a.kind = SubscriptionArea::Kind::Radius;
            a.centre = c;
            a.radiusMetres = size;
        } else {
            a.kind = SubscriptionArea::Kind::Polygon;
            std::vector<geo::Point> ring;
            const int n = 6 + int(unit(rng) * 11);
            for (int k = 0; k < n; ++k) {
                const double angle = 2 * std::numbers::pi * k / n;
                const double r = size * (0.4 + 0.6 * unit(rng));
                ring.push_back({c.x + r * std::cos(angle), c.y + r * std::sin(angle)});
            }
            ring.push_back(ring.front());
            a.polygon = geo::Geometry::polygon({ring});
        }
        areas.push_back(std::move(a));
    }
    std::vector<geo::Point> points;
    for (int q = 0; q < queries; ++q)
        points.push_back({anywhere(rng), anywhere(rng)});

    double start = cpuMs();
    const AreaMatcher matcher(areas);
    const double buildMs = cpuMs() - start;

    // GEOS: one geometry per area (a 64-gon for radii, as a GIS would store them).
    GEOSContextHandle_t geos = GEOS_init_r();
    start = cpuMs();
    std::vector<GEOSGeometry *> shapes;
    std::vector<const GEOSPreparedGeometry *> prepared;
    GEOSSTRtree *tree = GEOSSTRtree_create_r(geos, 10);
    std::vector<int> ids(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        std::vector<geo::Point> ring;
        if (areas[i].kind == SubscriptionArea::Kind::Radius) {
            for (int k = 0; k <= 64; ++k) {
                const double angle = 2 * std::numbers::pi * (k % 64) / 64;
                ring.push_back({areas[i].centre.x + areas[i].radiusMetres * std::cos(angle), areas[i].centre.y + areas[i].radiusMetres * std::sin(angle)});
            }
        } else {
            const auto r = areas[i].polygon.ring(0);
            ring.assign(r.begin(), r.end());
        }
        GEOSCoordSequence *seq = GEOSCoordSeq_create_r(geos, unsigned(ring.size()), 2);
        for (unsigned k = 0; k < ring.size(); ++k)
            GEOSCoordSeq_setXY_r(geos, seq, k, ring[k].x, ring[k].y);
        GEOSGeometry *shell = GEOSGeom_createLinearRing_r(geos, seq);
        shapes.push_back(GEOSGeom_createPolygon_r(geos, shell, nullptr, 0));
        prepared.push_back(GEOSPrepare_r(geos, shapes.back()));
        ids[i] = int(i);
        GEOSSTRtree_insert_r(geos, tree, shapes.back(), &ids[i]);
    }
    // GEOS 3.11 builds the tree on the first query; one empty query here so that is timed as build.
    {
        GEOSGeometry *nowhere = GEOSGeom_createPointFromXY_r(geos, -1e9, -1e9);
        GEOSSTRtree_query_r(geos, tree, nowhere, [](void *, void *) {}, nullptr);
        GEOSGeom_destroy_r(geos, nowhere);
    }
    const double geosBuildMs = cpuMs() - start;

    Stats ours, brute, peer;
    std::size_t matches = 0;
    bool agree = true;
    for (const geo::Point &p : points) {
        start = cpuMs();
        const std::vector<int> got = matcher.match(p);
        ours.add(cpuMs() - start);
        matches += got.size();

        start = cpuMs();
        std::vector<int> expected;
        for (int i = 0; i < int(areas.size()); ++i)
            if (areas[i].contains(p))
                expected.push_back(i);
        brute.add(cpuMs() - start);
        agree = agree && got == expected;

        start = cpuMs();
        GEOSGeometry *point = GEOSGeom_createPointFromXY_r(geos, p.x, p.y);
        struct Query
        {
            GEOSContextHandle_t geos;
            const std::vector<const GEOSPreparedGeometry *> *prepared;
            const GEOSGeometry *point;
            std::vector<int> found;
        } query{geos, &prepared, point, {}};
        GEOSSTRtree_query_r(geos, tree, point, [](void *item, void *data) {
            auto *q = static_cast<Query *>(data);
            const int i = *static_cast<int *>(item);
            if (GEOSPreparedContains_r(q->geos, (*q->prepared)[std::size_t(i)], q->point) == 1)
                q->found.push_back(i);
        }, &query);
        GEOSGeom_destroy_r(geos, point);
        peer.add(cpuMs() - start);
        // GEOS's radii are 64-gons: compare on the polygons only.
        std::vector<int> polygonsOurs, polygonsGeos;
        for (int i : got)
            if (areas[std::size_t(i)].kind != SubscriptionArea::Kind::Radius)
                polygonsOurs.push_back(i);
        for (int i : query.found)
            if (areas[std::size_t(i)].kind != SubscriptionArea::Kind::Radius)
                polygonsGeos.push_back(i);
        std::sort(polygonsGeos.begin(), polygonsGeos.end());
        agree = agree && polygonsOurs == polygonsGeos;
    }

    std::printf("safety area matching: %d areas (¾ polygons, ¼ radii) over a %.1f km square, %d alerts, %.2f matches per alert\n",
                areaCount, side / 1000, queries, double(matches) / std::max(queries, 1));
    std::printf("%-44s %10.1f ms\n", "ours: build the grid", buildMs);
    std::printf("%-44s %10.1f ms\n", "GEOS: build STRtree + prepared geometries", geosBuildMs);
    std::printf("%-44s %10.4f ms mean, %.4f ms worst\n", "ours: match one alert", ours.total / queries, ours.worst);
    std::printf("%-44s %10.4f ms mean, %.4f ms worst\n", "peer: GEOS STRtree + PreparedContains", peer.total / queries, peer.worst);
    std::printf("%-44s %10.4f ms mean, %.4f ms worst\n", "peer: brute force (every area)", brute.total / queries, brute.worst);
    std::printf("results agree (ours = brute force; polygons = GEOS): %s\n", agree ? "yes" : "NO");
    std::printf("target ≤ 50 ms per alert against 100,000 areas: %s\n",
                areaCount == 100000 ? (ours.worst <= 50.0 ? "met" : "MISSED") : "(not this configuration)");

    GEOSSTRtree_destroy_r(geos, tree);
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        GEOSPreparedGeom_destroy_r(geos, prepared[i]);
        GEOSGeom_destroy_r(geos, shapes[i]);
    }
    GEOS_finish_r(geos);
    return agree ? 0 : 1;
}
