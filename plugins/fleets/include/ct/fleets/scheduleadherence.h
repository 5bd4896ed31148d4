// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/adherenceentry.h"
#include "ct/fleets/tripshape.h"
#include "ct/fleets/tripstop.h"
#include "ct/fleets/vehicleposition.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief Schedule adherence of timetabled buses: each vehicle's delay against its trip's
/// stop_times, from the trip, stop and position it last reported (GTFS-Realtime →
/// `fleet_vehicle` + `fleet_vehicle_trip`) and the imported GTFS feed.
///
/// Where the vehicle should be: stopped at a stop, that stop's arrival time; otherwise its
/// position is projected onto the line the trip drives — its GTFS shape (`gtfs_shapes`, the
/// stops placed on it by stop_times.shape_dist_traveled when the feed gives it, else projected
/// in order; see TripShape::locate), or the straight legs between its stops when it has no
/// shape — between the stop before and the stop it is heading for (when it names one, so never
/// past that stop), and the time is interpolated by distance along the line between the
/// departure from one stop and the arrival at the next. Stops without times get times
/// interpolated by distance along the line between their timed neighbours. The report time is taken in
/// the agency's time zone; trips running past midnight (25:10:00) are matched to the service day
/// that puts the report nearest to the trip.
///
/// A vehicle gets a `problem` instead of a delay when its trip is not in any imported feed, the
/// trip runs by frequencies (no fixed departure), or the vehicle has no position or report time.
class ScheduleAdherence
{
public:
    enum class Where { Stopped, Moving };

    /// The delay (s) of a vehicle at `position` at `secondsOfDay` on a trip with `stops` (in
    /// sequence). `towardStop` (optional) is the stop it is heading for or standing at; `shape`
    /// the trip's line (invalid: straight legs between the stops).
    static core::Result<AdherenceEntry> estimate(const std::vector<TripStop> &stops, geo::Point position, int secondsOfDay,
                                                 Where where, const QString &towardStop = {}, const TripShape &shape = {});

    /// Every vehicle with a reported trip in `twin`, ordered by vehicle id.
    static core::Result<std::vector<AdherenceEntry>> compute(const store::TwinStore &twin);

    /// CSV (UTF-8, header row): vehicle_id, label, feed_id, trip_id, route_id, reported_at,
    /// scheduled (HH:MM:SS, hours past 24 kept), delay_s, next_stop_id, next_stop_name, problem.
    static QByteArray toCsv(const std::vector<AdherenceEntry> &entries);
};

} // namespace ct::fleets
