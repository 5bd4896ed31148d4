// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/planevaluator.h"
#include "ct/hydrogen/stopsequence.h"

#include <vector>

namespace ct::hydrogen::detail {

/// \brief A plan under construction with its objective kept up to date incrementally: trying a
/// change to one or two buses decodes only those buses and rescores only the shelters they
/// visit before or after the change.
class SearchState
{
public:
    explicit SearchState(const PlanEvaluator &evaluator);

    /// Replaces the whole plan; false (state unchanged) when a sequence is infeasible.
    bool reset(const std::vector<StopSequence> &sequences);

    double total() const { return m_total; }
    int busCount() const { return int(m_sequences.size()); }
    const StopSequence &sequence(int bus) const { return m_sequences[std::size_t(bus)]; }
    const std::vector<StopSequence> &sequences() const { return m_sequences; }
    //! Arrival state at each stop of a bus's current sequence.
    const std::vector<PlanEvaluator::Checkpoint> &checkpoints(int bus) const { return m_checkpoints[std::size_t(bus)]; }
    //! Current coverage (person-hours) of a shelter.
    double coverage(int shelter) const { return m_coverage[std::size_t(shelter)]; }

    /// Change in the objective if bus `a` got `sequenceA` (and bus `b`, when ≥ 0 and ≠ a, got
    /// `sequenceB`); negative infinity when infeasible. The trial is remembered for commit().
    /// `changedA`/`changedB`: the first index where the new sequence may differ from the current
    /// one (a hint: the stops before it are not decoded again if they are indeed unchanged).
    double trial(int a, const StopSequence &sequenceA, int b = -1, const StopSequence *sequenceB = nullptr,
                 int changedA = 0, int changedB = 0);
    /// Applies the last trial (which must have been feasible).
    void commit();
    //! Buses that a change of `bus`'s coverage at shared shelters affects (visit a shelter in common).
    void busesSharingShelters(int bus, std::vector<int> &out) const;

private:
    struct Entry
    {
        int bus;
        PlanEvaluator::Interval interval;
    };
    void collectAffected(int bus, const std::vector<PlanEvaluator::Interval> &fresh);
    bool decodeChanged(int bus, const StopSequence &sequence, int changed, std::vector<PlanEvaluator::Interval> &intervals,
                       std::vector<PlanEvaluator::Checkpoint> &checkpoints) const;

    const PlanEvaluator &m_evaluator;
    std::vector<StopSequence> m_sequences;
    std::vector<std::vector<PlanEvaluator::Interval>> m_intervals;   // per bus
    std::vector<std::vector<PlanEvaluator::Checkpoint>> m_checkpoints; // per bus
    std::vector<std::vector<Entry>> m_byShelter;                     // per shelter
    std::vector<double> m_coverage;                                   // per shelter
    double m_total = 0.0;

    // the last trial
    int m_trialA = -1, m_trialB = -1;
    StopSequence m_trialSequenceA, m_trialSequenceB;
    std::vector<PlanEvaluator::Interval> m_trialIntervalsA, m_trialIntervalsB;
    std::vector<PlanEvaluator::Checkpoint> m_trialCheckpointsA, m_trialCheckpointsB;
    std::vector<int> m_affected;
    std::vector<double> m_affectedCoverage;
    std::vector<unsigned> m_mark;
    unsigned m_stamp = 0;
    std::vector<PlanEvaluator::Interval> m_scratch;
};

} // namespace ct::hydrogen::detail
