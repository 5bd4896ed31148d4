// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/router.h"

#include "cchmetric.h"
#include "cchtopology.h"

#include <chrono>
#include <limits>

namespace ct::routing {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

struct Router::State
{
    const RoadGraph *graph = nullptr;
    detail::CchTopology topology;
    std::unique_ptr<detail::CchMetric> metric;
    const Closures *lastClosures = nullptr;
    std::uint64_t lastRevision = 0;
    double lastMs = 0.0;
    // query work arrays, by rank; pred* is the query-graph slot that gave the label
    std::vector<double> df, db;
    std::vector<int> predF, predB, chain;

    //! Adds the arcs of `graph` leaving v to the labels `dist` when v's label can still matter.
    void relax(int v, const detail::CchQueryGraph &graph, double label, double bound, double *dist, int *pred) const
    {
        if (!(label < bound))
            return;
        const int end = graph.end[std::size_t(v)];
        const int *head = graph.head.data();
        const double *weight = graph.weight.data();
        for (int slot = topology.upFirst[std::size_t(v)]; slot < end; ++slot) {
            const double d = label + weight[slot];
            const int w = head[slot];
            if (d < dist[w]) {
                dist[w] = d;
                pred[w] = slot;
            }
        }
    }

    //! Elimination-tree search from both ends: every ancestor of `from` relaxes its upward arcs
    //! and every ancestor of `to` its downward arcs, in rank order, so a node's label is final
    //! when it is scanned; nodes whose label cannot beat the best meeting time are skipped.
    //! Returns (meeting rank or -1, time) and leaves the labels for path unpacking.
    std::pair<int, double> search(int from, int to)
    {
        const int source = topology.rank[std::size_t(from)], target = topology.rank[std::size_t(to)];
        const detail::CchQueryGraph &up = metric->upward(), &down = metric->downward();
        const int *parent = topology.parent.data();
        double *forward = df.data(), *backward = db.data();
        forward[source] = 0.0;
        backward[target] = 0.0;
        double best = kInf;
        int meet = -1;
        int x = source, y = target;
        chain.clear();
        while (x >= 0 || y >= 0) {
            if (x == y) {
                const double total = forward[x] + backward[x];
                if (total < best) {
                    best = total;
                    meet = x;
                }
                relax(x, up, forward[x], best, forward, predF.data());
                relax(x, down, backward[x], best, backward, predB.data());
                chain.push_back(x);
                x = y = parent[x];
            } else if (y < 0 || (x >= 0 && x < y)) {
                relax(x, up, forward[x], best, forward, predF.data());
                chain.push_back(x);
                x = parent[x];
            } else {
                relax(y, down, backward[y], best, backward, predB.data());
                chain.push_back(y);
                y = parent[y];
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
};

Router::Router(const RoadGraph &graph) : m_state(std::make_unique<State>())
{
    State &s = *m_state;
    s.graph = &graph;
    s.topology = detail::CchTopology::build(graph);
    const auto n = std::size_t(graph.nodeCount());
    s.df.assign(n, kInf);
    s.db.assign(n, kInf);
    s.predF.assign(n, -1);
    s.predB.assign(n, -1);
    const auto start = std::chrono::steady_clock::now();
    s.metric = std::make_unique<detail::CchMetric>(graph, s.topology);
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
    s.metric->apply(closures);
    s.lastMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Route Router::route(int from, int to)
{
    State &s = *m_state;
    Route result;
    result.seconds = kInf;
    const int n = s.topology.nodeCount();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return result;
    const auto [meet, best] = s.search(from, to);
    if (meet >= 0 && best < kInf) {
        result.reachable = true;
        const detail::CchQueryGraph &up = s.metric->upward(), &down = s.metric->downward();
        std::vector<int> upArcs;
        for (int v = meet; s.predF[std::size_t(v)] >= 0;) {
            const int arc = up.arc[std::size_t(s.predF[std::size_t(v)])];
            upArcs.push_back(arc);
            v = s.topology.arcTail[std::size_t(arc)];
        }
        for (auto it = upArcs.rbegin(); it != upArcs.rend(); ++it)
            s.metric->unpack(*it, true, result.edges);
        for (int v = meet; s.predB[std::size_t(v)] >= 0;) {
            const int arc = down.arc[std::size_t(s.predB[std::size_t(v)])];
            s.metric->unpack(arc, false, result.edges);
            v = s.topology.arcTail[std::size_t(arc)];
        }
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
    const int n = s.topology.nodeCount();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return kInf;
    const double best = s.search(from, to).second;
    s.clearQuery();
    return best;
}

int Router::shortcutCount() const
{
    return m_state->topology.arcCount();
}

int Router::queryArcCount() const
{
    return m_state->metric->queryArcCount();
}

int Router::eliminationTreeHeight() const
{
    return m_state->topology.height;
}

double Router::lastCustomizationMs() const
{
    return m_state->lastMs;
}

int Router::lastCustomizedNodes() const
{
    return m_state->metric->lastBasicNodes();
}

int Router::lastPerfectCustomizedNodes() const
{
    return m_state->metric->lastPerfectNodes();
}

} // namespace ct::routing
