// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/dijkstra.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

namespace ct::routing {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
using Entry = std::pair<double, int>; // (seconds, node)
using MinHeap = std::priority_queue<Entry, std::vector<Entry>, std::greater<>>;
} // namespace

Dijkstra::Dijkstra(const RoadGraph &graph)
    : m_graph(&graph),
      m_dist(std::size_t(graph.nodeCount()), kInf),
      m_parentEdge(std::size_t(graph.nodeCount()), -1)
{
}

bool Dijkstra::search(int from, int to, const Closures &closures)
{
    m_settled = 0;
    const int n = m_graph->nodeCount();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return false;
    for (int v : m_touched) {
        m_dist[std::size_t(v)] = kInf;
        m_parentEdge[std::size_t(v)] = -1;
    }
    m_touched.clear();
    const auto firstOut = m_graph->firstOutArray();
    const auto heads = m_graph->heads();
    const auto seconds = m_graph->edgeSecondsArray();
    // a binary heap with lazy deletion in storage kept between queries
    std::vector<Entry> &heap = m_heap;
    heap.clear();
    m_dist[std::size_t(from)] = 0.0;
    m_touched.push_back(from);
    heap.push_back({0.0, from});
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const auto [d, u] = heap.back();
        heap.pop_back();
        if (d > m_dist[std::size_t(u)])
            continue;
        ++m_settled;
        if (u == to)
            break;
        for (int e = firstOut[std::size_t(u)]; e < firstOut[std::size_t(u) + 1]; ++e) {
            if (closures.isEdgeClosed(e))
                continue;
            const int v = heads[std::size_t(e)];
            const double nd = d + seconds[std::size_t(e)];
            if (nd < m_dist[std::size_t(v)]) {
                if (m_dist[std::size_t(v)] == kInf)
                    m_touched.push_back(v);
                m_dist[std::size_t(v)] = nd;
                m_parentEdge[std::size_t(v)] = e;
                heap.push_back({nd, v});
                std::push_heap(heap.begin(), heap.end(), std::greater<>());
            }
        }
    }
    return m_dist[std::size_t(to)] < kInf;
}

Route Dijkstra::route(int from, int to, const Closures &closures)
{
    Route result;
    result.seconds = kInf;
    if (!search(from, to, closures))
        return result;
    result.reachable = true;
    for (int v = to; v != from;) {
        const int e = m_parentEdge[std::size_t(v)];
        result.edges.push_back(e);
        v = m_graph->edgeTail(e);
    }
    std::reverse(result.edges.begin(), result.edges.end());
    result.seconds = 0.0;
    for (int e : result.edges) {
        result.seconds += m_graph->edgeSeconds(e);
        result.metres += m_graph->edgeLength(e);
    }
    return result;
}

double Dijkstra::seconds(int from, int to, const Closures &closures)
{
    return search(from, to, closures) ? m_dist[std::size_t(to)] : kInf;
}

ShortestPathTree Dijkstra::oneToAll(int source, const Closures &closures, Direction direction)
{
    m_settled = 0;
    ShortestPathTree tree;
    tree.direction = direction;
    const int n = m_graph->nodeCount();
    tree.seconds.assign(std::size_t(n), kInf);
    tree.source.assign(std::size_t(n), -1);
    tree.nextEdge.assign(std::size_t(n), -1);
    if (source < 0 || source >= n)
        return tree;
    const bool forward = direction == Direction::Forward;
    const auto firstOut = m_graph->firstOutArray();
    const auto firstIn = m_graph->firstInArray();
    const auto inEdges = m_graph->inEdgesArray();
    const auto heads = m_graph->heads();
    const auto tails = m_graph->tails();
    const auto seconds = m_graph->edgeSecondsArray();
    MinHeap heap;
    tree.seconds[std::size_t(source)] = 0.0;
    tree.source[std::size_t(source)] = 0;
    heap.push({0.0, source});
    while (!heap.empty()) {
        const auto [d, u] = heap.top();
        heap.pop();
        if (d > tree.seconds[std::size_t(u)])
            continue;
        ++m_settled;
        const int begin = forward ? firstOut[std::size_t(u)] : firstIn[std::size_t(u)];
        const int end = forward ? firstOut[std::size_t(u) + 1] : firstIn[std::size_t(u) + 1];
        for (int i = begin; i < end; ++i) {
            const int e = forward ? i : inEdges[std::size_t(i)];
            if (closures.isEdgeClosed(e))
                continue;
            const int v = forward ? heads[std::size_t(e)] : tails[std::size_t(e)];
            const double nd = d + seconds[std::size_t(e)];
            if (nd < tree.seconds[std::size_t(v)]) {
                tree.seconds[std::size_t(v)] = nd;
                tree.source[std::size_t(v)] = 0;
                tree.nextEdge[std::size_t(v)] = e;
                heap.push({nd, v});
            }
        }
    }
    return tree;
}

} // namespace ct::routing
