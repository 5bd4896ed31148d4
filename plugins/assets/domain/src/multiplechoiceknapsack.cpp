// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/multiplechoiceknapsack.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace ct::assets {

using Solution = MultipleChoiceKnapsack::Solution;
using Option = MultipleChoiceKnapsack::Option;

namespace {

void total(const std::vector<std::vector<Option>> &groups, Solution &s)
{
    s.value = 0.0;
    s.cost = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (s.choice[g] >= 0) {
            s.value += groups[g][std::size_t(s.choice[g])].value;
            s.cost += groups[g][std::size_t(s.choice[g])].cost;
        }
    }
}

} // namespace

Solution MultipleChoiceKnapsack::solve(const std::vector<std::vector<Option>> &groups, std::int64_t capacity)
{
    capacity = std::max<std::int64_t>(0, capacity);
    const std::size_t width = std::size_t(capacity) + 1;
    // best[w]: greatest value of the groups so far with cost ≤ w (monotone in w).
    std::vector<double> best(width, 0.0), next(width);
    // taken[g * width + w]: option of group g in the best solution of groups 0..g at cost ≤ w
    // (0 = none, k + 1 = option k). One byte each: a group has at most 254 options.
    std::vector<std::uint8_t> taken(groups.size() * width, 0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto &options = groups[g];
        std::uint8_t *row = taken.data() + g * width;
        next = best;
        for (std::size_t k = 0; k < options.size() && k < 254; ++k) {
            const std::int64_t c = options[k].cost;
            const double v = options[k].value;
            if (c < 0 || c > capacity)
                continue;
            for (std::size_t w = std::size_t(c); w < width; ++w) {
                const double candidate = best[w - std::size_t(c)] + v;
                if (candidate > next[w]) {
                    next[w] = candidate;
                    row[w] = std::uint8_t(k + 1);
                }
            }
        }
        best.swap(next);
    }
    Solution s;
    s.choice.assign(groups.size(), -1);
    std::size_t w = std::size_t(capacity);
    for (std::size_t g = groups.size(); g-- > 0;) {
        const std::uint8_t k = taken[g * width + w];
        if (k > 0) {
            s.choice[g] = int(k) - 1;
            w -= std::size_t(groups[g][k - 1].cost);
        }
    }
    total(groups, s);
    return s;
}

Solution MultipleChoiceKnapsack::exhaustive(const std::vector<std::vector<Option>> &groups, std::int64_t capacity)
{
    Solution best;
    best.choice.assign(groups.size(), -1);
    std::vector<int> current(groups.size(), -1);
    std::function<void(std::size_t, std::int64_t, double)> visit = [&](std::size_t g, std::int64_t cost, double value) {
        if (g == groups.size()) {
            if (value > best.value) {
                best.value = value;
                best.cost = cost;
                best.choice = current;
            }
            return;
        }
        current[g] = -1;
        visit(g + 1, cost, value);
        for (std::size_t k = 0; k < groups[g].size(); ++k) {
            const Option &o = groups[g][k];
            if (cost + o.cost > capacity)
                continue;
            current[g] = int(k);
            visit(g + 1, cost + o.cost, value + o.value);
        }
        current[g] = -1;
    };
    visit(0, 0, 0.0);
    total(groups, best);
    return best;
}

Solution MultipleChoiceKnapsack::greedy(const std::vector<std::vector<Option>> &groups, std::int64_t capacity)
{
    struct Entry
    {
        std::size_t group;
        std::size_t option;
        double ratio;
    };
    std::vector<Entry> entries;
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t k = 0; k < groups[g].size(); ++k) {
            const Option &o = groups[g][k];
            entries.push_back({g, k, o.cost > 0 ? o.value / double(o.cost) : o.value * 1e18});
        }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.ratio > b.ratio; });
    Solution s;
    s.choice.assign(groups.size(), -1);
    std::int64_t spent = 0;
    for (const Entry &e : entries) {
        const Option &o = groups[e.group][e.option];
        const int held = s.choice[e.group];
        const std::int64_t heldCost = held >= 0 ? groups[e.group][std::size_t(held)].cost : 0;
        const double heldValue = held >= 0 ? groups[e.group][std::size_t(held)].value : 0.0;
        if (o.value <= heldValue || spent - heldCost + o.cost > capacity)
            continue;
        spent += o.cost - heldCost;
        s.choice[e.group] = int(e.option);
    }
    total(groups, s);
    return s;
}

} // namespace ct::assets
