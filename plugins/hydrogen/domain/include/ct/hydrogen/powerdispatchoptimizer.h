// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/hydrogen/dispatchplan.h"
#include "ct/hydrogen/dispatchproblem.h"

#include <functional>

namespace ct::hydrogen {

/// \brief Plans which fuel-cell bus powers which shelter when, maximising covered person-hours
/// (the objective is defined once, in PlanEvaluator).
///
/// A plan is one stop sequence per bus (shelters and refuelling trips); the timing follows from
/// the sequence. The search:
/// 1. **Construction** — lazy greedy: every bus appends the stop (a shelter, or refuelling then a
///    shelter) that adds most to the objective; the bus with the largest gain goes first. Gains
///    only shrink as coverage grows (the objective is submodular in the intervals), so a cached
///    gain is an upper bound and only the top bus is re-evaluated.
/// 2. The better of that and the GreedyBaseline plan is the start, so the result is never worse
///    than the baseline.
/// 3. **Local descent** (first improvement, don't-look bits per bus): insert, remove, replace a
///    stop; swap or move stops within a bus; move or swap stops between two buses; exchange the
///    tails of two buses. A bus is looked at again when it or a bus sharing a shelter changed.
/// 4. **Iterated local search**: up to `perturbationRounds` rounds of a random kick (remove a
///    stretch, insert or replace a stop, move or swap stops between buses) followed by descent;
///    a round is kept only if it improves.
/// Steps 3 and 4 stop early when `evaluationBudget` schedule decodes are spent (large problems).
/// 5. **Tidying**: stops whose removal does not lower the objective are dropped (visits after a
///    shelter's need ended, repeated visits, refuelling that nothing later uses).
///
/// Deterministic: the same problem and options give the same plan (the kicks come from a
/// splitmix64 stream seeded by DispatchOptions::seed; no clocks, no thread count involved).
class PowerDispatchOptimizer
{
public:
    /// Called now and then with the fraction done (0..1); return false to cancel.
    using Progress = std::function<bool(double fraction)>;

    /// What the last optimise() did, for the benchmark and the UI.
    struct Statistics
    {
        double constructionObjective = 0.0;
        double baselineObjective = 0.0;
        double descentObjective = 0.0;      //!< after the first local descent
        int improvingMoves = 0;
        int rounds = 0;                     //!< perturbation rounds run
        int keptRounds = 0;                 //!< perturbation rounds that improved the plan
        bool budgetExhausted = false;       //!< stopped by DispatchOptions::evaluationBudget
        int removedStops = 0;               //!< stops dropped at the end as adding nothing
        long long evaluations = 0;          //!< bus schedules decoded
        long long constructionEvaluations = 0;
        long long descentEvaluations = 0;   //!< construction + first descent
        double averageStops = 0.0;          //!< per available bus in the result
    };

    explicit PowerDispatchOptimizer(const DispatchProblem &problem);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// The plan; an error for an invalid problem (DispatchProblem::validate()) or when cancelled.
    core::Result<DispatchPlan> optimise();

    const Statistics &statistics() const { return m_statistics; }

private:
    const DispatchProblem &m_problem;
    Progress m_progress;
    Statistics m_statistics;
};

} // namespace ct::hydrogen
