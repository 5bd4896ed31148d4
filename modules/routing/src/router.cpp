// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/router.h"

#include "cchmetric.h"
#include "cchtopology.h"

#include <algorithm>
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
    // query work: labels by rank (infinite between queries) and the scanned nodes, ascending
    std::vector<double> df, db;
    std::vector<int> chain;
    std::vector<int> upPath, downPath, unpackWork;

    //! Adds the arcs of `graph` leaving v to the labels `dist` when v's label can still matter.
    void relax(int v, const detail::CchMetric::QueryGraph &graph, double label, double bound, double *dist) const
    {
        if (!(label < bound))
            return;
        const int end = graph.end[std::size_t(v)];
        const int *head = graph.head.data();
        const double *weight = graph.weight.data();
        // Branch-free (minsd): whether a label improves is a coin toss for the branch predictor.
        // No predecessors either: pathTo() finds the path afterwards, cheaper than storing them.
        for (int slot = topology.upFirst[std::size_t(v)]; slot < end; ++slot) {
            const int w = head[slot];
            dist[w] = std::min(dist[w], label + weight[slot]);
        }
    }

    //! Elimination-tree search from both ends: every ancestor of `from` relaxes its upward arcs
    //! and every ancestor of `to` its downward arcs, in rank order, so a node's label is final
    //! when it is scanned; nodes whose label cannot beat the best meeting time are skipped.
    //! Returns (meeting rank or -1, time) and leaves the labels for pathTo().
    std::pair<int, double> search(int from, int to)
    {
        const int source = topology.rank[std::size_t(from)], target = topology.rank[std::size_t(to)];
        const detail::CchMetric::QueryGraph &up = metric->upward(), &down = metric->downward();
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
                relax(x, up, forward[x], best, forward);
                relax(x, down, backward[x], best, backward);
                chain.push_back(x);
                x = y = parent[x];
            } else if (y < 0 || (x >= 0 && x < y)) {
                relax(x, up, forward[x], best, forward);
                chain.push_back(x);
                x = parent[x];
            } else {
                relax(y, down, backward[y], best, backward);
                chain.push_back(y);
                y = parent[y];
            }
        }
        return {meet, best};
    }

    //! The query-graph slots of one side's shortest path from `meet` down to its end (source or
    //! target), after the search. A label is exactly the sum it was made of, so going down the
    //! scanned nodes once, the first node below the current one with an arc to it that sums to
    //! its label continues the path (any such node does: its own label was made the same way).
    void pathTo(int meet, int end, const detail::CchMetric::QueryGraph &graph, const std::vector<double> &dist,
                std::vector<int> &path) const
    {
        path.clear();
        int current = meet;
        double currentLabel = dist[std::size_t(current)];
        const int *heads = graph.head.data();
        for (auto it = chain.rbegin(); it != chain.rend() && current != end; ++it) {
            const int x = *it;
            const double label = dist[std::size_t(x)];
            // unscanned on this side, or too far already (arc times are >= 0)
            if (x >= current || !(label <= currentLabel))
                continue;
            int first = topology.upFirst[std::size_t(x)], count = graph.end[std::size_t(x)] - first;
            if (count == 0 || heads[first + count - 1] < current)
                continue;
            // branch-free lower bound of `current` in x's heads (sorted)
            while (count > 1) {
                const int half = count / 2;
                first = heads[first + half - 1] < current ? first + half : first;
                count -= half;
            }
            if (heads[first] == current && label + graph.weight[std::size_t(first)] == currentLabel) {
                path.push_back(first);
                current = x;
                currentLabel = label;
            }
        }
    }

    void clearQuery()
    {
        for (int v : chain) {
            df[std::size_t(v)] = kInf;
            db[std::size_t(v)] = kInf;
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
        const detail::CchMetric::QueryGraph &up = s.metric->upward(), &down = s.metric->downward();
        s.pathTo(meet, s.topology.rank[std::size_t(from)], up, s.df, s.upPath);
        s.pathTo(meet, s.topology.rank[std::size_t(to)], down, s.db, s.downPath);
        std::vector<int> &edges = result.edges;
        edges.reserve(std::size_t(2 * (s.upPath.size() + s.downPath.size())));
        for (auto it = s.upPath.rbegin(); it != s.upPath.rend(); ++it)
            edges.push_back(up.arc[std::size_t(*it)] << 1 | 1);
        for (int slot : s.downPath)
            edges.push_back(down.arc[std::size_t(slot)] << 1);
        s.metric->unpack(edges, s.unpackWork);
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
