// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/ondemandservice.h"

#include "ct/routing/closures.h"
#include "ct/routing/multisource.h"
#include "ct/routing/roadgraph.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace ct::fleets {

namespace {

std::vector<int> unique(std::vector<int> nodes)
{
    std::vector<int> kept;
    QSet<int> seen;
    for (int n : nodes)
        if (n >= 0 && !seen.contains(n)) {
            seen.insert(n);
            kept.push_back(n);
        }
    return kept;
}

} // namespace

OnDemandService::OnDemandService(const routing::RoadGraph &graph, std::vector<int> stopNodes, ServiceArea area, Options options)
    : m_graph(graph), m_nodes(unique(std::move(stopNodes))), m_area(std::move(area)), m_options(options)
{
    // One Dijkstra per meeting point (TravelTimeMatrix::fromRoadGraph), the rows shared out over
    // the machine's cores: the rows are independent, so the matrix is the same on any core count.
    const int n = int(m_nodes.size());
    const routing::Closures open(graph);
    std::vector<float> seconds(std::size_t(n) * std::size_t(n), std::numeric_limits<float>::infinity());
    auto rows = [&](int first, int step) {
        for (int i = first; i < n; i += step) {
            const auto tree = routing::multiSource(graph, open, {m_nodes[std::size_t(i)]}, routing::Direction::Forward);
            for (int j = 0; j < n; ++j)
                seconds[std::size_t(i) * std::size_t(n) + std::size_t(j)] = float(tree.seconds[std::size_t(m_nodes[std::size_t(j)])]);
        }
    };
    const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, std::max(1, n / 64));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(rows, t, threads);
    rows(0, threads);
    for (std::thread &w : workers)
        w.join();
    m_times = TravelTimeMatrix(n, std::move(seconds));
}

geo::Point OnDemandService::stopPosition(int stop) const
{
    return m_graph.position(m_nodes[std::size_t(stop)]);
}

int OnDemandService::nearestStop(const geo::Point &p) const
{
    int best = -1;
    double bestSquared = m_options.walkLimitMetres * m_options.walkLimitMetres;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const geo::Point s = m_graph.position(m_nodes[std::size_t(i)]);
        const double d = (s.x - p.x) * (s.x - p.x) + (s.y - p.y) * (s.y - p.y);
        if (d <= bestSquared) {
            bestSquared = d;
            best = i;
        }
    }
    return best;
}

OnDemandService::Placement OnDemandService::place(const TripRequest &request) const
{
    Placement p;
    if (!m_area.contains(request.origin) || !m_area.contains(request.destination)) {
        p.reason = QStringLiteral("outside_service_area");
        return p;
    }
    p.pickup = nearestStop(request.origin);
    p.dropoff = nearestStop(request.destination);
    if (p.pickup < 0 || p.dropoff < 0) {
        p.reason = QStringLiteral("no_stop_nearby");
        return p;
    }
    if (p.pickup == p.dropoff) {
        p.reason = QStringLiteral("same_stop");
        return p;
    }
    p.directSeconds = m_times.seconds(p.pickup, p.dropoff);
    if (!std::isfinite(p.directSeconds)) {
        p.reason = QStringLiteral("unreachable");
        return p;
    }
    p.earliestPickup = request.requestedAt;
    // The riders board, ride and alight within the window: a direct ride takes one stop's service
    // plus the drive.
    const double shortest = m_options.serviceSeconds + p.directSeconds;
    p.latestArrival = request.arriveBy >= 0.0
                          ? request.arriveBy
                          : p.earliestPickup + m_options.maxWaitSeconds + shortest + (m_options.detourFactor - 1.0) * p.directSeconds;
    if (p.latestArrival < p.earliestPickup + shortest)
        p.reason = QStringLiteral("impossible_window");
    return p;
}

std::vector<int> OnDemandService::gridStops(const routing::RoadGraph &graph, const ServiceArea &area, double spacing)
{
    std::vector<int> nodes;
    if (graph.nodeCount() == 0 || spacing <= 0.0)
        return nodes;
    // The largest strongly connected part: nodes reached forward and backward from a central node.
    double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
    for (int v = 0; v < graph.nodeCount(); ++v) {
        const geo::Point p = graph.position(v);
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x), minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
    }
    const routing::Closures open(graph);
    const int centre = graph.nearestNode({(minX + maxX) / 2.0, (minY + maxY) / 2.0});
    const auto forward = routing::multiSource(graph, open, {centre}, routing::Direction::Forward);
    const auto backward = routing::multiSource(graph, open, {centre}, routing::Direction::Backward);
    QSet<int> seen;
    for (double y = minY + spacing / 2.0; y < maxY; y += spacing)
        for (double x = minX + spacing / 2.0; x < maxX; x += spacing) {
            const geo::Point g{x, y};
            if (!area.contains(g))
                continue;
            const int n = graph.nearestNode(g);
            if (n < 0 || seen.contains(n) || !forward.isReached(n) || !backward.isReached(n))
                continue;
            const geo::Point p = graph.position(n);
            if (std::hypot(p.x - x, p.y - y) > spacing / 2.0)
                continue;
            seen.insert(n);
            nodes.push_back(n);
        }
    return nodes;
}

} // namespace ct::fleets
