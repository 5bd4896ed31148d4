// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/hydrogen/stopsequence.h"

#include <QString>

#include <vector>

namespace ct::hydrogen {

/// \brief One stop of a bus's plan: a shelter it supplies or a refuelling at a station.
/// Times are seconds from the plan's start; energies exportable kWh.
struct PlanStop
{
    enum class Kind { Supply, Refuel };

    Kind kind = Kind::Supply;
    int shelter = -1;                //!< Supply: index into DispatchProblem::shelters
    int station = -1;                //!< Refuel: index into DispatchProblem::stations
    double departSeconds = 0.0;      //!< leaves the previous place
    double arriveSeconds = 0.0;
    double driveKm = 0.0;
    double serviceStartSeconds = 0.0; //!< Supply: power on; Refuel: coupling
    double serviceEndSeconds = 0.0;   //!< Supply: power off (the bus leaves); Refuel: full
    double energyOnArrivalKwh = 0.0;
    double energyOnDepartureKwh = 0.0;
    double supplyKw = 0.0;            //!< Supply: power fed into the shelter
    /// Supply: this stop's share of the objective (person-hours not already covered by a stop that
    /// started earlier at the same shelter). The shares of all stops sum to the plan's objective.
    double coveredPersonHours = 0.0;

    double serviceHours() const { return (serviceEndSeconds - serviceStartSeconds) / 3600.0; }
};

/// \brief One bus's part of a plan.
struct BusPlan
{
    int bus = -1;                    //!< index into DispatchProblem::buses
    StopSequence sequence;
    std::vector<PlanStop> stops;     //!< one per sequence entry, as far as the plan is feasible
    bool feasible = true;
    QString problem;                 //!< why not feasible: which stop, what is missing
    double finalEnergyKwh = 0.0;
};

/// \brief A power dispatch plan: per available bus its stops, and the objective value.
struct DispatchPlan
{
    std::vector<BusPlan> buses;      //!< one per bus of the problem (unavailable buses: empty)
    /// The objective: weighted person-hours of power, see PlanEvaluator.
    double coveredPersonHours = 0.0;
    bool feasible = true;
    QString algorithm;               //!< "local-search", "greedy-baseline", "edited", …
    long long evaluations = 0;       //!< bus schedules decoded while searching
    double elapsedMs = 0.0;          //!< optimiser wall time

    std::vector<StopSequence> sequences() const
    {
        std::vector<StopSequence> result;
        result.reserve(buses.size());
        for (const BusPlan &b : buses)
            result.push_back(b.sequence);
        return result;
    }
};

} // namespace ct::hydrogen
