// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"
#include "ct/routing/route.h"

#include <cstdint>
#include <memory>

namespace ct::routing {

/// \brief Fast exact point-to-point routing that stays exact when closures change during a run:
/// a Customizable Contraction Hierarchy (Dibbelt, Strasser, Wagner 2016).
///
/// Three phases. (1) Construction, once per graph: a metric-independent node order by nested
/// dissection on node coordinates (line cuts and FlowCutter-like inertial-flow minimum vertex
/// cuts, the best expansion kept), and the contraction of that order into a chordal "upward"
/// graph. (2) Customization, whenever closures change: closed edges weigh infinity; the basic
/// customization recomputes shortcut times bottom-up, the perfect customization then gives every
/// shortcut the true fastest time between its ends top-down and leaves out of the search graphs
/// each shortcut direction that is slower than that, being on no shortest path (on the scale-1
/// demo city a third of all arc directions, and about two thirds of those a query meets). Both
/// only redo the part of the hierarchy that the changed edges reach. (3) Queries: an
/// elimination-tree search (no priority queue) upwards from both ends over the remaining arcs,
/// pruned by the best meeting time, branch-free; for route() the path is then recovered from the
/// labels and its shortcuts unpacked into the graph's edges through the halves stored for them.
///
/// Answers are exactly those of Dijkstra under the same closures (same seconds; ties may pick
/// another equally fast path). Not thread-safe (queries reuse work arrays): one Router per thread.
/// The graph must outlive the Router.
class Router
{
public:
    explicit Router(const RoadGraph &graph);
    ~Router();
    Router(Router &&) noexcept;
    Router &operator=(Router &&) noexcept;

    /// Applies `closures` (made for the same graph). Cheap when nothing changed since the last
    /// call (same revision) and incremental when a few roads changed.
    void customize(const Closures &closures);
    /// Fastest route under the closures of the last customize() (none before the first call).
    Route route(int from, int to);
    /// Only the travel time (s), infinite when unreachable; skips path unpacking.
    double seconds(int from, int to);

    // --- statistics for benchmarks and reports ----------------------------------------------------
    int shortcutCount() const;             //!< arcs of the upward graph (original links + fill-in)
    int queryArcCount() const;             //!< arc directions the searches relax after perfect customization
    int eliminationTreeHeight() const;     //!< longest node-to-root chain
    double lastCustomizationMs() const;    //!< wall time of the last customize() (ms)
    int lastCustomizedNodes() const;       //!< nodes whose arcs the last basic customization recomputed
    int lastPerfectCustomizedNodes() const; //!< nodes whose arcs the last perfect customization recomputed

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ct::routing
