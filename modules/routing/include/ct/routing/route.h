// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <vector>

namespace ct::routing {

/// \brief A path through a RoadGraph: the directed edges in travel order and their totals.
///
/// `seconds` is exactly the sum of the edges' travel times; an unreachable target gives
/// reachable == false, no edges and infinite seconds. A route from a node to itself is reachable
/// with no edges and zero seconds.
struct Route
{
    std::vector<int> edges;  //!< directed edge indices of the RoadGraph, source first
    double seconds = 0.0;    //!< free-flow travel time (s)
    double metres = 0.0;     //!< length (m)
    bool reachable = false;
};

} // namespace ct::routing
