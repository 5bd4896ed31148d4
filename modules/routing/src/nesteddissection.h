// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::routing::detail {

/// \brief A metric-independent contraction order by nested dissection on node coordinates.
///
/// Recursive bisection: a connected piece is cut by a line (four directions, several split
/// fractions between 1/3 and 2/3; a greedy vertex cover of the cut edges) and, for pieces of 32
/// nodes or more, by FlowCutter-like inertial flow: along each direction, minimum vertex cuts
/// (unit-capacity max flow) between the first and last 5 %, 10 %, ... 45 % of the nodes, the flow
/// reused as the terminal sets grow. The cut with the best expansion (separator size over the
/// smaller side) is ranked above both halves. Disconnected pieces are ordered independently.
/// `adjacency` is the undirected simple graph (CSR: first[v]..first[v+1]). Returns rank per node
/// (0 = contracted first).
std::vector<int> nestedDissectionOrder(const std::vector<geo::Point> &positions, const std::vector<int> &first,
                                       const std::vector<int> &adjacency);

} // namespace ct::routing::detail
