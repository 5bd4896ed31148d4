// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/legroutes.h"

#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"

#include <algorithm>
#include <cmath>

namespace ct::fleets {

LegRoutes::LegRoutes(const routing::RoadGraph &graph) : m_graph(graph), m_router(graph)
{
    m_router.customize(routing::Closures(graph));
}

const routing::Route &LegRoutes::route(int fromNode, int toNode)
{
    const quint64 key = (quint64(quint32(fromNode)) << 32) | quint32(toNode);
    auto it = m_routes.find(key);
    if (it == m_routes.end()) {
        routing::Route r;
        if (fromNode == toNode)
            r.reachable = true;
        else
            r = m_router.route(fromNode, toNode);
        it = m_routes.insert(key, std::move(r));
    }
    return it.value();
}

LegRoutes::Pose LegRoutes::poseAlong(int fromNode, int toNode, double share)
{
    const routing::Route &r = route(fromNode, toNode);
    Pose pose;
    pose.position = m_graph.position(fromNode);
    if (r.edges.empty())
        return pose;
    double remaining = std::clamp(share, 0.0, 1.0) * r.seconds;
    int edge = r.edges.back();
    double fraction = 1.0;
    for (int e : r.edges) {
        const double s = m_graph.edgeSeconds(e);
        if (remaining <= s) {
            edge = e;
            fraction = s > 0.0 ? remaining / s : 1.0;
            break;
        }
        remaining -= s;
    }
    pose.position = m_graph.pointAlong(edge, fraction);
    const geo::Point a = m_graph.pointAlong(edge, std::max(0.0, fraction - 0.05));
    const geo::Point b = m_graph.pointAlong(edge, std::min(1.0, fraction + 0.05));
    pose.headingDeg = std::fmod(std::atan2(b.x - a.x, b.y - a.y) * 180.0 / M_PI + 360.0, 360.0);
    return pose;
}

} // namespace ct::fleets
