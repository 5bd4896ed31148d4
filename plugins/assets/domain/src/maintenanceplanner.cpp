// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/maintenanceplanner.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ct::assets {

namespace {

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// P(failure within the horizon) per type and grade, computed once per plan.
using FailureTable = std::array<std::array<double, kGradeCount>, kAssetTypeCount>;

FailureTable failureTable(const DeteriorationModel &model, int horizon)
{
    FailureTable t{};
    for (AssetType type : allAssetTypes())
        for (Grade g : allGrades())
            t[std::size_t(type)][std::size_t(gradeIndex(g))] = model.failureProbability(type, g, horizon);
    return t;
}

/// Rounding costs up to whole units can leave money unspent; what is left (in real money) goes
/// to assets the optimum left out, best value per yen first, as long as it fits. This never
/// exceeds the budget and never lowers the value of the exact solution of the rounded problem.
void topUp(const MaintenancePlanner::Candidates &c, MultipleChoiceKnapsack::Solution &solution, double budget)
{
    double spent = 0.0;
    for (std::size_t g = 0; g < c.groups.size(); ++g)
        if (solution.choice[g] >= 0)
            spent += c.options[g][std::size_t(solution.choice[g])].cost;
    struct Entry
    {
        std::size_t group;
        std::size_t option;
        double ratio;
    };
    std::vector<Entry> entries;
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
        if (solution.choice[g] >= 0)
            continue;
        for (std::size_t k = 0; k < c.groups[g].size(); ++k) {
            const double cost = c.options[g][k].cost;
            const double value = c.groups[g][k].value;
            if (value > 0.0 && cost <= budget - spent)
                entries.push_back({g, k, cost > 0 ? value / cost : 1e300});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.ratio > b.ratio; });
    for (const Entry &e : entries) {
        const double cost = c.options[e.group][e.option].cost;
        if (solution.choice[e.group] >= 0 || spent + cost > budget)
            continue;
        solution.choice[e.group] = int(e.option);
        solution.value += c.groups[e.group][e.option].value;
        solution.cost += c.groups[e.group][e.option].cost;
        spent += cost;
    }
}

} // namespace

MaintenancePlanner::MaintenancePlanner(DeteriorationModel model, InterventionCatalog catalog)
    : m_model(std::move(model)), m_catalog(std::move(catalog))
{
}

double MaintenancePlanner::risk(const Asset &asset, Grade grade, int horizon) const
{
    return m_model.failureProbability(asset.type, grade, horizon) * m_catalog.consequence(asset);
}

double MaintenancePlanner::draw(std::uint64_t seed, int index, int year)
{
    const std::uint64_t h = splitmix(splitmix(seed ^ 0x61737365747321ULL) ^ (std::uint64_t(std::uint32_t(index)) << 20)
                                     ^ std::uint64_t(std::uint32_t(year)));
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

double MaintenancePlanner::effectiveCostUnit(const PlanSettings &settings)
{
    double unit = settings.costUnit > 0 ? settings.costUnit : 0.1;
    if (settings.annualBudget / unit > double(PlanSettings::kMaxUnits))
        unit = settings.annualBudget / double(PlanSettings::kMaxUnits);
    return unit;
}

MaintenancePlanner::Candidates MaintenancePlanner::candidates(const std::vector<Asset> &assets, const std::vector<Grade> &grades,
                                                              int horizon, double costUnit) const
{
    const FailureTable failure = failureTable(m_model, horizon);
    Candidates c;
    for (std::size_t i = 0; i < assets.size(); ++i) {
        const Asset &asset = assets[i];
        const Grade grade = grades[i];
        std::vector<InterventionOption> options = m_catalog.options(asset, grade);
        if (options.empty())
            continue;
        const double consequence = m_catalog.consequence(asset);
        const double pBefore = failure[std::size_t(asset.type)][std::size_t(gradeIndex(grade))];
        std::vector<MultipleChoiceKnapsack::Option> group;
        for (const InterventionOption &o : options) {
            const double pAfter = failure[std::size_t(asset.type)][std::size_t(gradeIndex(o.after))];
            // rounding the cost up to whole units keeps the real spending within the budget
            const auto units = std::int64_t(std::ceil(o.cost / costUnit - 1e-9));
            group.push_back({std::max<std::int64_t>(0, units), std::max(0.0, consequence * (pBefore - pAfter))});
        }
        c.assetIndex.push_back(int(i));
        c.options.push_back(std::move(options));
        c.groups.push_back(std::move(group));
    }
    return c;
}

MaintenancePlan MaintenancePlanner::plan(const std::vector<Asset> &assets, const PlanSettings &settings) const
{
    return planWith(assets, settings, false);
}

MaintenancePlan MaintenancePlanner::planGreedy(const std::vector<Asset> &assets, const PlanSettings &settings) const
{
    return planWith(assets, settings, true);
}

MaintenancePlan MaintenancePlanner::planWith(const std::vector<Asset> &assets, const PlanSettings &settings, bool greedy) const
{
    MaintenancePlan plan;
    plan.settings = settings;
    plan.costUnit = effectiveCostUnit(settings);
    const FailureTable failure = failureTable(m_model, settings.riskHorizon);
    std::vector<Grade> grades(assets.size());
    for (std::size_t i = 0; i < assets.size(); ++i)
        grades[i] = assets[i].grade;
    const auto capacity = std::int64_t(std::floor(settings.annualBudget / plan.costUnit + 1e-9));
    for (int y = 0; y < std::max(0, settings.years); ++y) {
        PlanYear year;
        year.year = settings.firstYear + y;
        year.budget = settings.annualBudget;
        for (std::size_t i = 0; i < assets.size(); ++i)
            year.riskBefore += failure[std::size_t(assets[i].type)][std::size_t(gradeIndex(grades[i]))]
                             * m_catalog.consequence(assets[i]);
        const Candidates c = candidates(assets, grades, settings.riskHorizon, plan.costUnit);
        year.candidates = int(c.groups.size());
        MultipleChoiceKnapsack::Solution solution =
            greedy ? MultipleChoiceKnapsack::greedy(c.groups, capacity) : MultipleChoiceKnapsack::solve(c.groups, capacity);
        topUp(c, solution, settings.annualBudget);
        for (std::size_t g = 0; g < c.groups.size(); ++g) {
            const int k = solution.choice[g];
            if (k < 0)
                continue;
            const int index = c.assetIndex[g];
            const Asset &asset = assets[std::size_t(index)];
            const InterventionOption &o = c.options[g][std::size_t(k)];
            PlannedIntervention item;
            item.year = year.year;
            item.assetIndex = index;
            item.assetId = asset.id;
            item.type = asset.type;
            item.grade = grades[std::size_t(index)];
            item.intervention = o.intervention;
            item.after = o.after;
            item.cost = o.cost;
            item.riskBefore = failure[std::size_t(asset.type)][std::size_t(gradeIndex(item.grade))] * m_catalog.consequence(asset);
            item.riskReduction = c.groups[g][std::size_t(k)].value;
            year.spent += item.cost;
            year.riskReduction += item.riskReduction;
            ++year.interventions;
            grades[std::size_t(index)] = o.after;
            plan.items.push_back(item);
        }
        plan.years.push_back(year);
        // a year passes: every asset deteriorates by the chain, with the plan-independent draws
        for (std::size_t i = 0; i < assets.size(); ++i)
            grades[i] = m_model.sample(assets[i].type, grades[i], draw(settings.seed, int(i), y));
    }
    return plan;
}

} // namespace ct::assets
