// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/patrolplanner.h"

#include "ct/routing/dijkstra.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::safety {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Travel time of a closed tour over matrix indices (0 = the box).
double tourTime(const std::vector<int> &tour, const std::vector<std::vector<double>> &t)
{
    double sum = 0;
    for (std::size_t i = 0; i + 1 < tour.size(); ++i)
        sum += t[std::size_t(tour[i])][std::size_t(tour[i + 1])];
    return sum;
}

} // namespace

PatrolRoute PatrolPlanner::plan(const routing::RoadGraph &graph, geo::Point policeBox, const std::vector<Hotspot> &hotspots,
                                const Options &options)
{
    PatrolRoute route;
    if (graph.nodeCount() == 0)
        return route;
    route.startNode = graph.nearestNode(policeBox);
    route.stopNodes = {route.startNode, route.startNode};

    // Candidates: the top hotspots, each at its road node; several on one node count once.
    std::vector<int> nodes{route.startNode};
    std::vector<double> value{0.0};
    std::vector<int> ranks{0};
    std::vector<const Hotspot *> ordered;
    for (const Hotspot &h : hotspots)
        ordered.push_back(&h);
    std::sort(ordered.begin(), ordered.end(), [](const Hotspot *a, const Hotspot *b) { return a->rank < b->rank; });
    for (const Hotspot *h : ordered) {
        if (int(nodes.size()) - 1 >= options.candidates)
            break;
        const int node = graph.nearestNode(h->peak);
        if (std::find(nodes.begin(), nodes.end(), node) != nodes.end())
            continue;
        nodes.push_back(node);
        value.push_back(h->expectedAlerts > 0 ? h->expectedAlerts : h->peakDensity);
        ranks.push_back(h->rank);
    }
    const std::size_t n = nodes.size();
    std::vector<std::vector<double>> t(n, std::vector<double>(n, kInfinity));
    routing::Dijkstra dijkstra(graph);
    for (std::size_t i = 0; i < n; ++i) {
        const routing::ShortestPathTree tree = dijkstra.oneToAll(nodes[i]);
        for (std::size_t j = 0; j < n; ++j)
            t[i][j] = tree.isReached(nodes[j]) ? tree.seconds[std::size_t(nodes[j])] : kInfinity;
    }

    std::vector<int> tour{0, 0};
    std::vector<bool> used(n, false);
    used[0] = true;
    auto fits = [&](const std::vector<int> &candidate) {
        return tourTime(candidate, t) + options.dwellSeconds * double(candidate.size() - 2) <= options.budgetSeconds + 1e-9;
    };
    auto insertBest = [&]() {
        bool inserted = false;
        while (true) {
            int bestStop = -1;
            std::size_t bestPosition = 0;
            double bestRatio = -1;
            for (std::size_t k = 1; k < n; ++k) {
                if (used[k])
                    continue;
                for (std::size_t pos = 1; pos < tour.size(); ++pos) {
                    const double added = t[std::size_t(tour[pos - 1])][k] + t[k][std::size_t(tour[pos])]
                                       - t[std::size_t(tour[pos - 1])][std::size_t(tour[pos])];
                    if (!std::isfinite(added))
                        continue;
                    std::vector<int> candidate = tour;
                    candidate.insert(candidate.begin() + std::ptrdiff_t(pos), int(k));
                    if (!fits(candidate))
                        continue;
                    const double ratio = value[k] / (std::max(added, 0.0) + options.dwellSeconds + 1.0);
                    if (ratio > bestRatio) {
                        bestRatio = ratio;
                        bestStop = int(k);
                        bestPosition = pos;
                    }
                }
            }
            if (bestStop < 0)
                return inserted;
            tour.insert(tour.begin() + std::ptrdiff_t(bestPosition), bestStop);
            used[std::size_t(bestStop)] = true;
            inserted = true;
        }
    };
    auto twoOpt = [&]() {
        bool improved = true;
        while (improved) {
            improved = false;
            for (std::size_t i = 1; i + 1 < tour.size(); ++i)
                for (std::size_t j = i + 1; j + 1 < tour.size(); ++j) {
                    std::vector<int> candidate = tour;
                    std::reverse(candidate.begin() + std::ptrdiff_t(i), candidate.begin() + std::ptrdiff_t(j) + 1);
                    if (tourTime(candidate, t) + 1e-9 < tourTime(tour, t)) {
                        tour = std::move(candidate);
                        improved = true;
                    }
                }
        }
    };
    do {
        twoOpt();
    } while (insertBest());

    // The loop itself: the shortest paths between consecutive stops.
    route.stopNodes.clear();
    for (int k : tour) {
        route.stopNodes.push_back(nodes[std::size_t(k)]);
        if (k != 0)
            route.hotspotRanks.push_back(ranks[std::size_t(k)]);
    }
    route.dwellSeconds = options.dwellSeconds * double(route.hotspotRanks.size());
    for (std::size_t i = 0; i + 1 < route.stopNodes.size(); ++i) {
        const routing::Route leg = dijkstra.route(route.stopNodes[i], route.stopNodes[i + 1]);
        route.edges.insert(route.edges.end(), leg.edges.begin(), leg.edges.end());
        route.travelSeconds += leg.seconds;
        route.metres += leg.metres;
    }
    route.polyline.push_back(graph.position(route.startNode));
    for (int e : route.edges) {
        const std::vector<geo::Point> shape = graph.edgeGeometry(e);
        route.polyline.insert(route.polyline.end(), shape.begin() + 1, shape.end());
    }
    return route;
}

} // namespace ct::safety
