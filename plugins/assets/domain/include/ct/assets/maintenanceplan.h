// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/assettype.h"
#include "ct/assets/grade.h"
#include "ct/assets/intervention.h"
#include "ct/assets/plansettings.h"

#include <QString>

#include <vector>

namespace ct::assets {

/// \brief One intervention of a plan.
struct PlannedIntervention
{
    int year = 0;              //!< calendar year
    int assetIndex = -1;       //!< index into the planner's asset list
    QString assetId;
    AssetType type = AssetType::Pavement;
    Grade grade = Grade::I;    //!< grade when it is done
    Intervention intervention = Intervention::None;
    Grade after = Grade::I;
    double cost = 0.0;         //!< million yen
    double riskBefore = 0.0;   //!< million yen: P(failure within the horizon) × consequence
    double riskReduction = 0.0;//!< million yen
};

/// \brief Totals of one year of a plan.
struct PlanYear
{
    int year = 0;
    double budget = 0.0;
    double spent = 0.0;
    double riskBefore = 0.0;   //!< whole inventory, before this year's interventions
    double riskReduction = 0.0;
    int interventions = 0;
    int candidates = 0;        //!< assets with a possible intervention (grade II–IV)
};

/// \brief A multi-year maintenance plan: what to do each year within the annual budget.
struct MaintenancePlan
{
    PlanSettings settings;
    double costUnit = 0.0;     //!< the unit actually used (million yen)
    std::vector<PlannedIntervention> items;
    std::vector<PlanYear> years;

    double totalCost() const;
    double totalRiskReduction() const;
};

} // namespace ct::assets
