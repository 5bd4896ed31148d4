// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "searchstate.h"

#include <algorithm>
#include <limits>

namespace ct::hydrogen::detail {

namespace {
constexpr double kInfeasible = -std::numeric_limits<double>::infinity();
}

SearchState::SearchState(const PlanEvaluator &evaluator)
    : m_evaluator(evaluator),
      m_sequences(std::size_t(evaluator.busCount())),
      m_intervals(std::size_t(evaluator.busCount())),
      m_checkpoints(std::size_t(evaluator.busCount())),
      m_byShelter(std::size_t(evaluator.shelterCount())),
      m_coverage(std::size_t(evaluator.shelterCount()), 0.0),
      m_mark(std::size_t(evaluator.shelterCount()), 0)
{
}

bool SearchState::reset(const std::vector<StopSequence> &sequences)
{
    if (int(sequences.size()) != m_evaluator.busCount())
        return false;
    std::vector<std::vector<PlanEvaluator::Interval>> intervals(sequences.size());
    std::vector<std::vector<PlanEvaluator::Checkpoint>> checkpoints(sequences.size());
    for (std::size_t b = 0; b < sequences.size(); ++b)
        if (!m_evaluator.decode(int(b), sequences[b], intervals[b], &checkpoints[b]))
            return false;
    m_sequences = sequences;
    m_intervals = std::move(intervals);
    m_checkpoints = std::move(checkpoints);
    for (auto &list : m_byShelter)
        list.clear();
    for (std::size_t b = 0; b < m_intervals.size(); ++b)
        for (const auto &iv : m_intervals[b])
            m_byShelter[std::size_t(iv.shelter)].push_back({int(b), iv});
    m_total = 0.0;
    for (int s = 0; s < m_evaluator.shelterCount(); ++s) {
        m_scratch.clear();
        for (const Entry &e : m_byShelter[std::size_t(s)])
            m_scratch.push_back(e.interval);
        m_coverage[std::size_t(s)] = m_evaluator.shelterCoverage(s, m_scratch);
        m_total += m_coverage[std::size_t(s)];
    }
    m_trialA = m_trialB = -1;
    return true;
}

void SearchState::collectAffected(int bus, const std::vector<PlanEvaluator::Interval> &fresh)
{
    auto add = [&](int shelter) {
        if (m_mark[std::size_t(shelter)] != m_stamp) {
            m_mark[std::size_t(shelter)] = m_stamp;
            m_affected.push_back(shelter);
        }
    };
    // Intervals come in visiting order: the common prefix of the old and the new schedule is
    // unchanged, so only shelters of the differing rest can change their coverage.
    const auto &old = m_intervals[std::size_t(bus)];
    std::size_t same = 0;
    while (same < old.size() && same < fresh.size() && old[same].shelter == fresh[same].shelter
           && old[same].start == fresh[same].start && old[same].end == fresh[same].end
           && old[same].fraction == fresh[same].fraction)
        ++same;
    for (std::size_t k = same; k < old.size(); ++k)
        add(old[k].shelter);
    for (std::size_t k = same; k < fresh.size(); ++k)
        add(fresh[k].shelter);
}

bool SearchState::decodeChanged(int bus, const StopSequence &sequence, int changed,
                                std::vector<PlanEvaluator::Interval> &intervals,
                                std::vector<PlanEvaluator::Checkpoint> &checkpoints) const
{
    // The stop before the first change supplies until the reserve for the (new) next leg, so
    // decoding resumes on arrival there; everything before is copied.
    const int resume = changed - 1;
    const StopSequence &current = m_sequences[std::size_t(bus)];
    const auto &known = m_checkpoints[std::size_t(bus)];
    if (resume < 0 || resume >= int(known.size()) || resume >= int(sequence.size())
        || !std::equal(sequence.begin(), sequence.begin() + resume + 1, current.begin(), current.begin() + resume + 1))
        return m_evaluator.decode(bus, sequence, intervals, &checkpoints);
    intervals.clear();
    for (const auto &iv : m_intervals[std::size_t(bus)]) {
        if (iv.stop >= resume)
            break;
        intervals.push_back(iv);
    }
    checkpoints.assign(known.begin(), known.begin() + resume + 1);
    return m_evaluator.decodeFrom(bus, sequence, resume, known[std::size_t(resume)], intervals, &checkpoints);
}

double SearchState::trial(int a, const StopSequence &sequenceA, int b, const StopSequence *sequenceB,
                          int changedA, int changedB)
{
    m_trialA = -1;
    if (b == a)
        b = -1;
    if (!decodeChanged(a, sequenceA, changedA, m_trialIntervalsA, m_trialCheckpointsA))
        return kInfeasible;
    m_trialIntervalsB.clear();
    if (b >= 0 && !decodeChanged(b, *sequenceB, changedB, m_trialIntervalsB, m_trialCheckpointsB))
        return kInfeasible;
    if (++m_stamp == 0) { // wrapped: clear the marks once
        std::fill(m_mark.begin(), m_mark.end(), 0u);
        m_stamp = 1;
    }
    m_affected.clear();
    collectAffected(a, m_trialIntervalsA);
    if (b >= 0)
        collectAffected(b, m_trialIntervalsB);
    m_affectedCoverage.resize(m_affected.size());
    double delta = 0.0;
    for (std::size_t k = 0; k < m_affected.size(); ++k) {
        const int s = m_affected[k];
        m_scratch.clear();
        for (const Entry &e : m_byShelter[std::size_t(s)])
            if (e.bus != a && e.bus != b)
                m_scratch.push_back(e.interval);
        for (const auto &iv : m_trialIntervalsA)
            if (iv.shelter == s)
                m_scratch.push_back(iv);
        for (const auto &iv : m_trialIntervalsB)
            if (iv.shelter == s)
                m_scratch.push_back(iv);
        const double fresh = m_evaluator.shelterCoverage(s, m_scratch);
        m_affectedCoverage[k] = fresh;
        delta += fresh - m_coverage[std::size_t(s)];
    }
    m_trialA = a;
    m_trialB = b;
    m_trialSequenceA = sequenceA;
    if (b >= 0)
        m_trialSequenceB = *sequenceB;
    return delta;
}

void SearchState::commit()
{
    if (m_trialA < 0)
        return;
    const int a = m_trialA, b = m_trialB;
    for (const int s : m_affected) {
        auto &list = m_byShelter[std::size_t(s)];
        std::erase_if(list, [&](const Entry &e) { return e.bus == a || e.bus == b; });
    }
    for (const auto &iv : m_trialIntervalsA)
        m_byShelter[std::size_t(iv.shelter)].push_back({a, iv});
    for (const auto &iv : m_trialIntervalsB)
        m_byShelter[std::size_t(iv.shelter)].push_back({b, iv});
    for (std::size_t k = 0; k < m_affected.size(); ++k) {
        const int s = m_affected[k];
        m_total += m_affectedCoverage[k] - m_coverage[std::size_t(s)];
        m_coverage[std::size_t(s)] = m_affectedCoverage[k];
    }
    m_sequences[std::size_t(a)] = m_trialSequenceA;
    m_intervals[std::size_t(a)] = m_trialIntervalsA;
    m_checkpoints[std::size_t(a)] = m_trialCheckpointsA;
    if (b >= 0) {
        m_sequences[std::size_t(b)] = m_trialSequenceB;
        m_intervals[std::size_t(b)] = m_trialIntervalsB;
        m_checkpoints[std::size_t(b)] = m_trialCheckpointsB;
    }
    m_trialA = m_trialB = -1;
}

void SearchState::busesSharingShelters(int bus, std::vector<int> &out) const
{
    out.clear();
    for (const auto &iv : m_intervals[std::size_t(bus)])
        for (const Entry &e : m_byShelter[std::size_t(iv.shelter)])
            if (e.bus != bus && std::find(out.begin(), out.end(), e.bus) == out.end())
                out.push_back(e.bus);
}

} // namespace ct::hydrogen::detail
