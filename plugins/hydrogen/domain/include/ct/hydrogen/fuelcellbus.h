// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/hydrogen/busspecification.h"
#include "ct/hydrogen/busstate.h"

#include <QString>

namespace ct::hydrogen {

/// \brief One fuel-cell bus as dispatch sees it: where it is, what it does, how much energy it has.
struct FuelCellBus
{
    qint64 fid = 0;                 //!< feature id in `fuel_cell_buses` (0 when not from a twin)
    QString busId;                  //!< "FCB01": the stable id orders and the audit log use
    QString name;
    BusState state = BusState::InService;
    double energyKwh = 0.0;         //!< exportable energy on board now (kWh)
    BusSpecification specification = BusSpecification::sora();
    geo::Point position;            //!< EPSG:6677 metres
    /// Seconds from the plan's start until the bus can leave (a bus refuelling now finishes
    /// first). Its energy is then the energy at that moment.
    double readyInSeconds = 0.0;

    /// Whether dispatch may use the bus: every state but Off.
    bool isAvailable() const { return state != BusState::Off; }
};

} // namespace ct::hydrogen
