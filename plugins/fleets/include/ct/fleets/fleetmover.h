// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <deque>
#include <vector>

namespace ct::routing {
class RoadGraph;
}

namespace ct::fleets {

/// \brief Vehicles driving given routes (directed edges of the car graph) in fixed time steps:
/// each step moves every vehicle at its edge's free-flow speed, never closer than `gap` metres
/// behind the vehicle ahead on the same edge (no overtaking: each edge is a FIFO), and not onto
/// the next edge while its entry is blocked; then places it on the road's polyline with its
/// heading. Updates are synchronous (every vehicle sees the others' positions of the previous
/// step), so the order of vehicles does not matter.
///
/// The kinematics of a fleet on the engine clock, for the map and for the movement benchmark:
/// no acceleration, lane changes or junction control (SUMO's car-following model has them).
class FleetMover
{
public:
    struct Vehicle
    {
        std::vector<int> route;     //!< edges, in order
        std::size_t leg = 0;        //!< index into route of the edge it is on
        double offset = 0.0;        //!< metres from the edge's tail
        geo::Point position;
        double headingDeg = 0.0;
        bool arrived = false;
    };

    explicit FleetMover(const routing::RoadGraph &graph, double gapMetres = 7.5);

    //! Adds a vehicle at the start of `route` (edges must be consecutive); returns its index.
    int add(std::vector<int> route);
    //! Moves every vehicle by `seconds`.
    void step(double seconds);

    const std::vector<Vehicle> &vehicles() const { return m_vehicles; }
    int arrivedCount() const { return m_arrived; }
    //! Vehicle-steps done (one per moving vehicle per step).
    long long updates() const { return m_updates; }

private:
    void place(Vehicle &v) const;

    const routing::RoadGraph &m_graph;
    double m_gap;
    std::vector<Vehicle> m_vehicles;
    std::vector<std::deque<int>> m_onEdge;    // vehicles per edge, first entered first
    std::vector<double> m_previousOffset;
    int m_arrived = 0;
    long long m_updates = 0;
};

} // namespace ct::fleets
