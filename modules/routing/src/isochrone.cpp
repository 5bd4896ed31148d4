// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/isochrone.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <unordered_map>

namespace ct::routing {

Isochrone Isochrone::compute(const RoadGraph &graph, const Closures &closures, int source, double limitSeconds,
                             Direction direction)
{
    Isochrone result;
    result.m_limit = limitSeconds;
    if (source < 0 || source >= graph.nodeCount() || !(limitSeconds >= 0.0))
        return result;
    const bool forward = direction == Direction::Forward;
    // Sparse distances: a small budget touches a small part of a large graph.
    std::unordered_map<int, double> dist;
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    dist[source] = 0.0;
    heap.push({0.0, source});
    const auto inEdges = graph.inEdgesArray();
    const auto firstIn = graph.firstInArray();
    while (!heap.empty()) {
        const auto [d, u] = heap.top();
        heap.pop();
        if (d > dist[u])
            continue;
        result.m_nodes.push_back(u);
        result.m_seconds.push_back(d);
        const int begin = forward ? graph.firstOut(u) : firstIn[std::size_t(u)];
        const int end = forward ? graph.firstOut(u + 1) : firstIn[std::size_t(u) + 1];
        for (int i = begin; i < end; ++i) {
            const int e = forward ? i : inEdges[std::size_t(i)];
            if (closures.isEdgeClosed(e))
                continue;
            const double nd = d + graph.edgeSeconds(e);
            if (nd > limitSeconds)
                continue;
            const int v = forward ? graph.edgeHead(e) : graph.edgeTail(e);
            const auto it = dist.find(v);
            if (it == dist.end() || nd < it->second) {
                dist[v] = nd;
                heap.push({nd, v});
            }
        }
    }
    result.m_sortedNodes = result.m_nodes;
    std::sort(result.m_sortedNodes.begin(), result.m_sortedNodes.end());
    return result;
}

bool Isochrone::contains(int node) const
{
    return std::binary_search(m_sortedNodes.begin(), m_sortedNodes.end(), node);
}

std::vector<int> Isochrone::reachedEdges(const RoadGraph &graph, const Closures &closures) const
{
    std::vector<int> edges;
    for (int u : m_sortedNodes)
        for (int e = graph.firstOut(u); e < graph.firstOut(u + 1); ++e)
            if (!closures.isEdgeClosed(e) && contains(graph.edgeHead(e)))
                edges.push_back(e);
    return edges;
}

std::vector<geo::Point> Isochrone::convexOutline(const RoadGraph &graph) const
{
    // Andrew's monotone chain.
    std::vector<geo::Point> points;
    points.reserve(m_nodes.size());
    for (int v : m_nodes)
        points.push_back(graph.position(v));
    std::sort(points.begin(), points.end(), [](const geo::Point &a, const geo::Point &b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return points;
    auto cross = [](const geo::Point &o, const geo::Point &a, const geo::Point &b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<geo::Point> hull(points.size() * 2);
    std::size_t k = 0;
    for (const auto &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

} // namespace ct::routing
