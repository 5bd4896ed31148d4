// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QDate>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief Demo energy readings for a twin made by the city generator (metadata generator.seed):
/// registers the generated energy meters of `sensor_sites` (at shelters: schools, community
/// centres, public buildings) with their facility, and writes 56 days of half-hourly readings
/// ending at the local midnight before the twin was made — daily and weekly profiles per kind of
/// facility, about 10 % less in the last four weeks, one meter replaced (its counter restarts at
/// 0) and one five-hour outage, so the dashboard shows totals, a target and the issues it reports.
/// The baseline is the first four weeks, the target 10 %. The twin's metadata `energy.demo`
/// says the readings are generated, not measured; the dashboard shows it.
/// Deterministic: the same seed gives the same readings relative to the creation day.
class EnergyDemo
{
public:
    static constexpr int kDays = 56;
    //! Does nothing on a twin that was not generated or has no energy-meter sites.
    static core::Status seedIfGenerated(store::TwinStore &twin);
    //! Seeds as if the twin had been made on `createdDay` (local), with `seed` (tests).
    static core::Status seed(store::TwinStore &twin, const QDate &createdDay, quint64 seed);
};

} // namespace ct::sensors
