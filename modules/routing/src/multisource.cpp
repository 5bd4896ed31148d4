// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/multisource.h"

#include <algorithm>
#include <limits>

namespace ct::routing {

namespace {

//! A 4-ary min-heap on (seconds, node) with decrease-key through a position array: the catchment
//! search settles every node of the graph, and this keeps it well inside its 10 ms budget.
class QuaternaryHeap
{
public:
    explicit QuaternaryHeap(int n) : m_position(std::size_t(n), -1) {}

    bool empty() const { return m_items.empty(); }
    std::pair<double, int> popMin()
    {
        const auto top = m_items.front();
        m_position[std::size_t(top.second)] = -1;
        const auto last = m_items.back();
        m_items.pop_back();
        if (!m_items.empty())
            siftDown(0, last);
        return top;
    }
    //! Inserts `node` or lowers its key.
    void push(int node, double key)
    {
        int i = m_position[std::size_t(node)];
        if (i < 0) {
            i = int(m_items.size());
            m_items.emplace_back(key, node);
        }
        siftUp(i, {key, node});
    }

private:
    void siftUp(int i, std::pair<double, int> item)
    {
        while (i > 0) {
            const int parent = (i - 1) / 4;
            if (!(item.first < m_items[std::size_t(parent)].first))
                break;
            place(i, m_items[std::size_t(parent)]);
            i = parent;
        }
        place(i, item);
    }
    void siftDown(int i, std::pair<double, int> item)
    {
        const int n = int(m_items.size());
        for (;;) {
            const int first = 4 * i + 1;
            if (first >= n)
                break;
            int best = first;
            for (int c = first + 1; c < std::min(first + 4, n); ++c)
                if (m_items[std::size_t(c)].first < m_items[std::size_t(best)].first)
                    best = c;
            if (!(m_items[std::size_t(best)].first < item.first))
                break;
            place(i, m_items[std::size_t(best)]);
            i = best;
        }
        place(i, item);
    }
    void place(int i, std::pair<double, int> item)
    {
        m_items[std::size_t(i)] = item;
        m_position[std::size_t(item.second)] = i;
    }

    std::vector<std::pair<double, int>> m_items;
    std::vector<int> m_position;
};

} // namespace

ShortestPathTree multiSource(const RoadGraph &graph, const Closures &closures, const std::vector<int> &sourceNodes,
                             Direction direction)
{
    constexpr double kInf = std::numeric_limits<double>::infinity();
    ShortestPathTree tree;
    tree.direction = direction;
    const int n = graph.nodeCount();
    tree.seconds.assign(std::size_t(n), kInf);
    tree.source.assign(std::size_t(n), -1);
    tree.nextEdge.assign(std::size_t(n), -1);
    QuaternaryHeap heap(n);
    for (int i = 0; i < int(sourceNodes.size()); ++i) {
        const int s = sourceNodes[std::size_t(i)];
        if (s < 0 || s >= n || tree.source[std::size_t(s)] >= 0)
            continue;
        tree.seconds[std::size_t(s)] = 0.0;
        tree.source[std::size_t(s)] = i;
        heap.push(s, 0.0);
    }
    const bool forward = direction == Direction::Forward;
    const auto firstOut = graph.firstOutArray();
    const auto firstIn = graph.firstInArray();
    const auto inEdges = graph.inEdgesArray();
    const auto heads = graph.heads();
    const auto tails = graph.tails();
    const auto seconds = graph.edgeSecondsArray();
    std::vector<char> settled(std::size_t(n), 0);
    while (!heap.empty()) {
        const auto [d, u] = heap.popMin();
        settled[std::size_t(u)] = 1;
        const int src = tree.source[std::size_t(u)];
        const int begin = forward ? firstOut[std::size_t(u)] : firstIn[std::size_t(u)];
        const int end = forward ? firstOut[std::size_t(u) + 1] : firstIn[std::size_t(u) + 1];
        for (int i = begin; i < end; ++i) {
            const int e = forward ? i : inEdges[std::size_t(i)];
            if (closures.isEdgeClosed(e))
                continue;
            const int v = forward ? heads[std::size_t(e)] : tails[std::size_t(e)];
            if (settled[std::size_t(v)])
                continue;
            const double nd = d + seconds[std::size_t(e)];
            double &dv = tree.seconds[std::size_t(v)];
            // Equal times keep the source listed first (smaller index): deterministic catchments.
            if (nd < dv || (nd == dv && src < tree.source[std::size_t(v)])) {
                dv = nd;
                tree.source[std::size_t(v)] = src;
                tree.nextEdge[std::size_t(v)] = e;
                heap.push(v, nd);
            }
        }
    }
    return tree;
}

} // namespace ct::routing
