// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cmath>
#include <limits>

namespace ct::sensors {

/// \brief Where the city stands against its reduction target, over the complete days of a period.
///
/// baseline = mean city kWh per complete day of the baseline period; target = baseline × (1 −
/// percent/100); actual = mean city kWh per complete day of the period shown; reduction = 1 −
/// actual/baseline (in %); progress = reduction / percent (1 = target reached). The same ratios
/// hold for CO₂, whose daily figures are kWh × the one emission factor.
struct EnergyTarget
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    bool set = false;             //!< a baseline and a percentage are configured
    int baselineDays = 0;         //!< complete days in the baseline period
    double baselineDailyKwh = nan;
    double targetDailyKwh = nan;
    int actualDays = 0;           //!< complete days in the period shown
    double actualDailyKwh = nan;
    double reductionPercent = nan;
    double progress = nan;
    bool onTrack = false;         //!< actual ≤ target

    bool computable() const { return std::isfinite(progress); }
};

} // namespace ct::sensors
