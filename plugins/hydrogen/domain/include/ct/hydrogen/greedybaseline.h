// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/dispatchplan.h"
#include "ct/hydrogen/dispatchproblem.h"

namespace ct::hydrogen {

/// \brief The simple rule a dispatcher would follow by hand, as the yardstick of the optimiser:
/// neediest shelter first, to whichever bus is free first.
///
/// Shelters are ranked by weight (ties: list order). Repeatedly the available bus that finishes
/// its current stops earliest (ties: lowest index) takes the highest-ranked shelter nobody has
/// taken yet that it can still supply: directly if that gives at least an hour of power,
/// otherwise after refuelling if that gives more. A shelter it cannot supply at all stays for
/// the other buses; a bus with no shelter left it can supply is done. Each shelter gets one bus
/// at most (no relays). Scored with the same PlanEvaluator as the optimiser.
class GreedyBaseline
{
public:
    explicit GreedyBaseline(const DispatchProblem &problem) : m_problem(problem) {}
    DispatchPlan plan() const;
    /// Only the sequences (the optimiser starts from them too).
    std::vector<StopSequence> sequences() const;

private:
    const DispatchProblem &m_problem;
};

} // namespace ct::hydrogen
