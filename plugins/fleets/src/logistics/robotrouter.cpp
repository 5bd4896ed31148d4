// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/robotrouter.h"

#include "ct/routing/roadgraph.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::fleets {

namespace {

double distance(geo::Point a, geo::Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

} // namespace

RobotRouter::RobotRouter(std::shared_ptr<const routing::RoadGraph> walkGraph)
    : m_graph(std::move(walkGraph)), m_search(std::make_shared<routing::Dijkstra>(*m_graph))
{
}

core::Result<RobotRoute> RobotRouter::route(geo::Point from, geo::Point to, const Robot &robot) const
{
    if (m_graph->mode() != routing::Mode::Walk)
        return core::Error::invalidInput(QCoreApplication::translate("RobotRouter", "delivery robots are routed on the walking network, not the car network"));
    if (!(robot.speedMps > 0.0))
        return core::Error::invalidInput(QCoreApplication::translate("RobotRouter", "the robot's speed must be above 0"));
    const int a = m_graph->nearestNode(from), b = m_graph->nearestNode(to);
    if (a < 0 || b < 0)
        return core::Error::refused(QCoreApplication::translate("RobotRouter", "the walking network is empty"));
    for (const auto &[point, node, what] : {std::tuple{from, a, QCoreApplication::translate("RobotRouter", "the start")},
                                            std::tuple{to, b, QCoreApplication::translate("RobotRouter", "the destination")}}) {
        const double off = distance(point, m_graph->position(node));
        if (off > robot.maxAccessM)
            return core::Error::refused(QCoreApplication::translate("RobotRouter", "%1 is %2 m from the nearest footway (at most %3 m)")
                                            .arg(what).arg(qRound(off)).arg(qRound(robot.maxAccessM)));
    }
    RobotRoute route;
    route.polyline.push_back(from);
    if (a != b) {
        // The walking graph's times are length / walking speed: the fastest way is the shortest.
        const routing::Route way = m_search->route(a, b);
        if (!way.reachable)
            return core::Error::refused(QCoreApplication::translate("RobotRouter", "the destination cannot be reached on the walking network"));
        route.edges = way.edges;
        route.metres = way.metres;
        for (int edge : way.edges) {
            const std::vector<geo::Point> shape = m_graph->edgeGeometry(edge);
            for (const geo::Point &p : shape)
                if (!(route.polyline.back() == p))
                    route.polyline.push_back(p);
        }
    } else if (!(route.polyline.back() == m_graph->position(a))) {
        route.polyline.push_back(m_graph->position(a));
    }
    route.accessMetres = distance(from, m_graph->position(a)) + distance(m_graph->position(b), to);
    route.metres += route.accessMetres;
    if (!(route.polyline.back() == to))
        route.polyline.push_back(to);
    route.seconds = route.metres / robot.speedMps;
    if (robot.rangeM > 0.0 && route.metres > robot.rangeM)
        return core::Error::refused(QCoreApplication::translate("RobotRouter", "the way is %1 km, the robot's battery lasts %2 km")
                                        .arg(route.metres / 1000.0, 0, 'f', 2).arg(robot.rangeM / 1000.0, 0, 'f', 2));
    return route;
}

} // namespace ct::fleets
