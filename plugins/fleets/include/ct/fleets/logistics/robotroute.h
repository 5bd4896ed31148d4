// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::fleets {

/// \brief A delivery robot's way on the pedestrian network: the walking graph's edges between
/// the nodes nearest to start and destination, and the short straight legs onto and off it.
struct RobotRoute
{
    std::vector<int> edges;             //!< directed edges of the walking RoadGraph, in order
    std::vector<geo::Point> polyline;   //!< start, the edges' geometry, destination
    double metres = 0.0;                //!< the whole way, straight legs included
    double seconds = 0.0;               //!< at the robot's speed
    double accessMetres = 0.0;          //!< of which the straight legs onto and off the network
};

} // namespace ct::fleets
