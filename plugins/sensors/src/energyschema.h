// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

namespace ct::sensors {

/// \brief Step 4 of the sensors schema: energy meters at public facilities and the energy settings.
///
/// `energy_meter` says which facility an energy-meter sensor measures and whether its readings
/// are a cumulative register or per-interval kWh; `energy_config` (one row) holds the CO₂
/// emission factor with its source and the reduction target (baseline days, percent); the action
/// `sensors.energy.configure` is granted to planners and administrators. On a twin made by the
/// city generator the step also registers the generated energy meters and seeds clearly marked
/// demo readings (EnergyDemo), so the dashboard has something to show; other twins are left alone.
class EnergySchema
{
public:
    static store::Migration migration();
    /// Default emission factor, kg-CO₂/kWh: 0.555 — the default factor for electricity supplied
    /// by others in the Order for Enforcement of the Act on Promotion of Global Warming
    /// Countermeasures (地球温暖化対策の推進に関する法律施行令 第3条, 0.000555 t-CO₂/kWh), the
    /// value the mandatory reporting system used where a supplier's own factor was not applied.
    /// A city should set its supplier's published factor for the year (電気事業者別排出係数,
    /// published by MOE and METI).
    static constexpr double kDefaultEmissionFactor = 0.555;
};

} // namespace ct::sensors
