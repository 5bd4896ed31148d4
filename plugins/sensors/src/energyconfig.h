// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDate>
#include <QString>

#include <cmath>
#include <limits>

namespace ct::sensors {

/// \brief The twin's energy settings (`energy_config`): the CO₂ emission factor of the
/// electricity the facilities buy and the reduction target. Changed only through
/// EnergyAccounts (TwinStore::perform, audited).
struct EnergyConfig
{
    //! kg-CO₂ per kWh (the schema's default: see EnergySchema::kDefaultEmissionFactor).
    double emissionFactor = 0.0;
    QString emissionFactorSource;
    QDate baselineFrom;   //!< first local day of the baseline period (inclusive); invalid when no target
    QDate baselineTo;     //!< last local day of the baseline period (inclusive)
    double targetPercent = std::numeric_limits<double>::quiet_NaN(); //!< reduction below the baseline, 0–100

    bool hasTarget() const { return baselineFrom.isValid() && baselineTo.isValid() && std::isfinite(targetPercent); }
};

} // namespace ct::sensors
