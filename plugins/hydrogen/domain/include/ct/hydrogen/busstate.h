// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>

namespace ct::hydrogen {

/// \brief What a fuel-cell bus is doing. The text forms are those of the `state` column of
/// `fuel_cell_buses` and of `hydrogen_bus_state`.
enum class BusState {
    InService,       //!< running its timetable; can be called off for power supply
    EnRoute,         //!< driving to a shelter or to the hydrogen station
    SupplyingPower,  //!< parked at a shelter, feeding its switchboard
    Refuelling,      //!< at the hydrogen station
    Off              //!< out of service (depot, maintenance): not dispatched
};

/// "in_service", "en_route", "supplying_power", "refuelling", "off".
QString busStateName(BusState state);
/// Inverse of busStateName(); false for an unknown name.
bool busStateFromName(const QString &name, BusState *state);
/// Every state name, in the order of the enum.
QStringList busStateNames();
/// Whether an operator may move a bus from `from` to `to`. Every change between two different
/// states is allowed except leaving a shelter's supply straight into refuelling without driving
/// (the bus must be en route in between); setting the same state again is not a change.
bool isAllowedTransition(BusState from, BusState to);

} // namespace ct::hydrogen
