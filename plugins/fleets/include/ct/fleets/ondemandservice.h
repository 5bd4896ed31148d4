// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/servicearea.h"
#include "ct/fleets/traveltimematrix.h"
#include "ct/fleets/triprequest.h"
#include "ct/geo/point.h"

#include <QString>

#include <vector>

namespace ct::routing {
class RoadGraph;
}

namespace ct::fleets {

/// \brief The fixed part of an on-demand service design: its meeting points (stops) on the car
/// graph with the travel times between them, its service area and its promises (maximum wait,
/// detour allowance, time per stop). Immutable once built; one run's model reads it.
///
/// place() turns a TripRequest into stops and a time window, or says why the service refuses it:
/// `outside_service_area` (origin or destination), `no_stop_nearby` (no meeting point within the
/// walking limit), `same_stop` (both ends at one meeting point), `unreachable` (no road
/// between them), `impossible_window` (the direct ride cannot make the arrival time).
class OnDemandService
{
public:
    struct Options
    {
        double walkLimitMetres = 800.0;  //!< straight-line distance to the nearest meeting point
        double maxWaitSeconds = 900.0;   //!< latest pick-up after the request (own window)
        double detourFactor = 1.5;       //!< ride may take this many times the direct ride
        double serviceSeconds = 30.0;    //!< boarding or alighting per stop
    };

    /// \brief A request placed on the service: its meeting points and window, or the reason
    /// it is refused (a key listed above; empty when placed).
    struct Placement
    {
        int pickup = -1;
        int dropoff = -1;
        double earliestPickup = 0.0;
        double latestArrival = 0.0;
        double directSeconds = 0.0;
        QString reason;
        bool ok() const { return reason.isEmpty(); }
    };

    /// Meeting points at the graph nodes `stopNodes` (duplicates kept once).
    OnDemandService(const routing::RoadGraph &graph, std::vector<int> stopNodes, ServiceArea area, Options options);

    Placement place(const TripRequest &request) const;

    const routing::RoadGraph &graph() const { return m_graph; }
    const TravelTimeMatrix &times() const { return m_times; }
    const ServiceArea &area() const { return m_area; }
    const Options &options() const { return m_options; }
    int stopCount() const { return int(m_nodes.size()); }
    int stopNode(int stop) const { return m_nodes[std::size_t(stop)]; }
    geo::Point stopPosition(int stop) const;
    //! The meeting point nearest to `p` within the walking limit, or -1.
    int nearestStop(const geo::Point &p) const;

    /// Meeting points on a square grid of `spacing` metres over the graph's extent: each grid
    /// point inside `area` snapped to its nearest node (at most half a spacing away), keeping only
    /// nodes that reach and are reached from most others (the largest strongly connected part).
    static std::vector<int> gridStops(const routing::RoadGraph &graph, const ServiceArea &area, double spacing);

private:
    const routing::RoadGraph &m_graph;
    std::vector<int> m_nodes;
    ServiceArea m_area;
    Options m_options;
    TravelTimeMatrix m_times;
};

} // namespace ct::fleets
