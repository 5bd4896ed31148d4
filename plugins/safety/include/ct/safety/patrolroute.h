// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::safety {

/// \brief A patrol loop: from a police box through some hotspots and back, on the road network.
struct PatrolRoute
{
    int startNode = -1;                 //!< RoadGraph node of the police box
    std::vector<int> stopNodes;         //!< visiting order, start first and last
    std::vector<int> hotspotRanks;      //!< the hotspots visited, in order (Hotspot::rank)
    std::vector<int> edges;             //!< directed RoadGraph edges, start to start
    std::vector<geo::Point> polyline;   //!< EPSG:6677, closed
    double travelSeconds = 0.0;         //!< sum of the edges' travel times
    double dwellSeconds = 0.0;          //!< time spent at the hotspots
    double metres = 0.0;

    double totalSeconds() const { return travelSeconds + dwellSeconds; }
};

} // namespace ct::safety
