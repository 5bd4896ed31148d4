// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/closures.h"
#include "ct/routing/direction.h"
#include "ct/routing/roadgraph.h"
#include "ct/routing/route.h"
#include "ct/routing/shortestpathtree.h"

#include <utility>
#include <vector>

namespace ct::routing {

/// \brief Plain Dijkstra with a binary heap: the reference every faster search is tested against,
/// and the baseline the benchmark compares with.
///
/// Keeps its work arrays between queries (reset lazily), so one instance answers many queries on
/// the same graph. Not thread-safe: one instance per thread. The graph must outlive it.
class Dijkstra
{
public:
    explicit Dijkstra(const RoadGraph &graph);

    /// Fastest route from `from` to `to` avoiding closed edges; stops when `to` is settled.
    Route route(int from, int to, const Closures &closures = {});
    /// Only the travel time (s) of that route, infinite when unreachable (no path assembly).
    double seconds(int from, int to, const Closures &closures = {});
    /// Time from `source` to every node (Forward) or from every node to `source` (Backward).
    ShortestPathTree oneToAll(int source, const Closures &closures = {}, Direction direction = Direction::Forward);
    /// Nodes settled by the last query (search-space size, for benchmarks).
    int settledCount() const { return m_settled; }

private:
    //! Settles nodes from `from` until `to`; false when `to` is out of range or unreachable.
    bool search(int from, int to, const Closures &closures);

    const RoadGraph *m_graph;
    std::vector<double> m_dist;
    std::vector<int> m_parentEdge;
    std::vector<int> m_touched;
    std::vector<std::pair<double, int>> m_heap; //!< (seconds, node), kept between queries
    int m_settled = 0;
};

} // namespace ct::routing
