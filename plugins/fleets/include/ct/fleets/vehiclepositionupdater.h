// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/vehicleposition.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief Writes reported positions into `fleet_vehicle` (x/y in EPSG:6677, heading, state and the
/// report's time), all or nothing. A vehicle the table does not know yet is added as a
/// community bus with capacity 0 (a GTFS-Realtime feed reports scheduled buses; its capacity is
/// not in the feed). A report older than the one already stored is ignored. The trip, route and
/// stop a vehicle reports go into `fleet_vehicle_trip` (schema step 5) when the twin has it.
/// An on-demand bus standing (STOPPED_AT, or speed 0) within 40 m of its next planned stop marks
/// that stop started (StopLifecycle::startFromReport; never done — a person confirms boarding).
class VehiclePositionUpdater
{
public:
    struct Outcome
    {
        int updated = 0;
        int inserted = 0;
        int stale = 0;
        int stopsStarted = 0;  //!< on-demand stops marked started by these reports
    };
    static core::Result<Outcome> apply(store::TwinStore &store, const std::vector<VehiclePosition> &positions);
};

} // namespace ct::fleets
