// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// On-demand dispatch on a generated twin: a stream of ride requests inserted into a fleet's
// routes by InsertionDispatcher, beside the exhaustive (brute-force) insertion on the same states.
//   bench_fleet_insertion [--scale S] [--seed N] [--vehicles V] [--points M] [--requests R]
//                         [--peer-requests P] [--rate PER_S] [--twin FILE]
// Targets (issue 8): ≥ 2,000 insertions per second and p99 ≤ 5 ms with 500 vehicles at scale 1.
// Travel times: a matrix between M meeting points from the road graph (one Dijkstra per point).
// Latencies are thread CPU time (the machine is shared), per request: search + applying it.

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/exhaustiveinsertion.h"
#include "ct/fleets/insertiondispatcher.h"
#include "ct/fleets/traveltimematrix.h"
#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>

using namespace ct;
using namespace ct::fleets;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(std::ceil(p * double(values.size()))) - 1);
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    citygen::GeneratorOptions options;
    QString twinPath;
    int vehicles = 500, points = 800, requests = 20000, peerRequests = 300;
    double rate = 1.0;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--scale") && hasValue)
            options.scale = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && hasValue)
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--vehicles") && hasValue)
            vehicles = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--points") && hasValue)
            points = std::max(2, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--requests") && hasValue)
            requests = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--peer-requests") && hasValue)
            peerRequests = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--rate") && hasValue)
            rate = std::max(0.001, std::atof(argv[++i]));
        else if (!std::strcmp(argv[i], "--twin") && hasValue)
            twinPath = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(stderr, "usage: bench_fleet_insertion [--scale S] [--seed N] [--vehicles V] [--points M] [--requests R] "
                                 "[--peer-requests P] [--rate PER_S] [--twin FILE]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    if (twinPath.isEmpty()) {
        twinPath = dir.filePath(QStringLiteral("fleet.gpkg"));
        const auto start = std::chrono::steady_clock::now();
        auto report = citygen::CityGenerator::generate(twinPath, options);
        if (!report) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        std::printf("fleet insertion bench: generated twin scale %g seed %llu in %.1f s\n", options.scale,
                    static_cast<unsigned long long>(options.seed),
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    } else {
        std::printf("fleet insertion bench: twin %s\n", qPrintable(twinPath));
    }
    auto twin = store::TwinStore::open(twinPath, store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        std::fprintf(stderr, "%s\n", qPrintable(twin.error().toString()));
        return 1;
    }
    auto graph = routing::RoadGraph::fromTwin(*twin.value(), routing::Mode::Car);
    if (!graph) {
        std::fprintf(stderr, "graph: %s\n", qPrintable(graph.error().toString()));
        return 1;
    }

    // Meeting points: random nodes, keeping those reachable both ways from all the others.
    std::mt19937 rng(unsigned(options.seed) * 7919u + 3u);
    std::uniform_int_distribution<int> anyNode(0, graph->nodeCount() - 1);
    std::vector<int> nodes;
    for (int i = 0; i < std::min(points, graph->nodeCount()); ++i)
        nodes.push_back(anyNode(rng));
    routing::Closures closures(*graph);
    double t0 = cpuMs();
    TravelTimeMatrix matrix = TravelTimeMatrix::fromRoadGraph(*graph, closures, nodes);
    const double matrixMs = cpuMs() - t0;
    {
        std::vector<int> kept;
        for (int i = 0; i < matrix.size(); ++i) {
            int reachable = 0;
            for (int j = 0; j < matrix.size(); ++j)
                reachable += std::isfinite(matrix.seconds(i, j)) && std::isfinite(matrix.seconds(j, i)) ? 1 : 0;
            if (reachable * 10 >= matrix.size() * 9)
                kept.push_back(nodes[std::size_t(i)]);
        }
        if (kept.size() < nodes.size()) {
            nodes = kept;
            matrix = TravelTimeMatrix::fromRoadGraph(*graph, closures, nodes);
        }
    }
    const int m = matrix.size();
    std::printf("%-46s %10.1f ms   (%d nodes in the car graph; %d meeting points, %d kept as mutually reachable)\n",
                "travel-time matrix (Dijkstra per point)", matrixMs, graph->nodeCount(), points, m);
    if (m < 2) {
        std::fprintf(stderr, "too few meeting points\n");
        return 1;
    }

    InsertionDispatcher dispatcher(matrix, 30.0);
    std::uniform_int_distribution<int> anyPoint(0, m - 1);
    for (int v = 0; v < vehicles; ++v) {
        DispatchVehicle vehicle;
        vehicle.id = QStringLiteral("v%1").arg(v);
        vehicle.capacity = 8;
        vehicle.wheelchairPlaces = v % 4 == 0 ? 1 : 0;
        vehicle.location = anyPoint(rng);
        dispatcher.addVehicle(vehicle);
    }

    std::vector<double> ours, peer;
    int accepted = 0, mismatches = 0, compared = 0;
    double now = 0.0, totalOurs = 0.0, totalPeer = 0.0;
    std::size_t stopSum = 0;
    for (int id = 1; id <= requests; ++id) {
        now += 1.0 / rate;
        dispatcher.advanceTo(now);
        DispatchRequest r;
        r.id = id;
        r.pickup = anyPoint(rng);
        do
            r.dropoff = anyPoint(rng);
        while (r.dropoff == r.pickup);
        r.earliestPickup = now + std::uniform_real_distribution<double>(0, 1200)(rng);
        r.latestArrival = r.earliestPickup + 1.5 * matrix.seconds(r.pickup, r.dropoff) + 600.0;
        r.passengers = std::uniform_int_distribution<int>(1, 3)(rng);
        r.wheelchair = std::uniform_int_distribution<int>(0, 19)(rng) == 0;

        std::optional<Insertion> exhaustive;
        // The peer on every stride-th request, so it sees the same route lengths as ours.
        const bool withPeer = peerRequests > 0 && id % std::max(1, requests / peerRequests) == 0;
        if (withPeer) {
            t0 = cpuMs();
            exhaustive = ExhaustiveInsertion::best(dispatcher.vehicles(), r, matrix, dispatcher.serviceSeconds());
            const double ms = cpuMs() - t0;
            peer.push_back(ms);
            totalPeer += ms;
        }
        t0 = cpuMs();
        const auto inserted = dispatcher.assign(r);
        const double ms = cpuMs() - t0;
        ours.push_back(ms);
        totalOurs += ms;
        accepted += inserted ? 1 : 0;
        if (withPeer) {
            ++compared;
            if (bool(inserted) != bool(exhaustive) || (inserted && std::abs(inserted->addedSeconds - exhaustive->addedSeconds) > 1e-3))
                ++mismatches;
        }
        for (const auto &vehicle : dispatcher.vehicles())
            stopSum += vehicle.stops.size();
    }
    const double perVehicleStops = double(stopSum) / double(requests) / double(vehicles);
    std::printf("%-46s %d requests at %.2f per simulated second, %d vehicles, 30 s dwell\n", "stream", requests, rate, vehicles);
    std::printf("%-46s %.1f %%   (mean %.2f pending stops per vehicle)\n", "accepted", 100.0 * accepted / requests, perVehicleStops);
    std::printf("\n  %-40s %14s %14s\n", "per request (CPU time)", "insertion", "exhaustive");
    std::printf("  %-40s %14.0f %14.0f   (target >= 2000/s)\n", "insertions per second",
                totalOurs > 0 ? 1000.0 * double(ours.size()) / totalOurs : 0.0,
                totalPeer > 0 ? 1000.0 * double(peer.size()) / totalPeer : 0.0);
    std::printf("  %-40s %11.3f ms %11.3f ms\n", "p50 latency", percentile(ours, 0.50), percentile(peer, 0.50));
    std::printf("  %-40s %11.3f ms %11.3f ms   (target <= 5 ms)\n", "p99 latency", percentile(ours, 0.99), percentile(peer, 0.99));
    std::printf("  %-40s %11.3f ms %11.3f ms\n", "max latency", percentile(ours, 1.0), percentile(peer, 1.0));
    std::printf("  %-40s %d of %d (exhaustive on every %d-th request)\n", "answers differing from exhaustive", mismatches,
                compared, std::max(1, requests / std::max(1, peerRequests)));
    return mismatches == 0 ? 0 : 1;
}
