// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"
#include "ct/assets/intervention.h"

#include <array>
#include <vector>

namespace ct::assets {

/// \brief Unit costs of the interventions and the consequence of a failure, per asset type.
///
/// All money in million yen (百万円). Unit costs per m² of deck (bridges), per m² of pavement,
/// per metre of pipe — orders of magnitude from MLIT and municipal asset-management plans
/// (橋梁長寿命化修繕計画, 舗装修繕計画, 水道・下水道の更新費用), not a price list:
///
/// | type (unit) | preventive (II→I) | repair (III→II) | renewal (III→I) | replacement (IV→I) |
/// |---|---|---|---|---|
/// | bridge (m² deck) | 0.10 | 0.30 | 0.50 | 0.80 |
/// | pavement (m²) | 0.002 | 0.006 | 0.010 | 0.015 |
/// | water pipe (m) | 0.03 | 0.08 | 0.12 | 0.15 |
/// | sewer pipe (m) | 0.025 | 0.07 | 0.10 | 0.13 |
///
/// A failure (grade IV) costs its users (consequence()): a bridge closed for 30 days sends its
/// traffic on a detour (¥1,000 per vehicle) — 0.03 × vehicles/day; failed pavement slows and
/// diverts traffic for 7 days (¥300 per vehicle) — 0.0021 × vehicles/day; a burst water main
/// leaves its users without water for 2 days (¥2,000 per person-day) — 0.004 × persons; a
/// collapsed sewer 3 days (¥1,500 per person-day) — 0.0045 × persons.
///
/// Reactive maintenance (fix only at IV) pays the replacement with an emergency premium (×1.5:
/// unplanned works, temporary measures) and the consequence of every failure.
class InterventionCatalog
{
public:
    struct UnitCosts
    {
        double preventive = 0.0;
        double repair = 0.0;
        double renewal = 0.0;
        double replacement = 0.0;
    };

    //! The documented defaults above.
    static InterventionCatalog defaults();

    const UnitCosts &unitCosts(AssetType type) const { return m_costs[std::size_t(type)]; }
    void setUnitCosts(AssetType type, const UnitCosts &costs) { m_costs[std::size_t(type)] = costs; }
    //! Million yen per unit of importance (vehicle/day or person) for one failure.
    double consequencePerUnit(AssetType type) const { return m_consequence[std::size_t(type)]; }
    void setConsequencePerUnit(AssetType type, double value) { m_consequence[std::size_t(type)] = value; }
    double emergencyPremium() const { return m_emergencyPremium; }
    void setEmergencyPremium(double factor) { m_emergencyPremium = factor; }

    //! Cost of `intervention` on `asset` (unit cost × size), million yen; 0 for None.
    double cost(const Asset &asset, Intervention intervention) const;
    //! The interventions possible in the asset's grade (none at I), each with its result and cost.
    std::vector<InterventionOption> options(const Asset &asset) const { return options(asset, asset.grade); }
    std::vector<InterventionOption> options(const Asset &asset, Grade grade) const;
    //! Million yen a failure of `asset` costs its users.
    double consequence(const Asset &asset) const;

private:
    std::array<UnitCosts, kAssetTypeCount> m_costs{};
    std::array<double, kAssetTypeCount> m_consequence{};
    double m_emergencyPremium = 1.5;
};

} // namespace ct::assets
