// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "cchtopology.h"

#include "ct/routing/roadgraph.h"
#include "nesteddissection.h"

#include <algorithm>

namespace ct::routing::detail {

int CchTopology::findArc(int lower, int upper) const
{
    const auto begin = upHead.begin() + upFirst[std::size_t(lower)];
    const auto end = upHead.begin() + upFirst[std::size_t(lower) + 1];
    const auto it = std::lower_bound(begin, end, upper);
    return it != end && *it == upper ? int(it - upHead.begin()) : -1;
}

CchTopology CchTopology::build(const RoadGraph &graph)
{
    CchTopology t;
    const int n = graph.nodeCount();
    const int m = graph.edgeCount();
    // undirected simple graph
    std::vector<std::vector<int>> neighbours(static_cast<std::size_t>(n));
    for (int e = 0; e < m; ++e) {
        const int a = graph.edgeTail(e), b = graph.edgeHead(e);
        if (a == b)
            continue;
        neighbours[std::size_t(a)].push_back(b);
        neighbours[std::size_t(b)].push_back(a);
    }
    std::vector<int> first(std::size_t(n) + 1, 0), adjacency;
    std::vector<geo::Point> positions(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) {
        auto &list = neighbours[std::size_t(v)];
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        adjacency.insert(adjacency.end(), list.begin(), list.end());
        first[std::size_t(v) + 1] = int(adjacency.size());
        positions[std::size_t(v)] = graph.position(v);
    }
    t.rank = nestedDissectionOrder(positions, first, adjacency);

    // Contraction of the order (symbolic): the upper neighbours of r, minus its parent p (the
    // lowest of them), become upper neighbours of p. This yields the chordal completion.
    std::vector<std::vector<int>> up(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        for (int k = first[std::size_t(v)]; k < first[std::size_t(v) + 1]; ++k) {
            const int rv = t.rank[std::size_t(v)], rw = t.rank[std::size_t(adjacency[std::size_t(k)])];
            if (rv < rw)
                up[std::size_t(rv)].push_back(rw);
        }
    t.parent.assign(std::size_t(n), -1);
    t.upFirst.assign(std::size_t(n) + 1, 0);
    for (int r = 0; r < n; ++r) {
        auto &list = up[std::size_t(r)];
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        if (!list.empty()) {
            const int p = list.front();
            t.parent[std::size_t(r)] = p;
            auto &parentList = up[std::size_t(p)];
            parentList.insert(parentList.end(), list.begin() + 1, list.end());
        }
        t.upFirst[std::size_t(r) + 1] = t.upFirst[std::size_t(r)] + int(list.size());
    }
    t.upHead.reserve(std::size_t(t.upFirst.back()));
    t.arcTail.reserve(std::size_t(t.upFirst.back()));
    for (int r = 0; r < n; ++r) {
        t.upHead.insert(t.upHead.end(), up[std::size_t(r)].begin(), up[std::size_t(r)].end());
        t.arcTail.insert(t.arcTail.end(), up[std::size_t(r)].size(), r);
        std::vector<int>().swap(up[std::size_t(r)]);
    }
    const int arcs = int(t.upHead.size());
    // downward lists, sorted by tail because arcs are numbered by tail
    t.downFirst.assign(std::size_t(n) + 1, 0);
    for (int k = 0; k < arcs; ++k)
        ++t.downFirst[std::size_t(t.upHead[std::size_t(k)]) + 1];
    for (int r = 0; r < n; ++r)
        t.downFirst[std::size_t(r) + 1] += t.downFirst[std::size_t(r)];
    t.downTail.resize(std::size_t(arcs));
    t.downArc.resize(std::size_t(arcs));
    {
        std::vector<int> slot(t.downFirst.begin(), t.downFirst.end() - 1);
        for (int k = 0; k < arcs; ++k) {
            const int at = slot[std::size_t(t.upHead[std::size_t(k)])]++;
            t.downTail[std::size_t(at)] = t.arcTail[std::size_t(k)];
            t.downArc[std::size_t(at)] = k;
        }
    }
    // original edges behind each arc
    t.arcOfEdge.assign(std::size_t(m), -1);
    t.inputFirst.assign(std::size_t(arcs) + 1, 0);
    for (int e = 0; e < m; ++e) {
        const int a = t.rank[std::size_t(graph.edgeTail(e))], b = t.rank[std::size_t(graph.edgeHead(e))];
        if (a == b)
            continue;
        const int k = t.findArc(std::min(a, b), std::max(a, b));
        t.arcOfEdge[std::size_t(e)] = k;
        ++t.inputFirst[std::size_t(k) + 1];
    }
    for (int k = 0; k < arcs; ++k)
        t.inputFirst[std::size_t(k) + 1] += t.inputFirst[std::size_t(k)];
    t.inputEdges.resize(std::size_t(t.inputFirst.back()));
    {
        std::vector<int> slot(t.inputFirst.begin(), t.inputFirst.end() - 1);
        for (int e = 0; e < m; ++e)
            if (t.arcOfEdge[std::size_t(e)] >= 0)
                t.inputEdges[std::size_t(slot[std::size_t(t.arcOfEdge[std::size_t(e)])]++)] = e;
    }
    // elimination tree height
    std::vector<int> depth(std::size_t(n), 1);
    for (int r = n - 1; r >= 0; --r) {
        const int p = t.parent[std::size_t(r)];
        depth[std::size_t(r)] = p < 0 ? 1 : depth[std::size_t(p)] + 1;
        t.height = std::max(t.height, depth[std::size_t(r)]);
    }
    return t;
}

} // namespace ct::routing::detail
