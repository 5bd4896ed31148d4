// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/fleets/plannedstop.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief What happens to an on-demand bus's planned stops (`fleet_stop`) on the road: the vehicle
/// arrives (the stop is *started*: no longer re-planned), then the stop is *done* — a pick-up puts
/// the request `picked_up`, a drop-off `completed` — or, at a pick-up, the rider does not come
/// (the request is `cancelled` with reason `no_show` and both of its stops go).
///
/// start(), complete() and noShow() are TwinStore::perform() actions (`fleets.stop.start`,
/// `fleets.stop.complete`, `fleets.stop.no_show`; schema step 6) with before/after, target
/// `fleet_request:<id>`. Stops are done in order: only a vehicle's next stop (its lowest
/// sequence) may be started, completed or marked a no-show; anything else is refused naming the
/// stop that comes first. A stop can be completed without being started first (a dispatcher
/// confirming by radio). Done stops leave `fleet_stop`; `fleet_vehicle.occupancy` follows the
/// riders (+ at a pick-up, − at a drop-off). The ETAs of the later stops are left as planned: the
/// next dispatch decision or re-optimisation for the vehicle plans them again from its position.
///
/// Positions arrive faster than dispatchers can click: startFromReport() marks the next stop
/// started when a report puts the on-demand bus within kArrivalRadius of it and says the bus stands
/// (GTFS-Realtime STOPPED_AT, or a reported speed of 0). It never completes a stop — whether the
/// rider boarded or left is for a person to confirm.
class StopLifecycle
{
public:
    static constexpr double kArrivalRadius = 40.0;  //!< metres

    /// The pending stops of `vehicleId` (every on-demand bus's when empty), by vehicle and sequence.
    static core::Result<std::vector<PlannedStop>> plannedStops(const store::TwinStore &twin, const QString &vehicleId = {});

    static core::Status start(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, int sequence,
                              const QDateTime &at);
    static core::Status complete(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, int sequence,
                                 const QDateTime &at);
    static core::Status noShow(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, int sequence,
                               const QDateTime &at);

    /// Inside the caller's transaction (a position import or poll): marks `vehicleId`'s next stop
    /// started at `at` when the vehicle is an on-demand bus standing within kArrivalRadius of it.
    /// Returns whether it did. A twin without the tables (schema < 6) is left alone.
    static core::Result<bool> startFromReport(store::TwinStore &twin, const QString &vehicleId, const geo::Point &position,
                                              bool standing, const QDateTime &at);
};

} // namespace ct::fleets
