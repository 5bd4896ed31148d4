// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/scheduleadherence.h"

#include "ct/fleets/gtfstime.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ct::fleets {

using store::SqlStatement;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ScheduleAdherence", text); }

double distance(geo::Point a, geo::Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

/// Arrival and departure per stop with the gaps filled by distance (`along` the trip's line)
/// between timed neighbours.
bool fillTimes(const std::vector<TripStop> &stops, const std::vector<double> &along, std::vector<double> &arrival,
               std::vector<double> &departure)
{
    const std::size_t n = stops.size();
    arrival.assign(n, -1.0);
    departure.assign(n, -1.0);
    std::vector<std::size_t> timed;
    for (std::size_t i = 0; i < n; ++i) {
        const int a = stops[i].arrival >= 0 ? stops[i].arrival : stops[i].departure;
        const int d = stops[i].departure >= 0 ? stops[i].departure : stops[i].arrival;
        if (a >= 0) {
            arrival[i] = a;
            departure[i] = d;
            timed.push_back(i);
        }
    }
    if (timed.size() < 2 || timed.front() != 0 || timed.back() != n - 1)
        return false;
    for (std::size_t k = 0; k + 1 < timed.size(); ++k) {
        const std::size_t from = timed[k], to = timed[k + 1];
        const double span = along[to] - along[from];
        for (std::size_t i = from + 1; i < to; ++i) {
            const double f = span > 0.0 ? (along[i] - along[from]) / span : double(i - from) / double(to - from);
            arrival[i] = departure[i] = departure[from] + f * (arrival[to] - departure[from]);
        }
    }
    return true;
}

} // namespace

core::Result<AdherenceEntry> ScheduleAdherence::estimate(const std::vector<TripStop> &stops, geo::Point position, int secondsOfDay,
                                                         Where where, const QString &towardStop, const TripShape &shape)
{
    if (stops.size() < 2)
        return core::Error::invalidInput(tr("the trip needs two stops and times at its first and last stop"));
    // The line driven: the trip's shape, else the straight legs between its stops; each stop's
    // place along it in metres.
    const bool alongShape = shape.isValid();
    const TripShape line = alongShape ? shape : TripShape::throughStops(stops);
    std::vector<double> along;
    if (alongShape) {
        along = line.locate(stops);
    } else {
        along.assign(stops.size(), 0.0);
        for (std::size_t i = 1; i < stops.size(); ++i)
            along[i] = along[i - 1] + distance(stops[i - 1].position, stops[i].position);
    }
    std::vector<double> arrival, departure;
    if (!fillTimes(stops, along, arrival, departure))
        return core::Error::invalidInput(tr("the trip needs two stops and times at its first and last stop"));
    int toward = -1;
    if (!towardStop.isEmpty()) {
        for (std::size_t i = 0; i < stops.size(); ++i)
            if (stops[i].stopId == towardStop) {
                toward = int(i);
                break;
            }
    }
    AdherenceEntry entry;
    const double now = secondsOfDay;
    double scheduled = 0.0;
    int next = 0;
    if (where == Where::Stopped && toward >= 0) {
        // Standing at a stop between its arrival and departure time is on time.
        scheduled = std::clamp(now, arrival[std::size_t(toward)], departure[std::size_t(toward)]);
        next = toward;
    } else if (toward == 0) {
        scheduled = departure[0];
        next = 0;
    } else {
        // The legs it may be on: the one ending at the stop it heads for (the position is
        // projected onto the line between the previous stop and that one, never past it), or
        // any; among those within 50 m of the nearest, the one due closest to now (a loop passes
        // a place twice). The due time is interpolated by distance along the line.
        const std::size_t first = toward > 0 ? std::size_t(toward - 1) : 0;
        const std::size_t last = toward > 0 ? std::size_t(toward - 1) : stops.size() - 2;
        struct Candidate { double off, time; std::size_t leg; };
        std::vector<Candidate> candidates;
        for (std::size_t i = first; i <= last; ++i) {
            const TripShape::Projection p = line.project(position, along[i], along[i + 1]);
            const double span = along[i + 1] - along[i];
            const double f = span > 0.0 ? std::clamp((p.along - along[i]) / span, 0.0, 1.0) : 0.0;
            candidates.push_back({p.offset, departure[i] + f * (arrival[i + 1] - departure[i]), i});
        }
        double nearest = std::numeric_limits<double>::infinity();
        for (const Candidate &c : candidates)
            nearest = std::min(nearest, c.off);
        const Candidate *best = nullptr;
        for (const Candidate &c : candidates)
            if (c.off <= nearest + 50.0 && (!best || std::abs(c.time - now) < std::abs(best->time - now)))
                best = &c;
        scheduled = best->time;
        next = int(best->leg) + 1;
    }
    entry.scheduled = int(std::lround(scheduled));
    entry.delaySeconds = int(std::lround(now - scheduled));
    entry.nextStopId = stops[std::size_t(next)].stopId;
    entry.nextStopName = stops[std::size_t(next)].name;
    entry.alongShape = alongShape;
    return entry;
}

core::Result<std::vector<AdherenceEntry>> ScheduleAdherence::compute(const store::TwinStore &twin)
{
    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!transform)
        return transform.error();
    SqlStatement vehicles(twin.handle(),
                          "SELECT v.vehicle_id, v.label, v.x, v.y, t.trip_id, t.route_id, t.stop_id, t.status, t.reported_at "
                          "FROM fleet_vehicle_trip AS t JOIN fleet_vehicle AS v USING (vehicle_id) "
                          "WHERE t.trip_id IS NOT NULL AND t.trip_id <> '' ORDER BY v.vehicle_id");
    if (!vehicles.isValid())
        return vehicles.failure(QStringLiteral("fleet_vehicle_trip"));
    struct Trip
    {
        QString feed;
        QString problem;
        std::vector<TripStop> stops;
        QTimeZone zone;
        QString routeId;
        TripShape shape;
    };
    // The feeds' shapes (layer gtfs_shapes), read once when a trip has one.
    std::optional<QHash<QString, std::vector<geo::Point>>> shapes;
    auto shapeOf = [&](const QString &feed, const QString &shapeId) -> TripShape {
        if (shapeId.isEmpty() || !twin.hasLayer(QStringLiteral("gtfs_shapes")))
            return {};
        if (!shapes) {
            shapes.emplace();
            if (auto lines = twin.read(QStringLiteral("gtfs_shapes"), {QStringLiteral("feed_id"), QStringLiteral("shape_id")})) {
                for (std::size_t i = 0; i < lines->size(); ++i) {
                    const auto points = lines->geometries[i].points();
                    shapes->insert(lines->columns[0][i].toString() + QLatin1Char('\n') + lines->columns[1][i].toString(),
                                   std::vector<geo::Point>(points.begin(), points.end()));
                }
            }
        }
        return TripShape(shapes->value(feed + QLatin1Char('\n') + shapeId));
    };
    QMap<QString, Trip> trips;
    auto loadTrip = [&](const QString &tripId) -> Trip {
        Trip trip;
        SqlStatement feed(twin.handle(), "SELECT t.feed_id, t.route_id, t.shape_id FROM gtfs_trip AS t JOIN gtfs_feed AS f USING (feed_id) "
                                         "WHERE t.trip_id = ? ORDER BY f.imported_at DESC LIMIT 1");
        feed.bind(1, tripId);
        if (!feed.isValid() || !feed.next()) {
            trip.problem = tr("trip %1 is in no imported GTFS feed").arg(tripId);
            return trip;
        }
        trip.feed = feed.text(0);
        trip.routeId = feed.text(1);
        trip.shape = shapeOf(trip.feed, feed.text(2));
        SqlStatement frequencies(twin.handle(), "SELECT count(*) FROM gtfs_frequency WHERE feed_id = ? AND trip_id = ?");
        frequencies.bind(1, trip.feed);
        frequencies.bind(2, tripId);
        if (frequencies.next() && frequencies.int64(0) > 0) {
            trip.problem = tr("trip %1 runs by frequencies (no fixed times)").arg(tripId);
            return trip;
        }
        SqlStatement zone(twin.handle(), "SELECT agency_timezone FROM gtfs_agency WHERE feed_id = ? AND agency_timezone IS NOT NULL LIMIT 1");
        zone.bind(1, trip.feed);
        trip.zone = QTimeZone(zone.next() ? zone.text(0).toUtf8() : QByteArray("Asia/Tokyo"));
        if (!trip.zone.isValid())
            trip.zone = QTimeZone("Asia/Tokyo");
        SqlStatement stops(twin.handle(), "SELECT st.stop_id, s.stop_name, s.stop_lat, s.stop_lon, st.arrival_time, st.departure_time, "
                                          "st.shape_dist_traveled "
                                          "FROM gtfs_stop_time AS st JOIN gtfs_stop AS s ON s.feed_id = st.feed_id AND s.stop_id = st.stop_id "
                                          "WHERE st.feed_id = ? AND st.trip_id = ? ORDER BY st.stop_sequence");
        stops.bind(1, trip.feed);
        stops.bind(2, tripId);
        while (stops.next()) {
            if (stops.isNull(2) || stops.isNull(3)) {
                trip.problem = tr("stop %1 of trip %2 has no coordinates").arg(stops.text(0), tripId);
                return trip;
            }
            geo::Point p{stops.real(3), stops.real(2)};
            if (!transform->forward(p)) {
                trip.problem = tr("stop %1 cannot be placed in EPSG:6677").arg(stops.text(0));
                return trip;
            }
            trip.stops.push_back({stops.text(0), stops.text(1), p, stops.isNull(4) ? -1 : int(stops.int64(4)),
                                  stops.isNull(5) ? -1 : int(stops.int64(5)), stops.isNull(6) ? -1.0 : stops.real(6)});
        }
        return trip;
    };
    std::vector<AdherenceEntry> entries;
    while (vehicles.next()) {
        const QString tripId = vehicles.text(4);
        if (!trips.contains(tripId))
            trips.insert(tripId, loadTrip(tripId));
        const Trip &trip = trips[tripId];
        AdherenceEntry entry;
        QString problem = trip.problem;
        const QDateTime reported = vehicles.dateTime(8);
        if (problem.isEmpty() && (vehicles.isNull(2) || vehicles.isNull(3) || !reported.isValid()))
            problem = tr("no position or report time");
        if (problem.isEmpty()) {
            const QDateTime local = reported.toTimeZone(trip.zone);
            const int ofDay = local.time().msecsSinceStartOfDay() / 1000;
            // The service day: today's or yesterday's (a trip past midnight), whichever puts the
            // report nearer to the trip's span.
            double start = std::numeric_limits<double>::max(), end = 0.0;
            for (const TripStop &s : trip.stops)
                for (int t : {s.arrival, s.departure})
                    if (t >= 0) {
                        start = std::min(start, double(t));
                        end = std::max(end, double(t));
                    }
            auto gap = [&](double t) { return t < start ? start - t : t > end ? t - end : 0.0; };
            const int secondsOfDay = gap(ofDay + 86400.0) < gap(ofDay) ? ofDay + 86400 : ofDay;
            const Where where = vehicles.text(7) == QLatin1String("stopped_at") ? Where::Stopped : Where::Moving;
            auto estimated = estimate(trip.stops, {vehicles.real(2), vehicles.real(3)}, secondsOfDay, where, vehicles.text(6), trip.shape);
            if (estimated)
                entry = *estimated;
            else
                problem = estimated.error().message;
        }
        entry.vehicleId = vehicles.text(0);
        entry.label = vehicles.text(1);
        entry.feedId = trip.feed;
        entry.tripId = tripId;
        entry.routeId = vehicles.text(5).isEmpty() ? trip.routeId : vehicles.text(5);
        entry.reportedAt = reported;
        entry.problem = problem;
        entries.push_back(entry);
    }
    return entries;
}

QByteArray ScheduleAdherence::toCsv(const std::vector<AdherenceEntry> &entries)
{
    auto field = [](const QString &text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
            return QStringLiteral("\"%1\"").arg(QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        return text;
    };
    QString csv = QStringLiteral("vehicle_id,label,feed_id,trip_id,route_id,reported_at,scheduled,delay_s,next_stop_id,next_stop_name,problem\n");
    for (const AdherenceEntry &e : entries) {
        const QStringList row{field(e.vehicleId), field(e.label), field(e.feedId), field(e.tripId), field(e.routeId),
                              e.reportedAt.isValid() ? e.reportedAt.toUTC().toString(Qt::ISODate) : QString(),
                              e.known() ? GtfsTime::format(e.scheduled) : QString(),
                              e.known() ? QString::number(e.delaySeconds) : QString(),
                              field(e.nextStopId), field(e.nextStopName), field(e.problem)};
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

} // namespace ct::fleets
