// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"
#include "ct/hydrogen/travelmatrix.h"

#include <functional>
#include <vector>

namespace ct::routing {
class Closures;
class RoadGraph;
} // namespace ct::routing

namespace ct::hydrogen {

/// \brief Driving times and distances between dispatch sites over the twin's road graph (car
/// mode), avoiding closed roads: one forward Dijkstra per distinct site node, distances summed
/// along the shortest-time tree. Sites are snapped to their nearest graph node.
class RoadTravel
{
public:
    /// Both must outlive this object.
    RoadTravel(const routing::RoadGraph &graph, const routing::Closures &closures);

    /// The matrix between `sites` (EPSG:6677). `progress` gets the fraction done and may cancel
    /// by returning false (then an error is returned).
    core::Result<TravelMatrix> matrix(const std::vector<geo::Point> &sites,
                                      const std::function<bool(double)> &progress = {});
    /// Graph node of each site of the last matrix().
    const std::vector<int> &siteNodes() const { return m_nodes; }
    /// The fastest road path between two points (snapped to the graph), as a polyline from the
    /// first point to the second; just the two points when no road connects them.
    std::vector<geo::Point> path(geo::Point from, geo::Point to) const;

private:
    const routing::RoadGraph &m_graph;
    const routing::Closures &m_closures;
    std::vector<int> m_nodes;
};

} // namespace ct::hydrogen
