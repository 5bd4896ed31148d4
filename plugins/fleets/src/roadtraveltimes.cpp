// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/roadtraveltimes.h"

namespace ct::fleets {

core::Result<std::shared_ptr<RoadTravelTimes>> RoadTravelTimes::fromTwin(const store::TwinStore &twin)
{
    auto graph = routing::RoadGraph::fromTwin(twin, routing::Mode::Car);
    if (!graph)
        return graph.error();
    return std::make_shared<RoadTravelTimes>(std::move(graph).value());
}

RoadTravelTimes::RoadTravelTimes(routing::RoadGraph graph) : m_graph(std::move(graph)), m_closures(m_graph) {}

TravelTimeMatrix RoadTravelTimes::matrix(const std::vector<geo::Point> &points) const
{
    std::vector<int> nodes;
    nodes.reserve(points.size());
    for (const geo::Point &p : points)
        nodes.push_back(m_graph.nearestNode(p));
    return TravelTimeMatrix::fromRoadGraph(m_graph, m_closures, nodes);
}

} // namespace ct::fleets
