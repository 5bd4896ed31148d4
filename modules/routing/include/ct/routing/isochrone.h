// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/routing/closures.h"
#include "ct/routing/direction.h"
#include "ct/routing/roadgraph.h"

#include <vector>

namespace ct::routing {

/// \brief The part of the network reachable within a time budget from a node (or, Backward, from
/// which the node is reachable): "everything within 10 minutes of the fire station".
///
/// A Dijkstra bounded by the budget: it settles only nodes within it, so small budgets are cheap
/// on a large graph.
class Isochrone
{
public:
    static Isochrone compute(const RoadGraph &graph, const Closures &closures, int source, double limitSeconds,
                             Direction direction = Direction::Forward);

    double limitSeconds() const { return m_limit; }
    //! Reached nodes, in the order they were settled (ascending time).
    const std::vector<int> &nodes() const { return m_nodes; }
    //! Time of each reached node, parallel to nodes() (s).
    const std::vector<double> &seconds() const { return m_seconds; }
    bool contains(int node) const;

    /// Open edges whose both ends are reached (the network drawn inside the isochrone).
    std::vector<int> reachedEdges(const RoadGraph &graph, const Closures &closures = {}) const;
    /// Convex hull of the reached nodes' positions, counter-clockwise, not closed (EPSG:6677);
    /// fewer than three points when fewer distinct positions are reached.
    std::vector<geo::Point> convexOutline(const RoadGraph &graph) const;

private:
    double m_limit = 0.0;
    std::vector<int> m_nodes;
    std::vector<double> m_seconds;
    std::vector<int> m_sortedNodes;
};

} // namespace ct::routing
