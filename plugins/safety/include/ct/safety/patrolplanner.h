// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/safety/hotspot.h"
#include "ct/safety/patrolroute.h"

#include "ct/routing/roadgraph.h"

#include <vector>

namespace ct::safety {

/// \brief Suggests a patrol loop from a police box through the top hotspots within a time budget.
///
/// An orienteering problem (visit the most valuable places in limited time), solved the usual
/// practical way: travel times between the box and the candidate hotspots by Dijkstra on the road
/// graph (modules/routing), then cheapest insertion by value per added second (value = the
/// hotspot's expected alerts), 2-opt on the order, and insertion again until nothing more fits.
/// Not guaranteed optimal; always within the budget and always a closed loop (an empty loop when
/// no hotspot fits).
class PatrolPlanner
{
public:
    struct Options
    {
        double budgetSeconds = 3600.0;  //!< travel plus dwell
        double dwellSeconds = 300.0;    //!< time spent at each hotspot
        int candidates = 10;            //!< the top hotspots considered
    };

    static PatrolRoute plan(const routing::RoadGraph &graph, geo::Point policeBox, const std::vector<Hotspot> &hotspots,
                            const Options &options);
};

} // namespace ct::safety
