// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/greedybaseline.h"

#include "ct/hydrogen/planevaluator.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace ct::hydrogen {

std::vector<StopSequence> GreedyBaseline::sequences() const
{
    const PlanEvaluator evaluator(m_problem);
    const int buses = evaluator.busCount();
    std::vector<StopSequence> result(static_cast<std::size_t>(buses));
    std::vector<int> ranked;
    for (int s = 0; s < evaluator.shelterCount(); ++s)
        if (evaluator.isNeedy(s))
            ranked.push_back(s);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](int x, int y) { return evaluator.shelterWeight(x) > evaluator.shelterWeight(y); });
    std::vector<char> taken(std::size_t(evaluator.shelterCount()), 0);
    std::vector<char> done(static_cast<std::size_t>(buses), 0);
    for (int b = 0; b < buses; ++b)
        done[std::size_t(b)] = !m_problem.buses[std::size_t(b)].isAvailable();
    const int maxStops = m_problem.options.maxStopsPerBus;
    std::vector<PlanEvaluator::Interval> intervals;
    // Supply hours the last stop of `sequence` gets (−1 when infeasible).
    auto lastSupplyHours = [&](int bus, const StopSequence &sequence) {
        if (!evaluator.decode(bus, sequence, intervals))
            return -1.0;
        if (intervals.empty())
            return 0.0;
        const auto &last = intervals.back();
        return last.shelter == sequence.back() ? (last.end - last.start) / 3600.0 : 0.0;
    };

    for (;;) {
        int bus = -1;
        double earliest = 0.0;
        for (int b = 0; b < buses; ++b) {
            if (done[std::size_t(b)])
                continue;
            double t = 0.0, energy = 0.0;
            evaluator.finish(b, result[std::size_t(b)], &t, &energy);
            if (bus < 0 || t < earliest) {
                bus = b;
                earliest = t;
            }
        }
        if (bus < 0)
            break;
        StopSequence &sequence = result[std::size_t(bus)];
        bool assigned = false;
        for (const int s : ranked) {
            if (taken[std::size_t(s)])
                continue;
            StopSequence direct = sequence;
            direct.push_back(s);
            const double directHours = int(direct.size()) <= maxStops ? lastSupplyHours(bus, direct) : -1.0;
            double refuelHours = -1.0;
            StopSequence refuelled = sequence;
            if (directHours < 1.0 && int(sequence.size()) + 2 <= maxStops && !m_problem.stations.empty()) {
                refuelled.push_back(kRefuelStop);
                refuelled.push_back(s);
                refuelHours = lastSupplyHours(bus, refuelled);
            }
            if (directHours >= 1.0 || (directHours > 0.0 && directHours >= refuelHours)) {
                sequence = std::move(direct);
            } else if (refuelHours > 0.0) {
                sequence = std::move(refuelled);
            } else {
                continue;
            }
            taken[std::size_t(s)] = 1;
            assigned = true;
            break;
        }
        if (!assigned)
            done[std::size_t(bus)] = 1;
    }
    return result;
}

DispatchPlan GreedyBaseline::plan() const
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<StopSequence> chosen = sequences();
    const PlanEvaluator evaluator(m_problem);
    DispatchPlan result = evaluator.plan(chosen);
    result.algorithm = QStringLiteral("greedy-baseline");
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace ct::hydrogen
