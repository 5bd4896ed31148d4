// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "cchmetric.h"

#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

namespace ct::routing::detail {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
//! A graph edge in a path item or a split: -(edge + 1), so that every arc item is >= 0.
inline int edgeItem(int edge) { return -(edge + 1); }
inline int upItem(int arc) { return arc << 1 | 1; }
inline int downItem(int arc) { return arc << 1; }
//! Above this share of changed arcs (and this count) a full customization is cheaper than the
//! partial one: measured on the scale-1 demo city, where they cross at about 0.3 % of the arcs
//! (≈ 400 roads closed at once; a full one takes about 40 ms).
constexpr double kFullCustomizationShare = 0.003;
constexpr int kPartialCustomizationArcs = 64;
} // namespace

CchMetric::CchMetric(const RoadGraph &graph, const CchTopology &topology)
    : m_graph(&graph), m_topology(&topology)
{
    const auto arcs = std::size_t(topology.arcCount());
    const auto n = std::size_t(topology.nodeCount());
    m_up.assign(arcs, kInf);
    m_down.assign(arcs, kInf);
    m_split.assign(2 * arcs, Split{});
    m_perfectUp.assign(arcs, kInf);
    m_perfectDown.assign(arcs, kInf);
    for (QueryGraph *g : {&m_upward, &m_downward}) {
        g->end.assign(topology.upFirst.begin(), topology.upFirst.end() - 1);
        g->head.assign(arcs, 0);
        g->arc.assign(arcs, 0);
        g->weight.assign(arcs, kInf);
    }
    m_closed.assign(std::size_t(graph.edgeCount()), 0);
    m_pendingArc.assign(arcs, 0);
    m_queuedNode.assign(n, 0);
    customizeBasicFully();
    customizePerfectFully();
}

void CchMetric::apply(const Closures &closures)
{
    const CchTopology &t = *m_topology;
    std::vector<int> changedArcs;
    const int m = m_graph->edgeCount();
    for (int e = 0; e < m; ++e) {
        const std::uint8_t now = closures.isEdgeClosed(e) ? 1 : 0;
        if (now != m_closed[std::size_t(e)]) {
            m_closed[std::size_t(e)] = now;
            if (t.arcOfEdge[std::size_t(e)] >= 0)
                changedArcs.push_back(t.arcOfEdge[std::size_t(e)]);
        }
    }
    if (int(changedArcs.size()) > kPartialCustomizationArcs
        && double(changedArcs.size()) > kFullCustomizationShare * double(t.arcCount())) {
        customizeBasicFully();
        customizePerfectFully();
        return;
    }
    std::vector<int> changedWeights;
    customizeBasicPartially(changedArcs, changedWeights);
    customizePerfectPartially(changedWeights);
}

int CchMetric::queryArcCount() const
{
    int count = 0;
    for (int r = 0; r < m_topology->nodeCount(); ++r)
        count += m_upward.end[std::size_t(r)] + m_downward.end[std::size_t(r)] - 2 * m_topology->upFirst[std::size_t(r)];
    return count;
}

void CchMetric::unpack(std::vector<int> &path, std::vector<int> &work) const
{
    // Breadth-first, one level of the shortcut tree per round over the whole path: unpacking is a
    // chain of cache misses (each shortcut's split leads to the next), and the misses of one round
    // are independent of each other, so the processor overlaps them. Branch-free inside a round
    // (whether an item is an edge is a coin toss): both halves are written, and the end moves on
    // by one or two. Finished edges stay -(edge + 1) until the end.
    const Split *split = m_split.data();
    for (bool expanded = true; expanded;) {
        work.resize(2 * path.size());
        int *out = work.data();
        int grown = 0;
        for (const int item : path) {
            const bool isArc = item >= 0;
            const Split &s = split[isArc ? item : 0];
            const int first = isArc ? s.first : item;
            const int splits = isArc & (first >= 0);
            out[0] = first;
            out[1] = s.second;
            out += 1 + splits;
            grown |= splits;
        }
        work.resize(std::size_t(out - work.data()));
        path.swap(work);
        expanded = grown != 0;
    }
    for (int &item : path)
        item = -item - 1;
}

void CchMetric::computeInput(int k)
{
    const CchTopology &t = *m_topology;
    double up = kInf, down = kInf;
    int upWay = kNoWay, downWay = kNoWay; // as split items
    const int lower = t.arcTail[std::size_t(k)];
    for (int i = t.inputFirst[std::size_t(k)]; i < t.inputFirst[std::size_t(k) + 1]; ++i) {
        const int e = t.inputEdges[std::size_t(i)];
        if (m_closed[std::size_t(e)])
            continue;
        const double w = m_graph->edgeSeconds(e);
        if (t.rank[std::size_t(m_graph->edgeTail(e))] == lower) {
            if (w < up) {
                up = w;
                upWay = edgeItem(e);
            }
        } else if (w < down) {
            down = w;
            downWay = edgeItem(e);
        }
    }
    m_up[std::size_t(k)] = up;
    m_down[std::size_t(k)] = down;
    m_split[std::size_t(upItem(k))] = {upWay, kNoWay};
    m_split[std::size_t(downItem(k))] = {downWay, kNoWay};
}

void CchMetric::pull(int k)
{
    const CchTopology &t = *m_topology;
    computeInput(k);
    const int u = t.arcTail[std::size_t(k)], w = t.upHead[std::size_t(k)];
    int i = t.downFirst[std::size_t(u)], iEnd = t.downFirst[std::size_t(u) + 1];
    int j = t.downFirst[std::size_t(w)], jEnd = t.downFirst[std::size_t(w) + 1];
    double &up = m_up[std::size_t(k)], &down = m_down[std::size_t(k)];
    while (i < iEnd && j < jEnd) {
        const int vi = t.downTail[std::size_t(i)], vj = t.downTail[std::size_t(j)];
        if (vi < vj) {
            ++i;
        } else if (vj < vi) {
            ++j;
        } else {
            const int vu = t.downArc[std::size_t(i)], vw = t.downArc[std::size_t(j)];
            const double viaUp = m_down[std::size_t(vu)] + m_up[std::size_t(vw)];   // u → v → w
            const double viaDown = m_down[std::size_t(vw)] + m_up[std::size_t(vu)]; // w → v → u
            if (viaUp < up) {
                up = viaUp;
                m_split[std::size_t(upItem(k))] = {downItem(vu), upItem(vw)};
            }
            if (viaDown < down) {
                down = viaDown;
                m_split[std::size_t(downItem(k))] = {downItem(vw), upItem(vu)};
            }
            ++i;
            ++j;
        }
    }
}

void CchMetric::customizeBasicFully()
{
    const CchTopology &t = *m_topology;
    const int arcs = t.arcCount(), n = t.nodeCount();
    for (int k = 0; k < arcs; ++k)
        computeInput(k);
    // Bottom-up over lower triangles {v, u, w}, v lowest: every arc below is final when used.
    for (int v = 0; v < n; ++v) {
        const int begin = t.upFirst[std::size_t(v)], end = t.upFirst[std::size_t(v) + 1];
        for (int i = begin; i < end; ++i) {
            const int u = t.upHead[std::size_t(i)];
            const double downVU = m_down[std::size_t(i)], upVU = m_up[std::size_t(i)];
            if (downVU == kInf && upVU == kInf)
                continue;
            int k = t.upFirst[std::size_t(u)];
            for (int j = i + 1; j < end; ++j) {
                const int w = t.upHead[std::size_t(j)];
                while (t.upHead[std::size_t(k)] < w)
                    ++k;
                const double viaUp = downVU + m_up[std::size_t(j)];   // u → v → w
                const double viaDown = m_down[std::size_t(j)] + upVU; // w → v → u
                if (viaUp < m_up[std::size_t(k)]) {
                    m_up[std::size_t(k)] = viaUp;
                    m_split[std::size_t(upItem(k))] = {downItem(i), upItem(j)};
                }
                if (viaDown < m_down[std::size_t(k)]) {
                    m_down[std::size_t(k)] = viaDown;
                    m_split[std::size_t(downItem(k))] = {downItem(j), upItem(i)};
                }
            }
        }
    }
    m_lastBasicNodes = n;
}

void CchMetric::customizeBasicPartially(const std::vector<int> &changedArcs, std::vector<int> &changedWeights)
{
    const CchTopology &t = *m_topology;
    std::priority_queue<int, std::vector<int>, std::greater<>> nodes;
    auto enqueue = [&](int k) {
        if (m_pendingArc[std::size_t(k)])
            return;
        m_pendingArc[std::size_t(k)] = 1;
        const int u = t.arcTail[std::size_t(k)];
        if (!m_queuedNode[std::size_t(u)]) {
            m_queuedNode[std::size_t(u)] = 1;
            nodes.push(u);
        }
    };
    for (int k : changedArcs)
        enqueue(k);
    std::vector<int> group;
    m_lastBasicNodes = 0;
    while (!nodes.empty()) {
        const int u = nodes.top();
        nodes.pop();
        m_queuedNode[std::size_t(u)] = 0;
        ++m_lastBasicNodes;
        const int begin = t.upFirst[std::size_t(u)], end = t.upFirst[std::size_t(u) + 1];
        // Old weights of all u's arcs: the candidates through u's triangles before this change.
        m_oldUp.assign(m_up.begin() + begin, m_up.begin() + end);
        m_oldDown.assign(m_down.begin() + begin, m_down.begin() + end);
        group.clear();
        for (int k = begin; k < end; ++k) {
            if (m_pendingArc[std::size_t(k)]) {
                m_pendingArc[std::size_t(k)] = 0;
                pull(k);
                if (m_up[std::size_t(k)] != m_oldUp[std::size_t(k - begin)]
                    || m_down[std::size_t(k)] != m_oldDown[std::size_t(k - begin)])
                    group.push_back(k);
            }
        }
        changedWeights.insert(changedWeights.end(), group.begin(), group.end());
        // Arc i = (u, w) changed: the arcs between w and every other upper neighbour x of u
        // have the triangle {u, w, x}; recompute those whose value this triangle gave or beats.
        for (int i : group) {
            const int w = t.upHead[std::size_t(i)];
            const double oiUp = m_oldUp[std::size_t(i - begin)], oiDown = m_oldDown[std::size_t(i - begin)];
            const double niUp = m_up[std::size_t(i)], niDown = m_down[std::size_t(i)];
            for (int j = begin; j < end; ++j) {
                if (j == i)
                    continue;
                const int x = t.upHead[std::size_t(j)];
                const double ojUp = m_oldUp[std::size_t(j - begin)], ojDown = m_oldDown[std::size_t(j - begin)];
                const double njUp = m_up[std::size_t(j)], njDown = m_down[std::size_t(j)];
                // w → u → x and x → u → w
                const double oldWX = oiDown + ojUp, newWX = niDown + njUp;
                const double oldXW = ojDown + oiUp, newXW = njDown + niUp;
                const int target = t.findArc(std::min(w, x), std::max(w, x));
                if (target < 0)
                    continue; // cannot happen in a chordal completion
                const double up = m_up[std::size_t(target)], down = m_down[std::size_t(target)];
                const double currentWX = w < x ? up : down;
                const double currentXW = w < x ? down : up;
                const bool affected = (oldWX != newWX && (newWX < currentWX || oldWX == currentWX))
                                   || (oldXW != newXW && (newXW < currentXW || oldXW == currentXW));
                if (affected)
                    enqueue(target);
            }
        }
    }
}

bool CchMetric::recomputePerfect(int x, std::vector<int> *changedArcs)
{
    const CchTopology &t = *m_topology;
    const int begin = t.upFirst[std::size_t(x)], end = t.upFirst[std::size_t(x) + 1];
    if (changedArcs) {
        m_oldUp.assign(m_perfectUp.begin() + begin, m_perfectUp.begin() + end);
        m_oldDown.assign(m_perfectDown.begin() + begin, m_perfectDown.begin() + end);
    }
    std::copy(m_up.begin() + begin, m_up.begin() + end, m_perfectUp.begin() + begin);
    std::copy(m_down.begin() + begin, m_down.begin() + end, m_perfectDown.begin() + begin);
    double *up = m_perfectUp.data(), *down = m_perfectDown.data();
    // Upper neighbours y < z of x and the arc k = (y, z), already perfect: x → y may go on
    // through z and x → z through y, and the same backwards. Every pair once is enough, because
    // the times between x's upper neighbours are already the true ones.
    for (int i = begin; i < end; ++i) {
        const int y = t.upHead[std::size_t(i)];
        int k = t.upFirst[std::size_t(y)];
        for (int j = i + 1; j < end; ++j) {
            const int z = t.upHead[std::size_t(j)];
            while (t.upHead[std::size_t(k)] < z)
                ++k;
            const double yz = up[k], zy = down[k];
            if (up[j] + zy < up[i])
                up[i] = up[j] + zy; // x → z → y
            if (yz + down[j] < down[i])
                down[i] = yz + down[j]; // y → z → x
            if (up[i] + yz < up[j])
                up[j] = up[i] + yz; // x → y → z
            if (zy + down[i] < down[j])
                down[j] = zy + down[i]; // z → y → x
        }
    }
    // A direction stays for the queries when its basic time is finite and already the true one.
    int upEnd = begin, downEnd = begin;
    for (int i = begin; i < end; ++i) {
        const double basicUp = m_up[std::size_t(i)], basicDown = m_down[std::size_t(i)];
        if (basicUp < kInf && !(up[i] < basicUp)) {
            m_upward.head[std::size_t(upEnd)] = t.upHead[std::size_t(i)];
            m_upward.arc[std::size_t(upEnd)] = i;
            m_upward.weight[std::size_t(upEnd)] = basicUp;
            ++upEnd;
        }
        if (basicDown < kInf && !(down[i] < basicDown)) {
            m_downward.head[std::size_t(downEnd)] = t.upHead[std::size_t(i)];
            m_downward.arc[std::size_t(downEnd)] = i;
            m_downward.weight[std::size_t(downEnd)] = basicDown;
            ++downEnd;
        }
    }
    m_upward.end[std::size_t(x)] = upEnd;
    m_downward.end[std::size_t(x)] = downEnd;
    if (!changedArcs)
        return false;
    bool any = false;
    for (int i = begin; i < end; ++i)
        if (up[i] != m_oldUp[std::size_t(i - begin)] || down[i] != m_oldDown[std::size_t(i - begin)]) {
            changedArcs->push_back(i);
            any = true;
        }
    return any;
}

void CchMetric::customizePerfectFully()
{
    for (int x = m_topology->nodeCount() - 1; x >= 0; --x)
        recomputePerfect(x, nullptr);
    m_lastPerfectNodes = m_topology->nodeCount();
}

void CchMetric::customizePerfectPartially(const std::vector<int> &changedWeights)
{
    // A node's perfect times depend on its own basic times and on the perfect times between its
    // upper neighbours: top-down from the nodes whose basic times changed; a changed arc (x, y)
    // reaches the nodes below both x and y.
    const CchTopology &t = *m_topology;
    std::priority_queue<int> nodes; // highest first
    auto enqueue = [&](int x) {
        if (!m_queuedNode[std::size_t(x)]) {
            m_queuedNode[std::size_t(x)] = 1;
            nodes.push(x);
        }
    };
    for (int k : changedWeights)
        enqueue(t.arcTail[std::size_t(k)]);
    std::vector<int> changed;
    m_lastPerfectNodes = 0;
    while (!nodes.empty()) {
        const int x = nodes.top();
        nodes.pop();
        m_queuedNode[std::size_t(x)] = 0;
        ++m_lastPerfectNodes;
        changed.clear();
        if (!recomputePerfect(x, &changed))
            continue;
        for (int k : changed) {
            const int y = t.upHead[std::size_t(k)];
            int i = t.downFirst[std::size_t(x)], iEnd = t.downFirst[std::size_t(x) + 1];
            int j = t.downFirst[std::size_t(y)], jEnd = t.downFirst[std::size_t(y) + 1];
            while (i < iEnd && j < jEnd) {
                const int vi = t.downTail[std::size_t(i)], vj = t.downTail[std::size_t(j)];
                if (vi < vj) {
                    ++i;
                } else if (vj < vi) {
                    ++j;
                } else {
                    enqueue(vi);
                    ++i;
                    ++j;
                }
            }
        }
    }
}

} // namespace ct::routing::detail
