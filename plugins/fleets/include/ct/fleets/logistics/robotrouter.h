// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/logistics/robotroute.h"
#include "ct/routing/dijkstra.h"

#include <memory>

namespace ct::routing {
class RoadGraph;
}

namespace ct::fleets {

/// \brief Routes delivery robots on the pedestrian network: the walking graph of the twin's roads
/// (routing::Mode::Walk, both directions of every road, one-way streets included — robots use the
/// pavement), the shortest way by length between the nodes nearest to the two points.
///
/// Refused with the reason: a graph that is not a walking graph, a start or destination farther
/// than `maxAccessM` from the network, no connection on the network, a way longer than the
/// robot's range.
class RobotRouter
{
public:
    struct Robot
    {
        double speedMps = 1.6;     //!< ≈ 6 km/h, a pavement robot's pace
        double rangeM = 0.0;       //!< what the battery lasts; 0 = not limited
        double maxAccessM = 150.0; //!< farthest a point may lie from the network
    };

    explicit RobotRouter(std::shared_ptr<const routing::RoadGraph> walkGraph);

    core::Result<RobotRoute> route(geo::Point from, geo::Point to, const Robot &robot) const;

private:
    std::shared_ptr<const routing::RoadGraph> m_graph;
    std::shared_ptr<routing::Dijkstra> m_search;
};

} // namespace ct::fleets
