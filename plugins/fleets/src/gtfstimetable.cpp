// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/gtfstimetable.h"

#include "ct/fleets/gtfstime.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace ct::fleets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fleets", text);
}

QString text(sqlite3_stmt *s, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return p ? QString::fromUtf8(p) : QString();
}

/// Runs `sql` with the feed id bound to ?1 (when it has one), calling `row` per result row.
template<typename Row>
core::Status query(sqlite3 *db, const char *sql, const QString &feedId, Row row)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return core::Error::notFound(tr("the twin has no GTFS timetable (%1)").arg(message));
    }
    if (sqlite3_bind_parameter_count(s) > 0) {
        const QByteArray id = feedId.toUtf8();
        sqlite3_bind_text(s, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    }
    while (sqlite3_step(s) == SQLITE_ROW)
        row(s);
    sqlite3_finalize(s);
    return {};
}

//! Metres along `path` (with its cumulative lengths) of the point nearest to `p`, from segment `from` on.
double project(const std::vector<geo::Point> &path, const std::vector<double> &cumulative, const geo::Point &p, std::size_t &from)
{
    double best = INFINITY, bestMeasure = cumulative.empty() ? 0.0 : cumulative[from];
    std::size_t bestSegment = from;
    for (std::size_t i = from; i + 1 < path.size(); ++i) {
        const geo::Point a = path[i], b = path[i + 1];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const double t = len2 > 0.0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        const double qx = a.x + t * dx - p.x, qy = a.y + t * dy - p.y;
        const double d = qx * qx + qy * qy;
        if (d < best - 1e-9) {
            best = d;
            bestMeasure = cumulative[i] + t * std::sqrt(len2);
            bestSegment = i;
        }
    }
    from = bestSegment;
    return bestMeasure;
}

} // namespace

core::Result<GtfsTimetable> GtfsTimetable::load(const store::TwinStore &twin, const QDate &date, const QString &feedId)
{
    GtfsTimetable table;
    table.m_date = date;
    sqlite3 *db = twin.handle();
    const QString day = date.toString(QStringLiteral("yyyyMMdd"));
    static const char *const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const QString weekday = QString::fromLatin1(kWeekdays[date.dayOfWeek() - 1]);
    const bool all = feedId.isEmpty();
    const QString feedFilter = all ? QStringLiteral("1") : QStringLiteral("feed_id = ?1");

    // Active services: feed_id + '\n' + service_id.
    QSet<QString> active;
    auto key = [](const QString &feed, const QString &id) { return feed + QLatin1Char('\n') + id; };
    {
        const QByteArray sql = QStringLiteral("SELECT feed_id, service_id FROM gtfs_calendar WHERE %1 AND %2 = 1 AND start_date <= '%3' AND end_date >= '%3'")
                                   .arg(feedFilter, weekday, day).toUtf8();
        if (auto s = query(db, sql.constData(), feedId, [&](sqlite3_stmt *r) { active.insert(key(text(r, 0), text(r, 1))); }); !s)
            return s.error();
        const QByteArray dates = QStringLiteral("SELECT feed_id, service_id, exception_type FROM gtfs_calendar_date WHERE %1 AND date = '%2'")
                                     .arg(feedFilter, day).toUtf8();
        if (auto s = query(db, dates.constData(), feedId, [&](sqlite3_stmt *r) {
                if (sqlite3_column_int(r, 2) == 1)
                    active.insert(key(text(r, 0), text(r, 1)));
                else
                    active.remove(key(text(r, 0), text(r, 1)));
            });
            !s)
            return s.error();
    }

    // Stops and shapes from the layers.
    QHash<QString, geo::Point> stopAt;
    if (twin.hasLayer(QStringLiteral("gtfs_stops"))) {
        auto stops = twin.read(QStringLiteral("gtfs_stops"), {QStringLiteral("feed_id"), QStringLiteral("stop_id")});
        if (!stops)
            return stops.error();
        for (std::size_t i = 0; i < stops->size(); ++i)
            if (!stops->geometries[i].isEmpty())
                stopAt.insert(key(stops->columns[0][i].toString(), stops->columns[1][i].toString()), stops->geometries[i].points().front());
    }
    QHash<QString, std::vector<geo::Point>> shapes;
    if (twin.hasLayer(QStringLiteral("gtfs_shapes"))) {
        auto lines = twin.read(QStringLiteral("gtfs_shapes"), {QStringLiteral("feed_id"), QStringLiteral("shape_id")});
        if (!lines)
            return lines.error();
        for (std::size_t i = 0; i < lines->size(); ++i) {
            const auto pts = lines->geometries[i].points();
            shapes.insert(key(lines->columns[0][i].toString(), lines->columns[1][i].toString()), {pts.begin(), pts.end()});
        }
    }

    // Trips of the active services, with their calls in order.
    struct Row
    {
        QString feed, trip, route, shape;
        std::vector<Call> calls;
        std::vector<bool> timed;
    };
    std::vector<Row> rows;
    QHash<QString, int> rowOf;
    {
        const QByteArray sql = QStringLiteral("SELECT t.feed_id, t.trip_id, t.route_id, t.service_id, t.shape_id, s.stop_id, s.arrival_time, "
                                              "s.departure_time FROM gtfs_trip t JOIN gtfs_stop_time s ON s.feed_id = t.feed_id "
                                              "AND s.trip_id = t.trip_id WHERE %1 ORDER BY t.feed_id, t.trip_id, s.stop_sequence")
                                   .arg(all ? QStringLiteral("1") : QStringLiteral("t.feed_id = ?1")).toUtf8();
        if (auto s = query(db, sql.constData(), feedId, [&](sqlite3_stmt *r) {
                const QString feed = text(r, 0), trip = text(r, 1);
                if (!active.contains(key(feed, text(r, 3))))
                    return;
                const QString k = key(feed, trip);
                auto it = rowOf.find(k);
                if (it == rowOf.end()) {
                    it = rowOf.insert(k, int(rows.size()));
                    rows.push_back({feed, trip, text(r, 2), text(r, 4), {}, {}});
                }
                Row &row = rows[std::size_t(it.value())];
                const bool hasArrival = sqlite3_column_type(r, 6) != SQLITE_NULL, hasDeparture = sqlite3_column_type(r, 7) != SQLITE_NULL;
                Call c;
                c.stopId = text(r, 5);
                c.arrival = hasArrival ? sqlite3_column_double(r, 6) : hasDeparture ? sqlite3_column_double(r, 7) : -1.0;
                c.departure = hasDeparture ? sqlite3_column_double(r, 7) : c.arrival;
                row.calls.push_back(c);
                row.timed.push_back(hasArrival || hasDeparture);
            });
            !s)
            return s.error();
    }

    // Frequencies: start times per trip.
    QHash<QString, std::vector<double>> starts;
    {
        const QByteArray sql = QStringLiteral("SELECT feed_id, trip_id, start_time, end_time, headway_secs FROM gtfs_frequency WHERE %1 "
                                              "ORDER BY feed_id, trip_id, start_time").arg(feedFilter).toUtf8();
        if (auto s = query(db, sql.constData(), feedId, [&](sqlite3_stmt *r) {
                const double from = sqlite3_column_double(r, 2), to = sqlite3_column_double(r, 3), headway = sqlite3_column_double(r, 4);
                auto &list = starts[key(text(r, 0), text(r, 1))];
                for (double t = from; headway > 0.0 && t < to; t += headway)
                    list.push_back(t);
            });
            !s)
            return s.error();
    }

    for (Row &row : rows) {
        if (row.calls.size() < 2)
            continue;
        Trip trip;
        trip.feedId = row.feed;
        trip.tripId = row.trip;
        trip.routeId = row.route;
        std::vector<geo::Point> stopPoints;
        bool located = true;
        for (const Call &c : row.calls) {
            auto it = stopAt.find(key(row.feed, c.stopId));
            located = located && it != stopAt.end();
            stopPoints.push_back(it != stopAt.end() ? it.value() : geo::Point{});
        }
        if (!located)
            continue;   // a stop without coordinates (stations are never called at)
        auto shape = shapes.find(key(row.feed, row.shape));
        trip.path = shape != shapes.end() && shape.value().size() >= 2 ? shape.value() : stopPoints;
        trip.cumulative.assign(trip.path.size(), 0.0);
        for (std::size_t i = 1; i < trip.path.size(); ++i)
            trip.cumulative[i] = trip.cumulative[i - 1] + std::hypot(trip.path[i].x - trip.path[i - 1].x, trip.path[i].y - trip.path[i - 1].y);
        std::size_t segment = 0;
        trip.calls = row.calls;
        for (std::size_t k = 0; k < trip.calls.size(); ++k)
            trip.calls[k].measure = project(trip.path, trip.cumulative, stopPoints[k], segment);
        // Untimed calls: interpolate by distance between the timed neighbours.
        for (std::size_t k = 1; k + 1 < trip.calls.size(); ++k) {
            if (row.timed[k])
                continue;
            std::size_t before = k - 1, after = k + 1;
            while (!row.timed[after])
                ++after;
            const double span = trip.calls[after].measure - trip.calls[before].measure;
            const double share = span > 0.0 ? (trip.calls[k].measure - trip.calls[before].measure) / span : 0.0;
            trip.calls[k].arrival = trip.calls[k].departure =
                trip.calls[before].departure + share * (trip.calls[after].arrival - trip.calls[before].departure);
        }
        auto runs = starts.find(key(row.feed, row.trip));
        if (runs == starts.end()) {
            table.m_trips.push_back(std::move(trip));
            continue;
        }
        const double first = trip.calls.front().departure;
        for (double start : runs.value()) {
            Trip copy = trip;
            copy.tripId += QLatin1Char('@') + GtfsTime::format(int(start));
            for (Call &c : copy.calls) {
                c.arrival += start - first;
                c.departure += start - first;
            }
            table.m_trips.push_back(std::move(copy));
        }
    }
    std::stable_sort(table.m_trips.begin(), table.m_trips.end(), [](const Trip &a, const Trip &b) { return a.start() < b.start(); });
    return table;
}

double GtfsTimetable::measureAt(int index, double seconds) const
{
    const Trip &trip = m_trips[std::size_t(index)];
    const auto &calls = trip.calls;
    if (seconds <= calls.front().departure)
        return calls.front().measure;
    for (std::size_t k = 0; k + 1 < calls.size(); ++k) {
        if (seconds <= calls[k].departure)
            return calls[k].measure;
        if (seconds < calls[k + 1].arrival) {
            const double span = calls[k + 1].arrival - calls[k].departure;
            const double share = span > 0.0 ? (seconds - calls[k].departure) / span : 1.0;
            return calls[k].measure + share * (calls[k + 1].measure - calls[k].measure);
        }
    }
    return calls.back().measure;
}

std::optional<GtfsTimetable::Pose> GtfsTimetable::position(int index, double seconds) const
{
    const Trip &trip = m_trips[std::size_t(index)];
    if (seconds < trip.calls.front().arrival || seconds > trip.end())
        return std::nullopt;
    Pose pose;
    pose.measure = measureAt(index, seconds);
    for (const Call &c : trip.calls)
        pose.atStop = pose.atStop || (seconds >= c.arrival && seconds <= c.departure);
    const auto &cum = trip.cumulative;
    const std::size_t i = std::size_t(std::clamp<std::ptrdiff_t>(std::upper_bound(cum.begin(), cum.end(), pose.measure) - cum.begin() - 1, 0,
                                                                 std::ptrdiff_t(cum.size()) - 2));
    const geo::Point a = trip.path[i], b = trip.path[i + 1];
    const double len = cum[i + 1] - cum[i];
    const double t = len > 0.0 ? std::clamp((pose.measure - cum[i]) / len, 0.0, 1.0) : 0.0;
    pose.position = {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
    pose.headingDeg = std::fmod(std::atan2(b.x - a.x, b.y - a.y) * 180.0 / M_PI + 360.0, 360.0);
    return pose;
}

} // namespace ct::fleets
