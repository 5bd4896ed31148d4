// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/routing/route.h"
#include "ct/routing/router.h"

#include <QHash>

namespace ct::routing {
class RoadGraph;
}

namespace ct::fleets {

/// \brief The roads a vehicle drives between two graph nodes (fastest, no closures), asked of
/// the CCH router once per pair and kept: a day of service drives the same legs again and again.
/// Gives the length of a leg (vehicle-km) and where on it a vehicle is after some seconds.
class LegRoutes
{
public:
    explicit LegRoutes(const routing::RoadGraph &graph);

    const routing::Route &route(int fromNode, int toNode);
    double metres(int fromNode, int toNode) { return route(fromNode, toNode).metres; }

    /// \brief Where a vehicle is and which way it faces.
    struct Pose
    {
        geo::Point position;
        double headingDeg = 0.0;   //!< clockwise from grid north
    };
    /// The pose after `share` (0–1) of the leg's driving time.
    Pose poseAlong(int fromNode, int toNode, double share);

private:
    const routing::RoadGraph &m_graph;
    routing::Router m_router;
    QHash<quint64, routing::Route> m_routes;
};

} // namespace ct::fleets
