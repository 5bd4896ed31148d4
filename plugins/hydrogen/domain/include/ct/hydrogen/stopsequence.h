// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <vector>

namespace ct::hydrogen {

/// A bus's orders in visiting order: a shelter index (≥ 0, into DispatchProblem::shelters), or
/// kRefuelStop for a trip to the hydrogen station nearest (in driving time) to where the bus is.
/// Everything else — when it leaves, how long it supplies — follows from the sequence (see
/// PlanEvaluator), so a plan is fully described by one StopSequence per bus.
using StopSequence = std::vector<int>;

inline constexpr int kRefuelStop = -1;

} // namespace ct::hydrogen
