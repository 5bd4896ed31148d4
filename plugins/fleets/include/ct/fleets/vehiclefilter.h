// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/vehiclerecord.h"

#include <QStringList>

#include <vector>

namespace ct::fleets {

/// \brief The vehicle list's filters: kinds (empty: all), a state (empty: any) and a search text
/// matched, ignoring case, against the id, the label and the state.
struct VehicleFilter
{
    QStringList kinds;
    QString state;
    QString search;

    bool matches(const VehicleRecord &vehicle) const;
    std::vector<VehicleRecord> apply(const std::vector<VehicleRecord> &vehicles) const;
};

} // namespace ct::fleets
