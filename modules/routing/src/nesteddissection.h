// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::routing::detail {

/// \brief A metric-independent contraction order by nested dissection on node coordinates.
///
/// Recursive bisection: a connected piece is cut by a line (four directions, several split
/// fractions between 1/3 and 2/3) and the smaller vertex cover of the cut edges found greedily
/// becomes the separator, ranked above both halves; disconnected pieces are ordered
/// independently. `adjacency` is the undirected simple graph (CSR: first[v]..first[v+1]).
/// Returns rank per node (0 = contracted first).
std::vector<int> nestedDissectionOrder(const std::vector<geo::Point> &positions, const std::vector<int> &first,
                                       const std::vector<int> &adjacency);

} // namespace ct::routing::detail
