// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/vehiclefilter.h"

namespace ct::fleets {

bool VehicleFilter::matches(const VehicleRecord &v) const
{
    if (!kinds.isEmpty() && !kinds.contains(v.kind))
        return false;
    if (!state.isEmpty() && v.state != state)
        return false;
    const QString text = search.trimmed();
    if (text.isEmpty())
        return true;
    return v.id.contains(text, Qt::CaseInsensitive) || v.label.contains(text, Qt::CaseInsensitive)
           || v.state.contains(text, Qt::CaseInsensitive);
}

std::vector<VehicleRecord> VehicleFilter::apply(const std::vector<VehicleRecord> &vehicles) const
{
    std::vector<VehicleRecord> result;
    for (const VehicleRecord &v : vehicles)
        if (matches(v))
            result.push_back(v);
    return result;
}

} // namespace ct::fleets
