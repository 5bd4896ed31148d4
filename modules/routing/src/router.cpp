// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/router.h"

#include "nesteddissection.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <queue>

namespace ct::routing {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
//! `via` of an arc direction: >= 0 a middle node (rank), -1 nothing (infinite), <= -2 input edge -(via+2).
constexpr int kNoVia = -1;
inline int encodeEdge(int edge) { return -(edge + 2); }
inline int decodeEdge(int via) { return -via - 2; }
//! Above this share of changed arcs a full customization is cheaper than the partial one.
constexpr double kFullCustomizationShare = 0.05;
} // namespace

// Everything lives in rank space: node r is the r-th contracted. Arc k joins arcTail[k] (lower
// rank) to upHead[k] (higher); fwd[k] is the time upwards (tail → head), bwd[k] downwards.
struct Router::State
{
    const RoadGraph *graph = nullptr;
    int n = 0;
    std::vector<int> rank, nodeAt;
    std::vector<int> upFirst, upHead, arcTail;
    std::vector<int> downFirst, downTail, downArc; // per node: arcs arriving from below, by tail rank
    std::vector<int> parent;                      // elimination tree
    std::vector<int> inputFirst, inputEdges;      // original edges behind each arc
    std::vector<int> arcOfEdge;                   // -1 for loops
    std::vector<double> fwd, bwd;
    std::vector<int> fwdVia, bwdVia;
    std::vector<std::uint8_t> closed;             // per original edge, as last customized
    const Closures *lastClosures = nullptr;
    std::uint64_t lastRevision = 0;
    double lastMs = 0.0;
    int lastNodes = 0;
    int height = 0;
    // partial customization
    std::vector<std::uint8_t> pendingArc, queuedNode;
    // queries
    std::vector<double> df, db;
    std::vector<int> predF, predB, chain;

    int findArc(int lower, int upper) const
    {
        const auto begin = upHead.begin() + upFirst[std::size_t(lower)];
        const auto end = upHead.begin() + upFirst[std::size_t(lower) + 1];
        const auto it = std::lower_bound(begin, end, upper);
        return it != end && *it == upper ? int(it - upHead.begin()) : -1;
    }

    void computeInput(int k)
    {
        double f = kInf, b = kInf;
        int fv = kNoVia, bv = kNoVia;
        const int lower = arcTail[std::size_t(k)];
        for (int i = inputFirst[std::size_t(k)]; i < inputFirst[std::size_t(k) + 1]; ++i) {
            const int e = inputEdges[std::size_t(i)];
            if (closed[std::size_t(e)])
                continue;
            const double w = graph->edgeSeconds(e);
            if (rank[std::size_t(graph->edgeTail(e))] == lower) {
                if (w < f) {
                    f = w;
                    fv = encodeEdge(e);
                }
            } else if (w < b) {
                b = w;
                bv = encodeEdge(e);
            }
        }
        fwd[std::size_t(k)] = f;
        bwd[std::size_t(k)] = b;
        fwdVia[std::size_t(k)] = fv;
        bwdVia[std::size_t(k)] = bv;
    }

    //! Recomputes arc k from its input edges and all its lower triangles.
    void pull(int k)
    {
        computeInput(k);
        const int u = arcTail[std::size_t(k)], w = upHead[std::size_t(k)];
        int i = downFirst[std::size_t(u)], iEnd = downFirst[std::size_t(u) + 1];
        int j = downFirst[std::size_t(w)], jEnd = downFirst[std::size_t(w) + 1];
        double &f = fwd[std::size_t(k)], &b = bwd[std::size_t(k)];
        while (i < iEnd && j < jEnd) {
            const int vi = downTail[std::size_t(i)], vj = downTail[std::size_t(j)];
            if (vi < vj) {
                ++i;
            } else if (vj < vi) {
                ++j;
            } else {
                const int avu = downArc[std::size_t(i)], avw = downArc[std::size_t(j)];
                const double viaF = bwd[std::size_t(avu)] + fwd[std::size_t(avw)]; // u → v → w
                const double viaB = bwd[std::size_t(avw)] + fwd[std::size_t(avu)]; // w → v → u
                if (viaF < f) {
                    f = viaF;
                    fwdVia[std::size_t(k)] = vi;
                }
                if (viaB < b) {
                    b = viaB;
                    bwdVia[std::size_t(k)] = vi;
                }
                ++i;
                ++j;
            }
        }
    }

    void customizeFully()
    {
        const int arcs = int(upHead.size());
        for (int k = 0; k < arcs; ++k)
            computeInput(k);
        // Bottom-up over lower triangles {v, u, w}, v lowest: every arc below is final when used.
        for (int v = 0; v < n; ++v) {
            const int begin = upFirst[std::size_t(v)], end = upFirst[std::size_t(v) + 1];
            for (int i = begin; i < end; ++i) {
                const int u = upHead[std::size_t(i)];
                const double downVU = bwd[std::size_t(i)], upVU = fwd[std::size_t(i)];
                if (downVU == kInf && upVU == kInf)
                    continue;
                int k = upFirst[std::size_t(u)];
                for (int j = i + 1; j < end; ++j) {
                    const int w = upHead[std::size_t(j)];
                    while (upHead[std::size_t(k)] < w)
                        ++k;
                    const double viaF = downVU + fwd[std::size_t(j)];
                    const double viaB = bwd[std::size_t(j)] + upVU;
                    if (viaF < fwd[std::size_t(k)]) {
                        fwd[std::size_t(k)] = viaF;
                        fwdVia[std::size_t(k)] = v;
                    }
                    if (viaB < bwd[std::size_t(k)]) {
                        bwd[std::size_t(k)] = viaB;
                        bwdVia[std::size_t(k)] = v;
                    }
                }
            }
        }
        lastNodes = n;
    }

    void customizePartially(const std::vector<int> &changedArcs)
    {
        std::priority_queue<int, std::vector<int>, std::greater<>> nodes;
        auto enqueue = [&](int k) {
            if (pendingArc[std::size_t(k)])
                return;
            pendingArc[std::size_t(k)] = 1;
            const int u = arcTail[std::size_t(k)];
            if (!queuedNode[std::size_t(u)]) {
                queuedNode[std::size_t(u)] = 1;
                nodes.push(u);
            }
        };
        for (int k : changedArcs)
            enqueue(k);
        std::vector<int> group;
        std::vector<double> oldF, oldB;
        std::vector<double> oldOfArcF, oldOfArcB; // indexed by position in u's arc list
        lastNodes = 0;
        while (!nodes.empty()) {
            const int u = nodes.top();
            nodes.pop();
            queuedNode[std::size_t(u)] = 0;
            ++lastNodes;
            const int begin = upFirst[std::size_t(u)], end = upFirst[std::size_t(u) + 1];
            // Old weights of all u's arcs: the candidates through u's triangles before this change.
            oldOfArcF.assign(fwd.begin() + begin, fwd.begin() + end);
            oldOfArcB.assign(bwd.begin() + begin, bwd.begin() + end);
            group.clear();
            for (int k = begin; k < end; ++k) {
                if (pendingArc[std::size_t(k)]) {
                    pendingArc[std::size_t(k)] = 0;
                    pull(k);
                    if (fwd[std::size_t(k)] != oldOfArcF[std::size_t(k - begin)] || bwd[std::size_t(k)] != oldOfArcB[std::size_t(k - begin)])
                        group.push_back(k);
                }
            }
            // Arc i = (u, w) changed: the arcs between w and every other upper neighbour x of u
            // have the triangle {u, w, x}; recompute those whose value this triangle gave or beats.
            for (int i : group) {
                const int w = upHead[std::size_t(i)];
                for (int j = begin; j < end; ++j) {
                    if (j == i)
                        continue;
                    const int x = upHead[std::size_t(j)];
                    const double oiF = oldOfArcF[std::size_t(i - begin)], oiB = oldOfArcB[std::size_t(i - begin)];
                    const double ojF = oldOfArcF[std::size_t(j - begin)], ojB = oldOfArcB[std::size_t(j - begin)];
                    const double niF = fwd[std::size_t(i)], niB = bwd[std::size_t(i)];
                    const double njF = fwd[std::size_t(j)], njB = bwd[std::size_t(j)];
                    // w → u → x and x → u → w
                    const double oldWX = oiB + ojF, newWX = niB + njF;
                    const double oldXW = ojB + oiF, newXW = njB + niF;
                    const int lower = std::min(w, x), upper = std::max(w, x);
                    const int t = findArc(lower, upper);
                    if (t < 0)
                        continue; // cannot happen in a chordal completion
                    const double up = fwd[std::size_t(t)], down = bwd[std::size_t(t)];
                    const double cUp = w < x ? up : down;   // current w → x
                    const double cDown = w < x ? down : up; // current x → w
                    const bool affected = (oldWX != newWX && (newWX < cUp || oldWX == cUp))
                                       || (oldXW != newXW && (newXW < cDown || oldXW == cDown));
                    if (affected)
                        enqueue(t);
                }
            }
        }
    }
    //! Elimination-tree search from both ends; returns (meeting rank or -1, time). Leaves the
    //! labels for unpacking; clearQuery() resets them.
    std::pair<int, double> search(int from, int to)
    {
        const int source = rank[std::size_t(from)], target = rank[std::size_t(to)];
        df[std::size_t(source)] = 0.0;
        db[std::size_t(target)] = 0.0;
        double best = kInf;
        int meet = -1;
        int x = source, y = target;
        chain.clear();
        auto relax = [this](int v, bool forward, double label, double bound) {
            if (!(label < bound))
                return;
            auto &dist = forward ? df : db;
            auto &pred = forward ? predF : predB;
            const auto &weight = forward ? fwd : bwd;
            for (int k = upFirst[std::size_t(v)]; k < upFirst[std::size_t(v) + 1]; ++k) {
                const double d = label + weight[std::size_t(k)];
                const int w = upHead[std::size_t(k)];
                if (d < dist[std::size_t(w)]) {
                    dist[std::size_t(w)] = d;
                    pred[std::size_t(w)] = k;
                }
            }
        };
        while (x >= 0 || y >= 0) {
            if (x == y) {
                const double total = df[std::size_t(x)] + db[std::size_t(x)];
                if (total < best) {
                    best = total;
                    meet = x;
                }
                relax(x, true, df[std::size_t(x)], best);
                relax(x, false, db[std::size_t(x)], best);
                chain.push_back(x);
                x = y = parent[std::size_t(x)];
            } else if (y < 0 || (x >= 0 && x < y)) {
                relax(x, true, df[std::size_t(x)], best);
                chain.push_back(x);
                x = parent[std::size_t(x)];
            } else {
                relax(y, false, db[std::size_t(y)], best);
                chain.push_back(y);
                y = parent[std::size_t(y)];
            }
        }
        return {meet, best};
    }

    void clearQuery()
    {
        for (int v : chain) {
            df[std::size_t(v)] = kInf;
            db[std::size_t(v)] = kInf;
            predF[std::size_t(v)] = -1;
            predB[std::size_t(v)] = -1;
        }
        chain.clear();
    }

    //! Appends the original edges of arc k travelled upwards (tail → head) or downwards.
    void unpack(int k, bool upwards, std::vector<int> &out) const
    {
        const int via = upwards ? fwdVia[std::size_t(k)] : bwdVia[std::size_t(k)];
        if (via <= -2) {
            out.push_back(decodeEdge(via));
            return;
        }
        const int u = arcTail[std::size_t(k)], w = upHead[std::size_t(k)];
        const int i = findArc(via, u), j = findArc(via, w);
        if (upwards) { // u → v → w
            unpack(i, false, out);
            unpack(j, true, out);
        } else {       // w → v → u
            unpack(j, false, out);
            unpack(i, true, out);
        }
    }
};

Router::Router(const RoadGraph &graph) : m_state(std::make_unique<State>())
{
    State &s = *m_state;
    s.graph = &graph;
    const int n = graph.nodeCount();
    const int m = graph.edgeCount();
    s.n = n;
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
    s.rank = detail::nestedDissectionOrder(positions, first, adjacency);
    s.nodeAt.assign(std::size_t(n), 0);
    for (int v = 0; v < n; ++v)
        s.nodeAt[std::size_t(s.rank[std::size_t(v)])] = v;

    // Contraction of the order (symbolic): the upper neighbours of r, minus its parent p (the
    // lowest of them), become upper neighbours of p. This yields the chordal completion.
    std::vector<std::vector<int>> up(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        for (int k = first[std::size_t(v)]; k < first[std::size_t(v) + 1]; ++k) {
            const int rv = s.rank[std::size_t(v)], rw = s.rank[std::size_t(adjacency[std::size_t(k)])];
            if (rv < rw)
                up[std::size_t(rv)].push_back(rw);
        }
    s.parent.assign(std::size_t(n), -1);
    s.upFirst.assign(std::size_t(n) + 1, 0);
    for (int r = 0; r < n; ++r) {
        auto &list = up[std::size_t(r)];
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        if (!list.empty()) {
            const int p = list.front();
            s.parent[std::size_t(r)] = p;
            auto &parentList = up[std::size_t(p)];
            parentList.insert(parentList.end(), list.begin() + 1, list.end());
        }
        s.upFirst[std::size_t(r) + 1] = s.upFirst[std::size_t(r)] + int(list.size());
    }
    s.upHead.reserve(std::size_t(s.upFirst.back()));
    s.arcTail.reserve(std::size_t(s.upFirst.back()));
    for (int r = 0; r < n; ++r) {
        s.upHead.insert(s.upHead.end(), up[std::size_t(r)].begin(), up[std::size_t(r)].end());
        s.arcTail.insert(s.arcTail.end(), up[std::size_t(r)].size(), r);
        std::vector<int>().swap(up[std::size_t(r)]);
    }
    const int arcs = int(s.upHead.size());
    // downward lists, sorted by tail because arcs are numbered by tail
    s.downFirst.assign(std::size_t(n) + 1, 0);
    for (int k = 0; k < arcs; ++k)
        ++s.downFirst[std::size_t(s.upHead[std::size_t(k)]) + 1];
    for (int r = 0; r < n; ++r)
        s.downFirst[std::size_t(r) + 1] += s.downFirst[std::size_t(r)];
    s.downTail.resize(std::size_t(arcs));
    s.downArc.resize(std::size_t(arcs));
    {
        std::vector<int> slot(s.downFirst.begin(), s.downFirst.end() - 1);
        for (int k = 0; k < arcs; ++k) {
            const int at = slot[std::size_t(s.upHead[std::size_t(k)])]++;
            s.downTail[std::size_t(at)] = s.arcTail[std::size_t(k)];
            s.downArc[std::size_t(at)] = k;
        }
    }
    // original edges behind each arc
    s.arcOfEdge.assign(std::size_t(m), -1);
    s.inputFirst.assign(std::size_t(arcs) + 1, 0);
    for (int e = 0; e < m; ++e) {
        const int a = s.rank[std::size_t(graph.edgeTail(e))], b = s.rank[std::size_t(graph.edgeHead(e))];
        if (a == b)
            continue;
        const int k = s.findArc(std::min(a, b), std::max(a, b));
        s.arcOfEdge[std::size_t(e)] = k;
        ++s.inputFirst[std::size_t(k) + 1];
    }
    for (int k = 0; k < arcs; ++k)
        s.inputFirst[std::size_t(k) + 1] += s.inputFirst[std::size_t(k)];
    s.inputEdges.resize(std::size_t(s.inputFirst.back()));
    {
        std::vector<int> slot(s.inputFirst.begin(), s.inputFirst.end() - 1);
        for (int e = 0; e < m; ++e)
            if (s.arcOfEdge[std::size_t(e)] >= 0)
                s.inputEdges[std::size_t(slot[std::size_t(s.arcOfEdge[std::size_t(e)])]++)] = e;
    }
    // elimination tree height
    std::vector<int> depth(std::size_t(n), 1);
    for (int r = n - 1; r >= 0; --r) {
        const int p = s.parent[std::size_t(r)];
        depth[std::size_t(r)] = p < 0 ? 1 : depth[std::size_t(p)] + 1;
        s.height = std::max(s.height, depth[std::size_t(r)]);
    }
    s.fwd.assign(std::size_t(arcs), kInf);
    s.bwd.assign(std::size_t(arcs), kInf);
    s.fwdVia.assign(std::size_t(arcs), kNoVia);
    s.bwdVia.assign(std::size_t(arcs), kNoVia);
    s.pendingArc.assign(std::size_t(arcs), 0);
    s.queuedNode.assign(std::size_t(n), 0);
    s.closed.assign(std::size_t(m), 0);
    s.df.assign(std::size_t(n), kInf);
    s.db.assign(std::size_t(n), kInf);
    s.predF.assign(std::size_t(n), -1);
    s.predB.assign(std::size_t(n), -1);
    const auto start = std::chrono::steady_clock::now();
    s.customizeFully();
    s.lastMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Router::~Router() = default;
Router::Router(Router &&) noexcept = default;
Router &Router::operator=(Router &&) noexcept = default;

void Router::customize(const Closures &closures)
{
    State &s = *m_state;
    if (s.lastClosures == &closures && s.lastRevision == closures.revision())
        return;
    const auto start = std::chrono::steady_clock::now();
    s.lastClosures = &closures;
    s.lastRevision = closures.revision();
    std::vector<int> changedArcs;
    const int m = s.graph->edgeCount();
    for (int e = 0; e < m; ++e) {
        const std::uint8_t now = closures.isEdgeClosed(e) ? 1 : 0;
        if (now != s.closed[std::size_t(e)]) {
            s.closed[std::size_t(e)] = now;
            if (s.arcOfEdge[std::size_t(e)] >= 0)
                changedArcs.push_back(s.arcOfEdge[std::size_t(e)]);
        }
    }
    if (double(changedArcs.size()) > kFullCustomizationShare * double(s.upHead.size()))
        s.customizeFully();
    else
        s.customizePartially(changedArcs);
    s.lastMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Route Router::route(int from, int to)
{
    State &s = *m_state;
    Route result;
    result.seconds = kInf;
    if (from < 0 || from >= s.n || to < 0 || to >= s.n)
        return result;
    const auto [meet, best] = s.search(from, to);
    if (meet >= 0 && best < kInf) {
        result.reachable = true;
        std::vector<int> upArcs, downArcs;
        for (int v = meet; s.predF[std::size_t(v)] >= 0; v = s.arcTail[std::size_t(s.predF[std::size_t(v)])])
            upArcs.push_back(s.predF[std::size_t(v)]);
        for (int v = meet; s.predB[std::size_t(v)] >= 0; v = s.arcTail[std::size_t(s.predB[std::size_t(v)])])
            downArcs.push_back(s.predB[std::size_t(v)]);
        for (auto it = upArcs.rbegin(); it != upArcs.rend(); ++it)
            s.unpack(*it, true, result.edges);
        for (int k : downArcs)
            s.unpack(k, false, result.edges);
        result.seconds = 0.0;
        for (int e : result.edges) {
            result.seconds += s.graph->edgeSeconds(e);
            result.metres += s.graph->edgeLength(e);
        }
    }
    s.clearQuery();
    return result;
}

double Router::seconds(int from, int to)
{
    State &s = *m_state;
    if (from < 0 || from >= s.n || to < 0 || to >= s.n)
        return kInf;
    const double best = s.search(from, to).second;
    s.clearQuery();
    return best;
}

int Router::shortcutCount() const
{
    return int(m_state->upHead.size());
}

int Router::eliminationTreeHeight() const
{
    return m_state->height;
}

double Router::lastCustomizationMs() const
{
    return m_state->lastMs;
}

int Router::lastCustomizedNodes() const
{
    return m_state->lastNodes;
}

} // namespace ct::routing
