// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/fleetmover.h"

#include "ct/routing/roadgraph.h"

#include <algorithm>
#include <cmath>

namespace ct::fleets {

FleetMover::FleetMover(const routing::RoadGraph &graph, double gapMetres)
    : m_graph(graph), m_gap(gapMetres), m_onEdge(std::size_t(graph.edgeCount()))
{
}

int FleetMover::add(std::vector<int> route)
{
    Vehicle v;
    v.route = std::move(route);
    v.arrived = v.route.empty();
    const int index = int(m_vehicles.size());
    if (!v.arrived) {
        m_onEdge[std::size_t(v.route.front())].push_back(index);
        place(v);
    } else {
        ++m_arrived;
    }
    m_vehicles.push_back(std::move(v));
    m_previousOffset.push_back(0.0);
    return index;
}

void FleetMover::place(Vehicle &v) const
{
    const int edge = v.route[v.leg];
    const double length = m_graph.edgeLength(edge);
    const double fraction = length > 0.0 ? v.offset / length : 1.0;
    v.position = m_graph.pointAlong(edge, fraction);
    const geo::Point ahead = m_graph.pointAlong(edge, std::min(1.0, fraction + 0.02));
    const geo::Point behind = m_graph.pointAlong(edge, std::max(0.0, fraction - 0.02));
    if (ahead.x != behind.x || ahead.y != behind.y)
        v.headingDeg = std::fmod(std::atan2(ahead.x - behind.x, ahead.y - behind.y) * 180.0 / M_PI + 360.0, 360.0);
}

void FleetMover::step(double seconds)
{
    for (std::size_t i = 0; i < m_vehicles.size(); ++i)
        m_previousOffset[i] = m_vehicles[i].offset;
    // Room at the entry of each edge, as of the previous step: the last vehicle that entered.
    auto entryFree = [&](int edge) {
        const auto &queue = m_onEdge[std::size_t(edge)];
        return queue.empty() || m_previousOffset[std::size_t(queue.back())] >= m_gap;
    };
    for (int i = 0; i < int(m_vehicles.size()); ++i) {
        Vehicle &v = m_vehicles[std::size_t(i)];
        if (v.arrived)
            continue;
        ++m_updates;
        double budget = seconds;
        while (budget > 0.0) {
            const int edge = v.route[v.leg];
            const double length = m_graph.edgeLength(edge);
            const double speed = length / std::max(1e-9, m_graph.edgeSeconds(edge));
            // The vehicle ahead on this edge bounds how far it may go.
            auto &queue = m_onEdge[std::size_t(edge)];
            const auto self = std::find(queue.begin(), queue.end(), i);
            double limit = length;
            if (self != queue.begin() && self != queue.end())
                limit = std::min(limit, m_previousOffset[std::size_t(*(self - 1))] - m_gap);
            const double wanted = v.offset + speed * budget;
            if (wanted < length || limit < length) {
                v.offset = std::max(v.offset, std::min(wanted, limit));
                break;
            }
            // Reaches the end of the edge within the step.
            budget -= (length - v.offset) / speed;
            if (v.leg + 1 >= v.route.size()) {
                v.offset = length;
                v.arrived = true;
                queue.erase(self);
                ++m_arrived;
                break;
            }
            const int next = v.route[v.leg + 1];
            if (!entryFree(next)) {
                v.offset = length;
                break;
            }
            queue.erase(self);
            ++v.leg;
            v.offset = 0.0;
            m_onEdge[std::size_t(next)].push_back(i);
            m_previousOffset[std::size_t(i)] = 0.0;
        }
        place(v);
    }
}

} // namespace ct::fleets
