// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/interventioncatalog.h"

namespace ct::assets {

InterventionCatalog InterventionCatalog::defaults()
{
    InterventionCatalog c;
    c.setUnitCosts(AssetType::Bridge, {0.10, 0.30, 0.50, 0.80});
    c.setUnitCosts(AssetType::Pavement, {0.002, 0.006, 0.010, 0.015});
    c.setUnitCosts(AssetType::WaterPipe, {0.03, 0.08, 0.12, 0.15});
    c.setUnitCosts(AssetType::SewerPipe, {0.025, 0.07, 0.10, 0.13});
    // 30 days × ¥1,000 detour; 7 days × ¥300; 2 days × ¥2,000; 3 days × ¥1,500 — in million yen
    c.setConsequencePerUnit(AssetType::Bridge, 30 * 1000 / 1e6);
    c.setConsequencePerUnit(AssetType::Pavement, 7 * 300 / 1e6);
    c.setConsequencePerUnit(AssetType::WaterPipe, 2 * 2000 / 1e6);
    c.setConsequencePerUnit(AssetType::SewerPipe, 3 * 1500 / 1e6);
    c.setEmergencyPremium(1.5);
    return c;
}

double InterventionCatalog::cost(const Asset &asset, Intervention intervention) const
{
    const UnitCosts &u = unitCosts(asset.type);
    double unit = 0.0;
    switch (intervention) {
    case Intervention::None: unit = 0.0; break;
    case Intervention::Preventive: unit = u.preventive; break;
    case Intervention::Repair: unit = u.repair; break;
    case Intervention::Renewal: unit = u.renewal; break;
    case Intervention::Replacement: unit = u.replacement; break;
    }
    return unit * asset.size();
}

std::vector<InterventionOption> InterventionCatalog::options(const Asset &asset, Grade grade) const
{
    switch (grade) {
    case Grade::I:
        return {};
    case Grade::II:
        return {{Intervention::Preventive, Grade::I, cost(asset, Intervention::Preventive)}};
    case Grade::III:
        return {{Intervention::Repair, Grade::II, cost(asset, Intervention::Repair)},
                {Intervention::Renewal, Grade::I, cost(asset, Intervention::Renewal)}};
    case Grade::IV:
        return {{Intervention::Replacement, Grade::I, cost(asset, Intervention::Replacement)}};
    }
    return {};
}

double InterventionCatalog::consequence(const Asset &asset) const
{
    return consequencePerUnit(asset.type) * asset.importance;
}

} // namespace ct::assets
