// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "energyconfig.h"
#include "energymeter.h"
#include "energyreport.h"
#include "reading.h"

#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief Energy of the public facilities: which meters measure which facility, the daily totals
/// per facility and for the city with their CO₂, and the reduction target.
///
/// Daily totals come from EnergyLedger (local days, Asia/Tokyo). The emission factor and the
/// target are changed only through TwinStore::perform("sensors.energy.configure") — one
/// transaction and one audit row with the values before and after; the schema grants it to
/// planners and administrators. Bad values are refused naming the field, the twin unchanged.
class EnergyAccounts
{
public:
    explicit EnergyAccounts(store::TwinStore &twin);

    static QString configureAction() { return QStringLiteral("sensors.energy.configure"); }
    //! Facility kinds the schema accepts.
    static QStringList facilityKinds();

    /// Says which facility an energy-meter sensor measures and how its readings count (a
    /// registry change, like SensorRegistry::add: no audit). Refuses a sensor that is not an
    /// energy meter in kWh, an empty facility or an unknown kind. Replaces an earlier entry.
    core::Status registerMeter(qint64 sensorId, const QString &facility, const QString &facilityKind, EnergyMeter::Mode mode);
    core::Result<std::vector<EnergyMeter>> meters() const;

    core::Result<EnergyConfig> config() const;
    //! kg-CO₂/kWh, 0 to 2 (no grid exceeds ~1.1), with where the value comes from (not empty).
    core::Status setEmissionFactor(const core::Actor &actor, double kgPerKwh, const QString &source);
    //! Baseline days from … to (inclusive, local), reduction percent in (0, 100).
    core::Status setTarget(const core::Actor &actor, const QDate &baselineFrom, const QDate &baselineTo, double percent);

    /// Daily totals over local days from … to (inclusive). `horizonMs`: "now", gaps are not
    /// looked for after it (default: the end of the range).
    core::Result<EnergyReport> report(const QDate &from, const QDate &to, qint64 horizonMs = -1) const;
    //! The newest local day any energy meter has a reading for.
    core::Result<std::optional<QDate>> newestDay() const;

private:
    core::Result<std::vector<Reading>> readingsFor(const EnergyMeter &meter, qint64 fromMs, qint64 toMs) const;

    store::TwinStore &m_twin;
};

} // namespace ct::sensors
