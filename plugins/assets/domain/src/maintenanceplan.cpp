// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/maintenanceplan.h"

namespace ct::assets {

double MaintenancePlan::totalCost() const
{
    double sum = 0.0;
    for (const PlanYear &y : years)
        sum += y.spent;
    return sum;
}

double MaintenancePlan::totalRiskReduction() const
{
    double sum = 0.0;
    for (const PlanYear &y : years)
        sum += y.riskReduction;
    return sum;
}

} // namespace ct::assets
