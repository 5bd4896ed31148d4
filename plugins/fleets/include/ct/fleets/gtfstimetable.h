// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The trips of imported GTFS feeds that run on one service day, each as a path with its
/// timed stop calls, so a bus's position at any second of the day can be read off.
///
/// Read from the fleets tables (gtfs_trip, gtfs_stop_time, gtfs_calendar, gtfs_calendar_date,
/// gtfs_frequency) and layers (gtfs_stops, gtfs_shapes; EPSG:6677). A trip runs when its service
/// is active on the date (calendar weekday and range, then calendar_dates: 1 adds, 2 removes).
/// Trips with frequencies become one trip per headway from start_time while before end_time, their
/// stop_times shifted to start there (exact_times 0 is treated as exact too). The path is the
/// trip's shape, each stop projected onto it in order; without a shape, straight lines between
/// the stops. Stop calls without times get times interpolated by distance along the path between
/// the timed ones. Times are seconds after the start of the service day (may exceed 24 h); a trip
/// of the previous service day still running after midnight is not included.
class GtfsTimetable
{
public:
    struct Call
    {
        QString stopId;
        double arrival = 0.0;
        double departure = 0.0;
        double measure = 0.0;     //!< metres along the path
    };
    struct Trip
    {
        QString feedId;
        QString tripId;           //!< with "@HH:MM:SS" appended for a frequency-based run
        QString routeId;
        std::vector<Call> calls;
        std::vector<geo::Point> path;
        std::vector<double> cumulative;   //!< metres along the path at each vertex
        double start() const { return calls.front().departure; }
        double end() const { return calls.back().arrival; }
        //! Metres along the path between the first and the last stop.
        double length() const { return calls.back().measure - calls.front().measure; }
    };
    struct Pose
    {
        geo::Point position;
        double headingDeg = 0.0;
        double measure = 0.0;
        bool atStop = false;
    };

    /// The trips of `date` of the feed `feedId` (every feed when empty); fails naming the table
    /// when the twin has no GTFS tables.
    static core::Result<GtfsTimetable> load(const store::TwinStore &twin, const QDate &date, const QString &feedId = {});

    const std::vector<Trip> &trips() const { return m_trips; }
    QDate date() const { return m_date; }
    /// Where trip `trip` is at `seconds` of the service day: at a stop while dwelling, along the
    /// path between stops (linear in time), nothing before its first departure or after its
    /// last arrival.
    std::optional<Pose> position(int trip, double seconds) const;
    //! Metres along the path at `seconds` (clamped to the trip's times).
    double measureAt(int trip, double seconds) const;

private:
    std::vector<Trip> m_trips;
    QDate m_date;
};

} // namespace ct::fleets
