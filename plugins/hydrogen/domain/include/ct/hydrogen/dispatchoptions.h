// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cstdint>

namespace ct::hydrogen {

/// \brief Parameters of a power dispatch plan.
struct DispatchOptions
{
    double horizonHours = 72.0;   //!< the plan covers [now, now + horizon]
    /// A person with medical needs counts (1 + medicalFactor) times (see ShelterNeed::weight()).
    double medicalFactor = 2.0;
    /// Longest sequence of stops (shelter visits and refuelling trips) one bus may get. It bounds
    /// the search space; the exhaustive test search uses the same bound.
    int maxStopsPerBus = 12;
    /// Local search: rounds of perturbation + descent after the first local optimum.
    int perturbationRounds = 200;
    /// Work limit of the local search, in bus schedules decoded (≈ 0.3 µs each): the search stops
    /// improving when it is spent, so a large problem is planned in bounded time. Counted in
    /// work, not seconds, so that a plan does not depend on the machine's speed or load.
    /// 0 = no limit.
    long long evaluationBudget = 400000;
    std::uint64_t seed = 20260101;  //!< of the perturbations
};

} // namespace ct::hydrogen
