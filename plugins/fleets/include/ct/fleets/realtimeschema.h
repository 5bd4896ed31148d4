// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

namespace ct::fleets {

/// \brief Schema step 5 of the fleets component: live GTFS-Realtime feeds. `fleet_vehicle_trip`
/// keeps the trip each vehicle last reported (trip, route, stop, status, report time; written with
/// its position by VehiclePositionUpdater), which schedule adherence compares with the imported
/// timetable; `fleets.realtime.poll` lets mobility dispatchers and administrators poll a feed's
/// URL from the console (one audited transaction per poll that brings news).
class RealtimeSchema
{
public:
    static constexpr int kVersion = 5;
    static store::Migration migration();
    static QString pollAction() { return QStringLiteral("fleets.realtime.poll"); }
};

} // namespace ct::fleets
