// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cstdint>
#include <vector>

namespace ct::assets {

/// \brief The multiple-choice knapsack: pick at most one option from each group so that the
/// total integer cost stays within the capacity and the total value is greatest.
///
/// solve() is exact: dynamic programming over the capacity, O(options × capacity) time and
/// groups × (capacity + 1) bytes for the choices. exhaustive() tries every combination (tests and
/// the benchmark only); greedy() takes options by value per cost unit (the usual spreadsheet
/// rule, a baseline).
class MultipleChoiceKnapsack
{
public:
    struct Option
    {
        std::int64_t cost = 0; //!< in cost units, ≥ 0
        double value = 0.0;    //!< ≥ 0
    };
    struct Solution
    {
        std::vector<int> choice; //!< per group: index of the option taken, or -1 for none
        double value = 0.0;
        std::int64_t cost = 0;
    };

    /// Exact optimum. Ties go to leaving a group out, then to the lower option index, groups
    /// taken in their order — the same input always gives the same choice. A capacity below 0
    /// is treated as 0.
    static Solution solve(const std::vector<std::vector<Option>> &groups, std::int64_t capacity);
    //! Every combination; only for small inputs (∏(options + 1) combinations).
    static Solution exhaustive(const std::vector<std::vector<Option>> &groups, std::int64_t capacity);
    /// Options by decreasing value ÷ cost; an option is taken when it fits and improves its
    /// group's value (a group may move to a better option). Not optimal.
    static Solution greedy(const std::vector<std::vector<Option>> &groups, std::int64_t capacity);
};

} // namespace ct::assets
