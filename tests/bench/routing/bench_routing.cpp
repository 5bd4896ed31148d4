// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Routing on a generated twin: graph build, shelter catchments for every node, and random
// point-to-point queries of the CCH router beside plain Dijkstra (the peer: binary heap, CSR,
// stops when the target is settled), with and without closures, and the re-customization times.
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
#include <ctime>
#include <random>

using namespace ct::routing;

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

//! CPU time of this thread (ms). Queries and customizations are timed with it: the machine may be
//! shared, and a time slice lost to another process is no property of either algorithm.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
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
    std::printf("%-44s %10.1f ms   (%d of %d arc directions left for queries)\n", "  of which full customization (basic + perfect)",
                router.lastCustomizationMs(), router.queryArcCount(), 2 * router.shortcutCount());

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
        const double t0 = cpuMs();
        const auto tree = multiSource(graph, closures, sources, Direction::Backward);
        best = std::min(best, cpuMs() - t0);
        if (tree.seconds.empty())
            return false;
    }
    std::printf("%-44s %10.2f ms   (%zu shelters, target <= 10 ms at scale 1; CPU time, best of 5)\n",
                "catchment: nearest shelter for every node", best, sources.size());

    std::mt19937 rng(seed);
    const auto roadIds = graph.roadIds();
    Dijkstra dijkstra(graph);
    // Both sides answer the same random pairs under the same closures.
    auto measure = [&](const char *label) {
        router.customize(closures);
        std::vector<std::pair<int, int>> pairs;
        for (int q = 0; q < queries; ++q)
            pairs.push_back({int(rng() % unsigned(graph.nodeCount())), int(rng() % unsigned(graph.nodeCount()))});
        long long settled = 0;
        std::vector<double> expected, expectedSeconds, actual, actualSeconds, actualCold;
        // each side answers all queries back to back, as a simulation asks them
        double t0 = cpuMs();
        for (const auto &[from, to] : pairs) {
            expected.push_back(dijkstra.route(from, to, closures).seconds);
            settled += dijkstra.settledCount();
        }
        const double dijkstraRouteMs = cpuMs() - t0;
        t0 = cpuMs();
        for (const auto &[from, to] : pairs)
            actual.push_back(router.route(from, to).seconds);
        const double routerRouteMs = cpuMs() - t0;
        t0 = cpuMs();
        for (const auto &[from, to] : pairs)
            expectedSeconds.push_back(dijkstra.seconds(from, to, closures));
        const double dijkstraSecondsMs = cpuMs() - t0;
        t0 = cpuMs();
        for (const auto &[from, to] : pairs)
            actualSeconds.push_back(router.seconds(from, to));
        const double routerSecondsMs = cpuMs() - t0;
        // the same routes with cold caches: every 50 router queries come after 50 Dijkstra
        // queries (untimed) that push the hierarchy out of the processor caches
        double routerColdMs = 0.0;
        constexpr int kChunk = 50;
        for (int begin = 0; begin < queries; begin += kChunk) {
            const int end = std::min(queries, begin + kChunk);
            for (int q = begin; q < end; ++q)
                dijkstra.seconds(pairs[std::size_t(q)].second, pairs[std::size_t(q)].first, closures);
            t0 = cpuMs();
            for (int q = begin; q < end; ++q)
                actualCold.push_back(router.route(pairs[std::size_t(q)].first, pairs[std::size_t(q)].second).seconds);
            routerColdMs += cpuMs() - t0;
        }
        auto differ = [](double a, double b) { return !(a == b || std::abs(a - b) <= 1e-6); };
        int mismatches = 0;
        for (std::size_t i = 0; i < pairs.size(); ++i)
            if (differ(expected[i], actual[i]) || differ(expectedSeconds[i], actualSeconds[i]) || differ(expected[i], expectedSeconds[i])
                || differ(expected[i], actualCold[i]))
                ++mismatches;
        auto row = [queries](const char *name, double peerMs, double oursMs, const char *note) {
            const double peer = peerMs / queries, ours = oursMs * 1000.0 / queries;
            std::printf("  %-34s %10.3f ms %10.1f us %9.0fx   %s\n", name, peer, ours, peer * 1000.0 / ours, note);
        };
        std::printf("%s\n", label);
        std::printf("  %-34s %13s %13s %10s\n", "mean CPU time per query", "Dijkstra", "CCH (ours)", "speed-up");
        row("route with path", dijkstraRouteMs, routerRouteMs, "(target >= 100x at scale 1)");
        row("travel time only", dijkstraSecondsMs, routerSecondsMs, "(target >= 100x at scale 1)");
        row("route with path, cold caches", dijkstraRouteMs, routerColdMs, "(each 50 after 50 Dijkstra queries)");
        std::printf("  %-34s %10.0f nodes settled per query (early stop at the target)\n", "Dijkstra search space", double(settled) / queries);
        std::printf("  %-34s %10d of %d\n", "answers differing from Dijkstra", mismatches, queries);
        return mismatches == 0;
    };
    bool ok = measure("1. no closures");
    // random closures one at a time, each followed by a customization (as in a run)
    std::vector<qint64> closed;
    double customizeMs = 0.0, worst = 0.0;
    for (int c = 0; c < closureCount; ++c) {
        const qint64 road = roadIds[rng() % roadIds.size()];
        if (closures.close(road))
            closed.push_back(road);
        const double t0 = cpuMs();
        router.customize(closures);
        const double ms = cpuMs() - t0;
        customizeMs += ms;
        worst = std::max(worst, ms);
    }
    std::printf("%-44s %10.2f ms   (mean per change; worst %.2f ms)\n",
                qPrintable(QStringLiteral("re-customization after each of %1 closures").arg(closureCount)),
                closureCount ? customizeMs / closureCount : 0.0, worst);
    ok = measure(qPrintable(QStringLiteral("2. with %1 random roads closed").arg(closures.closedRoads().size()))) && ok;
    // reopen them all at once, then close them all at once
    closures.clear();
    double t0 = cpuMs();
    router.customize(closures);
    std::printf("%-44s %10.2f ms   (%d + %d nodes recomputed, basic + perfect)\n", "re-customization reopening all of them",
                cpuMs() - t0, router.lastCustomizedNodes(), router.lastPerfectCustomizedNodes());
    for (qint64 road : closed)
        closures.close(road);
    t0 = cpuMs();
    router.customize(closures);
    std::printf("%-44s %10.2f ms   (%d + %d nodes recomputed, basic + perfect)\n",
                qPrintable(QStringLiteral("re-customization closing %1 roads at once").arg(closed.size())),
                cpuMs() - t0, router.lastCustomizedNodes(), router.lastPerfectCustomizedNodes());
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
