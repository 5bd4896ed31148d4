// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/dispatchproblem.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::hydrogen {

QString DispatchProblem::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("PowerDispatch", text); };
    if (travel.siteCount() != siteCount())
        return tr("the travel matrix has %1 sites, the problem %2").arg(travel.siteCount()).arg(siteCount());
    if (!(options.horizonHours > 0.0) || !std::isfinite(options.horizonHours))
        return tr("the horizon must be a positive number of hours");
    if (options.medicalFactor < 0.0 || !std::isfinite(options.medicalFactor))
        return tr("the medical factor must not be negative");
    if (options.maxStopsPerBus < 1)
        return tr("a bus needs room for at least one stop");
    for (std::size_t b = 0; b < buses.size(); ++b) {
        const FuelCellBus &bus = buses[b];
        const BusSpecification &spec = bus.specification;
        const QString where = bus.busId.isEmpty() ? QString::number(b) : bus.busId;
        if (!(spec.exportKw > 0.0) || !(spec.tankKwh > 0.0) || spec.drivingKwhPerKm < 0.0 || spec.refuelMinutes < 0.0)
            return tr("bus %1: export power and tank must be positive, consumption and refuelling time not negative").arg(where);
        if (bus.energyKwh < 0.0 || bus.energyKwh > spec.tankKwh + 1e-9 || !std::isfinite(bus.energyKwh))
            return tr("bus %1: energy %2 kWh is outside 0..%3 kWh").arg(where).arg(bus.energyKwh).arg(spec.tankKwh);
        if (bus.readyInSeconds < 0.0)
            return tr("bus %1: negative ready time").arg(where);
    }
    for (const ShelterNeed &s : shelters) {
        if (s.occupancy < 0 || s.medicalCount < 0)
            return tr("shelter %1: negative occupancy or medical count").arg(s.fid);
    }
    return {};
}

} // namespace ct::hydrogen
