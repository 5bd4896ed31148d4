// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/powerdispatchoptimizer.h"

#include "ct/hydrogen/greedybaseline.h"
#include "ct/hydrogen/planevaluator.h"
#include "localsearch.h"
#include "searchstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace ct::hydrogen {

namespace {

using detail::LocalSearch;
using detail::SearchState;

/// The best stop (or refuelling + stop) to append to `bus`; gain −∞ when none is feasible.
struct Append
{
    double gain = -std::numeric_limits<double>::infinity();
    StopSequence sequence;
};

/// Appending is tried in decreasing order of an upper bound of its gain, and stops once the bound
/// falls to the best gain found: the bound is what the new stop could add at most (the
/// shelter's uncovered need; its need window after the earliest possible arrival, which is the
/// arrival at the current last stop plus the drive; a full tank's worth of supply).
Append bestAppend(const PlanEvaluator &evaluator, SearchState &state, int bus, int maxStops, bool hasStation)
{
    const DispatchProblem &problem = evaluator.problem();
    const FuelCellBus &vehicle = problem.buses[std::size_t(bus)];
    const double refuelSeconds = vehicle.specification.refuelMinutes * 60.0;
    const double tank = vehicle.specification.tankKwh;
    const StopSequence &current = state.sequence(bus);
    const int n = int(current.size());
    // Where the last stop is, and when the bus can leave it at the earliest.
    int site = problem.busSite(bus);
    double leave = vehicle.readyInSeconds;
    for (int i = 0; i < n; ++i) {
        const int stop = current[std::size_t(i)];
        site = stop >= 0 ? problem.shelterSite(stop) : std::max(0, evaluator.nearestStationSite(site));
        leave = state.checkpoints(bus)[std::size_t(i)].seconds + (stop == kRefuelStop ? refuelSeconds : 0.0);
    }
    const int station = evaluator.nearestStationSite(site);
    const double energyCap = n == 0 ? vehicle.energyKwh : tank;

    struct Option
    {
        double bound;
        int shelter;
        bool refuel;
    };
    std::vector<Option> options;
    auto bound = [&](int s, double arrival, double energy) {
        const double power = evaluator.supplyKw(bus, s);
        const double weight = evaluator.shelterWeight(s);
        const double need = evaluator.needEndSeconds(s);
        const double uncovered = weight * need / 3600.0 - state.coverage(s);
        const double hours = std::min(need - arrival, energy / power * 3600.0) / 3600.0;
        return std::min(uncovered, weight * std::min(1.0, vehicle.specification.exportKw / problem.shelters[std::size_t(s)].loadKw) * hours);
    };
    for (int s = 0; s < evaluator.shelterCount(); ++s) {
        if (!evaluator.isNeedy(s) || (n > 0 && current.back() == s))
            continue;
        const int target = problem.shelterSite(s);
        if (n + 1 <= maxStops)
            options.push_back({bound(s, leave + problem.travel.seconds(site, target), energyCap), s, false});
        if (hasStation && station >= 0 && n + 2 <= maxStops && (n == 0 || current.back() != kRefuelStop)) {
            const double arrival = leave + problem.travel.seconds(site, station) + refuelSeconds + problem.travel.seconds(station, target);
            options.push_back({bound(s, arrival, tank), s, true});
        }
    }
    std::sort(options.begin(), options.end(), [](const Option &x, const Option &y) {
        if (x.bound != y.bound)
            return x.bound > y.bound;
        return x.shelter != y.shelter ? x.shelter < y.shelter : x.refuel < y.refuel;
    });
    Append best;
    StopSequence trial;
    for (const Option &option : options) {
        if (!(option.bound > best.gain) || !(option.bound > 0.0))
            break;
        trial = current;
        if (option.refuel)
            trial.push_back(kRefuelStop);
        trial.push_back(option.shelter);
        const double gain = state.trial(bus, trial, -1, nullptr, n);
        if (gain > best.gain) {
            best.gain = gain;
            best.sequence = trial;
        }
    }
    return best;
}

} // namespace

PowerDispatchOptimizer::PowerDispatchOptimizer(const DispatchProblem &problem) : m_problem(problem) {}

core::Result<DispatchPlan> PowerDispatchOptimizer::optimise()
{
    QElapsedTimer timer;
    timer.start();
    m_statistics = {};
    if (const QString problem = m_problem.validate(); !problem.isEmpty())
        return core::Error::invalidInput(problem, QStringLiteral("power dispatch"));
    const auto cancelled = [] {
        return core::Error::refused(QCoreApplication::translate("PowerDispatch", "power dispatch planning was cancelled"));
    };
    auto report = [this](double fraction) { return !m_progress || m_progress(fraction); };

    const PlanEvaluator evaluator(m_problem);
    SearchState state(evaluator);
    const int buses = evaluator.busCount();
    const int maxStops = m_problem.options.maxStopsPerBus;
    const bool hasStation = !m_problem.stations.empty();
    const double epsilon = 1e-9;

    // 1. Lazy greedy construction.
    (void)state.reset(std::vector<StopSequence>(std::size_t(buses)));
    using Candidate = std::pair<double, int>; // cached gain, bus (ties: lower bus first)
    auto order = [](const Candidate &x, const Candidate &y) {
        return x.first != y.first ? x.first < y.first : x.second > y.second;
    };
    std::priority_queue<Candidate, std::vector<Candidate>, decltype(order)> queue(order);
    for (int b = 0; b < buses; ++b) {
        if (!m_problem.buses[std::size_t(b)].isAvailable())
            continue;
        const Append append = bestAppend(evaluator, state, b, maxStops, hasStation);
        if (append.gain > epsilon)
            queue.push({append.gain, b});
    }
    while (!queue.empty()) {
        const int bus = queue.top().second;
        queue.pop();
        const Append append = bestAppend(evaluator, state, bus, maxStops, hasStation);
        if (!(append.gain > epsilon))
            continue;
        if (!queue.empty() && append.gain < queue.top().first) {
            queue.push({append.gain, bus}); // another bus may gain more now
            continue;
        }
        state.trial(bus, append.sequence);
        state.commit();
        const Append next = bestAppend(evaluator, state, bus, maxStops, hasStation);
        if (next.gain > epsilon)
            queue.push({next.gain, bus});
        if (!report(0.1))
            return cancelled();
    }
    m_statistics.constructionObjective = evaluator.objective(state.sequences());
    m_statistics.constructionEvaluations = evaluator.decodeCount();

    // 2. Start from the better of the construction and the baseline.
    const std::vector<StopSequence> baseline = GreedyBaseline(m_problem).sequences();
    m_statistics.baselineObjective = evaluator.objective(baseline);
    if (m_statistics.baselineObjective > m_statistics.constructionObjective)
        (void)state.reset(baseline);
    if (!report(0.2))
        return cancelled();

    // 3. Descent.
    LocalSearch search(evaluator, state, maxStops);
    const long long budget = m_problem.options.evaluationBudget;
    bool stop = false;     // cancelled by the caller
    double fraction = 0.25;
    const auto withinBudget = [&] { return budget <= 0 || evaluator.decodeCount() < budget; };
    const auto keepGoing = [&] {
        if (budget > 0)
            fraction = std::max(fraction, 0.25 + 0.75 * double(evaluator.decodeCount()) / double(budget));
        stop = stop || !report(std::min(fraction, 0.99));
        return !stop && withinBudget();
    };
    int moves = search.descend(true, keepGoing);
    if (stop)
        return cancelled();
    m_statistics.budgetExhausted = !withinBudget();
    m_statistics.improvingMoves += std::max(moves, 0);
    m_statistics.descentObjective = evaluator.objective(state.sequences());
    m_statistics.descentEvaluations = evaluator.decodeCount();

    // 4. Iterated local search: kick, descend, keep only improvements.
    std::vector<StopSequence> best = state.sequences();
    double bestObjective = state.total();
    std::uint64_t random = m_problem.options.seed;
    const int rounds = std::max(0, m_problem.options.perturbationRounds);
    for (int round = 0; round < rounds && withinBudget(); ++round) {
        if (budget <= 0)
            fraction = 0.3 + 0.7 * double(round) / double(rounds);
        if (!search.perturb(random))
            break;
        moves = search.descend(false, keepGoing);
        if (stop)
            return cancelled();
        m_statistics.improvingMoves += std::max(moves, 0);
        ++m_statistics.rounds;
        if (state.total() > bestObjective + 1e-9 * std::max(1.0, bestObjective)) {
            best = state.sequences();
            bestObjective = state.total();
            ++m_statistics.keptRounds;
        } else {
            (void)state.reset(best);
        }
    }
    m_statistics.budgetExhausted = !withinBudget();

    // 5. Drop the stops that add nothing, so that no order sends a bus anywhere in vain.
    (void)state.reset(best);
    m_statistics.removedStops = search.tidy();
    best = state.sequences();
    report(1.0);

    DispatchPlan plan = evaluator.plan(best);
    plan.algorithm = QStringLiteral("local-search");
    m_statistics.evaluations = evaluator.decodeCount();
    int available = 0, stops = 0;
    for (const BusPlan &bus : plan.buses) {
        if (m_problem.buses[std::size_t(bus.bus)].isAvailable()) {
            ++available;
            stops += int(bus.sequence.size());
        }
    }
    m_statistics.averageStops = available > 0 ? double(stops) / available : 0.0;
    plan.evaluations = m_statistics.evaluations;
    plan.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return plan;
}

} // namespace ct::hydrogen
