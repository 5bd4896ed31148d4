// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"
#include "ct/assets/deteriorationmodel.h"
#include "ct/assets/interventioncatalog.h"
#include "ct/assets/maintenanceplan.h"
#include "ct/assets/multiplechoiceknapsack.h"

#include <vector>

namespace ct::assets {

/// \brief Chooses interventions under an annual budget to reduce the risk of failure most.
///
/// Risk of an asset in grade g = P(in IV within the risk horizon | g) × consequence (million
/// yen), from the DeteriorationModel and the InterventionCatalog. An intervention's value is the
/// risk it removes: consequence × (P_fail(g) − P_fail(grade after)). Each year is an exact
/// multiple-choice knapsack (one option or none per asset in II–IV) on the budget in cost units
/// (costs rounded up, so the real spending stays within the budget); money the rounding leaves
/// unspent then goes to left-out assets by value per yen while it fits (never over the budget).
///
/// Between the years of a plan the assets deteriorate by the Markov chain with draws that depend
/// only on the seed, the asset's position in the list and the year (common random numbers), so
/// two plans over the same inventory see the same "weather" and differ only by what they did.
class MaintenancePlanner
{
public:
    MaintenancePlanner(DeteriorationModel model, InterventionCatalog catalog);

    const DeteriorationModel &model() const { return m_model; }
    const InterventionCatalog &catalog() const { return m_catalog; }

    //! Risk of `asset` in `grade`, million yen.
    double risk(const Asset &asset, Grade grade, int horizon) const;
    //! The knapsack groups of one year (one group per asset in `grades` of II–IV), with their assets.
    struct Candidates
    {
        std::vector<int> assetIndex;
        std::vector<std::vector<InterventionOption>> options;
        std::vector<std::vector<MultipleChoiceKnapsack::Option>> groups;
    };
    Candidates candidates(const std::vector<Asset> &assets, const std::vector<Grade> &grades, int horizon,
                          double costUnit) const;
    //! The unit the settings imply (see PlanSettings::costUnit).
    static double effectiveCostUnit(const PlanSettings &settings);

    /// The plan: settings.years years, each solved exactly on the grades of that year.
    MaintenancePlan plan(const std::vector<Asset> &assets, const PlanSettings &settings) const;
    /// The same, each year chosen by MultipleChoiceKnapsack::greedy() and topped up the same way
    /// (the baseline of the benchmark).
    MaintenancePlan planGreedy(const std::vector<Asset> &assets, const PlanSettings &settings) const;

    //! The uniform draw in [0, 1) for asset `index` in plan year `year` (0-based) under `seed`.
    static double draw(std::uint64_t seed, int index, int year);

private:
    MaintenancePlan planWith(const std::vector<Asset> &assets, const PlanSettings &settings, bool greedy) const;

    DeteriorationModel m_model;
    InterventionCatalog m_catalog;
};

} // namespace ct::assets
