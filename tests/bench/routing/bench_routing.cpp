// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Routing on a generated twin: graph build, shelter catchments for every node, and random
// point-to-point queries of the CCH router beside plain Dijkstra (the peer), with closures.
//   bench_routing [--scale S] [--seed N] [--queries Q] [--closures C] [--twin FILE]
// Targets (issue 4): catchment ≤ 10 ms at scale 1; router ≥ 100× faster than Dijkstra.

#include "ct/citygen/citygenerator.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/multisource.h"
#include "ct/routing/roadgraph.h"
#include "ct/routing/router.h"
#include "ct/routing/sheltersite.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace ct::routing;

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

//! Returns false when the router disagreed with Dijkstra (the bench then fails).
bool runMode(const ct::store::TwinStore &twin, Mode mode, int queries, int closureCount, unsigned seed)
{
    std::printf("\n== mode %s ==\n", qPrintable(modeName(mode)));
    auto start = std::chrono::steady_clock::now();
    auto built = RoadGraph::fromTwin(twin, mode);
    if (!built) {
        std::fprintf(stderr, "graph: %s\n", qPrintable(built.error().toString()));
        return false;
    }
    const RoadGraph &graph = built.value();
    std::printf("%-44s %10.1f ms   (%d nodes, %d directed edges)\n", "graph build (read twin + CSR)", msSince(start),
                graph.nodeCount(), graph.edgeCount());

    start = std::chrono::steady_clock::now();
    Router router(graph);
    std::printf("%-44s %10.1f ms   (%d arcs, elimination tree height %d)\n", "CCH order + contraction + customization",
                msSince(start), router.shortcutCount(), router.eliminationTreeHeight());
    std::printf("%-44s %10.1f ms\n", "  of which full customization", router.lastCustomizationMs());

    // catchments: every node to its nearest shelter
    auto shelters = suitableShelters(twin, graph, QString());
    if (!shelters) {
        std::fprintf(stderr, "shelters: %s\n", qPrintable(shelters.error().toString()));
        return false;
    }
    const auto sources = shelterNodes(shelters.value());
    Closures closures(graph);
    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        start = std::chrono::steady_clock::now();
        const auto tree = multiSource(graph, closures, sources, Direction::Backward);
        best = std::min(best, msSince(start));
        if (tree.seconds.empty())
            return false;
    }
    std::printf("%-44s %10.2f ms   (%zu shelters, target <= 10 ms at scale 1; best of 5)\n",
                "catchment: nearest shelter for every node", best, sources.size());

    std::mt19937 rng(seed);
    const auto roadIds = graph.roadIds();
    auto measure = [&](const char *label) {
        router.customize(closures);
        Dijkstra dijkstra(graph);
        std::vector<std::pair<int, int>> pairs;
        for (int q = 0; q < queries; ++q)
            pairs.push_back({int(rng() % unsigned(graph.nodeCount())), int(rng() % unsigned(graph.nodeCount()))});
        std::vector<double> expected;
        auto t0 = std::chrono::steady_clock::now();
        for (const auto &[a, b] : pairs)
            expected.push_back(dijkstra.route(a, b, closures).seconds);
        const double dijkstraMs = msSince(t0) / queries;
        std::vector<double> actual;
        t0 = std::chrono::steady_clock::now();
        for (const auto &[a, b] : pairs)
            actual.push_back(router.route(a, b).seconds);
        const double routerUs = msSince(t0) * 1000.0 / queries;
        // Travel time only (no path unpacking): what catchment refreshes and ETAs need. The peer's
        // figure above already is its cheapest: Dijkstra stops at the target and its path is a
        // predecessor walk of a few hundred steps, negligible beside the search.
        std::vector<double> timesOnly;
        t0 = std::chrono::steady_clock::now();
        for (const auto &[a, b] : pairs)
            timesOnly.push_back(router.seconds(a, b));
        const double secondsUs = msSince(t0) * 1000.0 / queries;
        int mismatches = 0;
        for (int q = 0; q < queries; ++q) {
            const double e = expected[std::size_t(q)], t = timesOnly[std::size_t(q)];
            if (!(e == t || std::abs(e - t) <= 1e-6))
                ++mismatches;
        }
        for (int q = 0; q < queries; ++q)
            if (!(expected[std::size_t(q)] == actual[std::size_t(q)] || std::abs(expected[std::size_t(q)] - actual[std::size_t(q)]) <= 1e-6))
                ++mismatches;
        std::printf("%s\n", label);
        std::printf("  %-42s %10.3f ms\n", "plain Dijkstra (peer), mean per query", dijkstraMs);
        std::printf("  %-42s %10.1f us\n", "CCH router (ours), mean per query + unpacking", routerUs);
        std::printf("  %-42s %10.0fx   (target >= 100x)\n", "speed-up, route with path", dijkstraMs * 1000.0 / routerUs);
        std::printf("  %-42s %10.1f us\n", "CCH router (ours), travel time only", secondsUs);
        std::printf("  %-42s %10.0fx\n", "speed-up, travel time only", dijkstraMs * 1000.0 / secondsUs);
        std::printf("  %-42s %10d of %d\n", "answers differing from Dijkstra", mismatches, queries);
        return mismatches == 0;
    };
    bool ok = measure("1. no closures");
    // 50 random closures: one at a time, each followed by a customization (as in a run)
    double customizeMs = 0.0, worst = 0.0;
    for (int c = 0; c < closureCount; ++c) {
        closures.close(roadIds[rng() % roadIds.size()]);
        router.customize(closures);
        customizeMs += router.lastCustomizationMs();
        worst = std::max(worst, router.lastCustomizationMs());
    }
    std::printf("%-44s %10.2f ms   (mean per change; worst %.2f ms)\n",
                qPrintable(QStringLiteral("customization after each of %1 closures").arg(closureCount)),
                closureCount ? customizeMs / closureCount : 0.0, worst);
    ok = measure(qPrintable(QStringLiteral("2. with %1 random roads closed").arg(closures.closedRoads().size()))) && ok;
    // reopen them all at once
    closures.clear();
    router.customize(closures);
    std::printf("%-44s %10.2f ms   (%d nodes recomputed)\n", "customization reopening all of them",
                router.lastCustomizationMs(), router.lastCustomizedNodes());
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ct::citygen::GeneratorOptions options;
    QString twinPath;
    int queries = 1000, closureCount = 50;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--scale") && hasValue)
            options.scale = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && hasValue)
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--queries") && hasValue)
            queries = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--closures") && hasValue)
            closureCount = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--twin") && hasValue)
            twinPath = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(stderr, "usage: bench_routing [--scale S] [--seed N] [--queries Q] [--closures C] [--twin FILE]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    if (twinPath.isEmpty()) {
        twinPath = dir.filePath(QStringLiteral("routing.gpkg"));
        const auto start = std::chrono::steady_clock::now();
        auto report = ct::citygen::CityGenerator::generate(twinPath, options);
        if (!report) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        std::printf("routing bench: generated twin scale %g seed %llu in %.1f s\n", options.scale,
                    static_cast<unsigned long long>(options.seed), msSince(start) / 1000.0);
    } else {
        std::printf("routing bench: twin %s\n", qPrintable(twinPath));
    }
    auto twin = ct::store::TwinStore::open(twinPath, ct::store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        std::fprintf(stderr, "%s\n", qPrintable(twin.error().toString()));
        return 1;
    }
    bool ok = runMode(*twin.value(), Mode::Car, queries, closureCount, 7);
    ok = runMode(*twin.value(), Mode::Walk, queries, closureCount, 8) && ok;
    return ok ? 0 : 1;
}
