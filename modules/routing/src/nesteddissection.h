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
/// nodes or more, by inertial flow (a minimum vertex cut between the first and last quarter of the
/// nodes along each direction, by unit-capacity max flow); the smallest separator is ranked above
/// both halves. Disconnected pieces are ordered independently. `adjacency` is the undirected simple graph (CSR: first[v]..first[v+1]).
/// Returns rank per node (0 = contracted first).
std::vector<int> nestedDissectionOrder(const std::vector<geo::Point> &positions, const std::vector<int> &first,
                                       const std::vector<int> &adjacency);

} // namespace ct::routing::detail
