// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cstdint>

namespace ct::assets {

/// \brief What the maintenance planner is asked: an annual budget over some years.
struct PlanSettings
{
    double annualBudget = 500.0; //!< million yen per year
    int years = 5;               //!< length of the plan
    int riskHorizon = 10;        //!< years over which the probability of failure is counted
    /// Money granularity of the optimisation (million yen). Costs are rounded up and the budget
    /// down to whole units, so the plan never spends more than the budget. When the budget would
    /// be more than kMaxUnits units, the unit grows to budget ÷ kMaxUnits.
    double costUnit = 0.1;
    std::uint64_t seed = 1;      //!< draws of the deterioration between the plan's years
    int firstYear = 2026;        //!< calendar year of the plan's first year

    static constexpr std::int64_t kMaxUnits = 4000;
};

} // namespace ct::assets
