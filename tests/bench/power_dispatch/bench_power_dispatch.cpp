// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Power dispatch on a generated city in an outage: our optimiser (lazy greedy + local search,
// PowerDispatchOptimizer) beside the greedy baseline (neediest shelter to the first free bus,
// GreedyBaseline), both scored by the same PlanEvaluator: time and covered person-hours side by
// side. The travel matrix (Dijkstra over the twin's roads) is built once and timed apart.
//   bench_power_dispatch [--scale S] [--buses B] [--shelters N] [--horizon H] [--repeat R] [--seed N]
// Target (issue 5): 20 buses × 125 shelters × 72 h planned in ≤ 200 ms (scale 1).

#include "../../plugins/hydrogen/outagefixture.h"

#include "ct/hydrogen/greedybaseline.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"
#include "ct/hydrogen/twindispatchproblem.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

using namespace ct::hydrogen;

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

//! CPU time of this thread (ms): the machine may be shared; a lost time slice is no property of
//! either algorithm. Wall time is printed too.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    testing::OutageOptions options;
    options.scale = 1.0;
    options.buses = 20;
    options.shelters = 125;
    options.allInService = true;   // all 20 buses dispatchable
    double horizon = 72.0;
    int repeat = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *key = argv[i];
        const char *value = argv[i + 1];
        if (!std::strcmp(key, "--scale"))
            options.scale = std::atof(value);
        else if (!std::strcmp(key, "--buses"))
            options.buses = std::atoi(value);
        else if (!std::strcmp(key, "--shelters"))
            options.shelters = std::atoi(value);
        else if (!std::strcmp(key, "--horizon"))
            horizon = std::atof(value);
        else if (!std::strcmp(key, "--repeat"))
            repeat = std::max(1, std::atoi(value));
        else if (!std::strcmp(key, "--seed"))
            options.seed = std::strtoull(value, nullptr, 10);
        else {
            std::fprintf(stderr, "unknown option %s\n", key);
            return 2;
        }
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outage.gpkg"));
    auto start = std::chrono::steady_clock::now();
    const QString error = testing::outageTwin(path, QStringLiteral(CITYTWIN_PLUGIN_DIR), options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "twin: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generated city (scale %.3g) in an outage: %.0f ms\n", options.scale, msSince(start));
    auto twin = ct::store::TwinStore::open(path, ct::store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        std::fprintf(stderr, "%s\n", qPrintable(twin.error().toString()));
        return 1;
    }
    DispatchOptions dispatch;
    dispatch.horizonHours = horizon;
    start = std::chrono::steady_clock::now();
    const double loadCpu = cpuMs();
    auto loaded = TwinDispatchProblem::load(*twin.value(), dispatch);
    if (!loaded) {
        std::fprintf(stderr, "problem: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const DispatchProblem &problem = loaded.value()->problem();
    const auto &summary = loaded.value()->summary();
    std::printf("problem read + travel matrix (%d sites, Dijkstra per site): %.0f ms wall, %.0f ms cpu\n", problem.siteCount(),
                msSince(start), cpuMs() - loadCpu);
    std::printf("%d buses (%d available), %d shelters without power (%d needy), %d station(s), horizon %.0f h\n\n",
                summary.buses, summary.availableBuses, summary.sheltersWithoutPower, summary.needyShelters, summary.stations, horizon);

    std::vector<double> oursWall, oursCpu, baseWall, baseCpu;
    double ours = 0.0, base = 0.0;
    PowerDispatchOptimizer::Statistics statistics;
    double averageStops = 0.0;
    for (int r = 0; r < repeat; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        double c0 = cpuMs();
        PowerDispatchOptimizer optimizer(problem);
        auto plan = optimizer.optimise();
        oursCpu.push_back(cpuMs() - c0);
        oursWall.push_back(msSince(t0));
        if (!plan || !plan->feasible) {
            std::fprintf(stderr, "optimiser failed: %s\n", plan ? "infeasible plan" : qPrintable(plan.error().toString()));
            return 1;
        }
        ours = plan->coveredPersonHours;
        statistics = optimizer.statistics();
        averageStops = statistics.averageStops;

        t0 = std::chrono::steady_clock::now();
        c0 = cpuMs();
        const DispatchPlan baseline = GreedyBaseline(problem).plan();
        baseCpu.push_back(cpuMs() - c0);
        baseWall.push_back(msSince(t0));
        base = baseline.coveredPersonHours;
    }
    std::printf("%-34s %14s %14s %22s\n", "", "time (cpu) ms", "time (wall) ms", "covered person-hours");
    std::printf("%-34s %14.1f %14.1f %22.1f\n", "ours: lazy greedy + local search", median(oursCpu), median(oursWall), ours);
    std::printf("%-34s %14.2f %14.2f %22.1f\n", "peer: greedy baseline", median(baseCpu), median(baseWall), base);
    std::printf("\nobjective ours / baseline: %.3f   (construction %.1f, first descent %.1f, %d improving moves, %d/%d kicks kept,\n"
                "  %lld schedules decoded, budget %s, %.1f stops per bus)\n",
                base > 0 ? ours / base : 0.0, statistics.constructionObjective, statistics.descentObjective, statistics.improvingMoves,
                statistics.keptRounds, statistics.rounds, statistics.evaluations, statistics.budgetExhausted ? "spent" : "not spent",
                averageStops);
    const bool full = options.buses >= 20 && problem.shelters.size() >= 125 && horizon >= 72.0;
    // Judged on CPU time, like bench_routing: on a shared machine the wall time also counts the
    // other processes' time slices. Both are printed.
    std::printf("target ≤ 200 ms for 20 buses × 125 shelters × 72 h: %s (median cpu %.1f ms, wall %.1f ms over %d runs)\n",
                full ? (median(oursCpu) <= 200.0 ? "met" : "MISSED") : "not this size", median(oursCpu), median(oursWall), repeat);
    if (ours + 1e-9 < base) {
        std::fprintf(stderr, "the optimiser is worse than the baseline\n");
        return 1;
    }
    return 0;
}
