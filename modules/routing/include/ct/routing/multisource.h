// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/closures.h"
#include "ct/routing/direction.h"
#include "ct/routing/roadgraph.h"
#include "ct/routing/shortestpathtree.h"

#include <vector>

namespace ct::routing {

/// \brief Nearest source for every node in one search (catchments): for shelters use
/// Direction::Backward, so seconds[v] is the time *from* v *to* its nearest open shelter and
/// nextEdge[v] the first step of the way there.
///
/// One Dijkstra seeded with all sources at time 0; ties go to the source listed first. A source
/// listed twice, or out of range, is ignored after its first valid occurrence.
ShortestPathTree multiSource(const RoadGraph &graph, const Closures &closures, const std::vector<int> &sourceNodes,
                             Direction direction);

} // namespace ct::routing
