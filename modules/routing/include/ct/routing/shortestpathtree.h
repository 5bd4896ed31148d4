// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/direction.h"

#include <limits>
#include <vector>

namespace ct::routing {

/// \brief The result of a one-to-all or many-to-all search: for every node the time to (or from)
/// the nearest source, which source that is, and the edge to follow.
///
/// Direction::Backward (catchments, evacuation): nextEdge[v] is an edge whose tail is v; following
/// nextEdge from head to head leads to the nearest source in `seconds[v]`. Direction::Forward:
/// nextEdge[v] is the edge whose head is v on a shortest path from the nearest source (the
/// predecessor edge); following tails leads back to the source. nextEdge is -1 at a source and at
/// unreached nodes; source is -1 and seconds infinite at unreached nodes.
struct ShortestPathTree
{
    Direction direction = Direction::Forward;
    std::vector<double> seconds;  //!< per node: travel time to/from the nearest source (s)
    std::vector<int> source;      //!< per node: index into the caller's source list, or -1
    std::vector<int> nextEdge;    //!< per node: see above, or -1

    bool isReached(int node) const { return source[node] >= 0; }
    static constexpr double kUnreached = std::numeric_limits<double>::infinity();
};

} // namespace ct::routing
