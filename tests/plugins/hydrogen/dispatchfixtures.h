// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// Small dispatch problems for the tests: hand-made ones with round numbers, and random ones
// whose travel matrix is straight-line distance × detour at a fixed speed.

#include "ct/hydrogen/dispatchproblem.h"
#include "ct/hydrogen/planevaluator.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace ct::hydrogen::testing {

/// Fills problem.travel from the positions of shelters, stations and buses: km = straight-line
/// distance × 1.3, seconds at 30 km/h.
inline void straightLineTravel(DispatchProblem &problem)
{
    std::vector<geo::Point> sites;
    for (const auto &s : problem.shelters)
        sites.push_back(s.position);
    for (const auto &s : problem.stations)
        sites.push_back(s.position);
    for (const auto &b : problem.buses)
        sites.push_back(b.position);
    problem.travel = TravelMatrix(int(sites.size()));
    for (std::size_t i = 0; i < sites.size(); ++i) {
        for (std::size_t j = 0; j < sites.size(); ++j) {
            const double km = std::hypot(sites[i].x - sites[j].x, sites[i].y - sites[j].y) / 1000.0 * 1.3;
            problem.travel.set(int(i), int(j), km / 30.0 * 3600.0, km);
        }
    }
}

/// A random problem: `buses` buses (some low on energy, one maybe refuelling), `shelters` shelters
/// and one station in a 12 km square; loads 3–20 kW, outages 4 h to the horizon.
inline DispatchProblem randomProblem(std::uint32_t seed, int buses, int shelters, double horizonHours, int maxStops)
{
    std::mt19937 random(seed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(random); };
    auto integer = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(random); };
    DispatchProblem problem;
    problem.options.horizonHours = horizonHours;
    problem.options.maxStopsPerBus = maxStops;
    problem.stations.push_back({1, QStringLiteral("station"), {uniform(0, 12000), uniform(0, 12000)}});
    for (int s = 0; s < shelters; ++s) {
        ShelterNeed need;
        need.fid = s + 1;
        need.name = QStringLiteral("shelter %1").arg(s + 1);
        need.capacity = integer(50, 600);
        need.occupancy = integer(0, need.capacity);
        need.medicalCount = integer(0, need.occupancy / 10);
        need.loadKw = uniform(3.0, 20.0);
        need.expectedOutageHours = integer(0, 5) == 0 ? 0.0 : uniform(4.0, horizonHours * 1.2);
        need.position = {uniform(0, 12000), uniform(0, 12000)};
        problem.shelters.push_back(need);
    }
    for (int b = 0; b < buses; ++b) {
        FuelCellBus bus;
        bus.fid = b + 1;
        bus.busId = QStringLiteral("FCB%1").arg(b + 1, 2, 10, QLatin1Char('0'));
        bus.name = bus.busId;
        bus.energyKwh = std::round(uniform(20.0, 235.0));
        bus.position = {uniform(0, 12000), uniform(0, 12000)};
        if (integer(0, 3) == 0)
            bus.readyInSeconds = uniform(0.0, 3600.0);
        problem.buses.push_back(bus);
    }
    straightLineTravel(problem);
    return problem;
}

/// Best objective over every plan with at most options.maxStopsPerBus stops per bus: all
/// sequences over {refuel, shelter 0..S−1} for each bus, every combination.
inline double exhaustiveBest(const DispatchProblem &problem, std::vector<StopSequence> *bestPlan = nullptr)
{
    const PlanEvaluator evaluator(problem);
    const int buses = evaluator.busCount();
    const int shelters = evaluator.shelterCount();
    const int maxStops = problem.options.maxStopsPerBus;
    struct Option
    {
        StopSequence sequence;
        std::vector<PlanEvaluator::Interval> intervals;
    };
    std::vector<std::vector<Option>> options(static_cast<std::size_t>(buses));
    for (int b = 0; b < buses; ++b) {
        std::vector<StopSequence> frontier{{}};
        for (int length = 0; length <= maxStops; ++length) {
            std::vector<StopSequence> next;
            for (const StopSequence &sequence : frontier) {
                Option option{sequence, {}};
                if (evaluator.decode(b, sequence, option.intervals))
                    options[std::size_t(b)].push_back(std::move(option));
                if (length < maxStops && problem.buses[std::size_t(b)].isAvailable()) {
                    for (int token = kRefuelStop; token < shelters; ++token) {
                        StopSequence longer = sequence;
                        longer.push_back(token);
                        next.push_back(std::move(longer));
                    }
                }
            }
            frontier = std::move(next);
        }
    }
    double best = -std::numeric_limits<double>::infinity();
    std::vector<std::size_t> choice(static_cast<std::size_t>(buses), 0);
    std::vector<std::vector<PlanEvaluator::Interval>> perShelter(static_cast<std::size_t>(shelters));
    for (;;) {
        for (auto &list : perShelter)
            list.clear();
        for (int b = 0; b < buses; ++b)
            for (const auto &iv : options[std::size_t(b)][choice[std::size_t(b)]].intervals)
                perShelter[std::size_t(iv.shelter)].push_back(iv);
        double total = 0.0;
        for (int s = 0; s < shelters; ++s)
            total += evaluator.shelterCoverage(s, perShelter[std::size_t(s)]);
        if (total > best + 1e-9) {
            best = total;
            if (bestPlan) {
                bestPlan->clear();
                for (int b = 0; b < buses; ++b)
                    bestPlan->push_back(options[std::size_t(b)][choice[std::size_t(b)]].sequence);
            }
        }
        int b = 0;
        while (b < buses && ++choice[std::size_t(b)] == options[std::size_t(b)].size())
            choice[std::size_t(b++)] = 0;
        if (b == buses)
            break;
    }
    return best;
}

} // namespace ct::hydrogen::testing
