// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/stoplifecycle.h"

#include "fleettime.h"
#include "ct/fleets/liveoperationsschema.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace ct::fleets {

using core::Error;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StopLifecycle", text);
}

QString target(qint64 requestId)
{
    return QStringLiteral("fleet_request:%1").arg(requestId);
}

QString stopName(const PlannedStop &s)
{
    return (s.pickup ? tr("pick-up of request %1") : tr("drop-off of request %1")).arg(s.requestId);
}

const char *const kSelect =
    "SELECT s.vehicle_id, s.seq, s.request_id, s.kind, "
    "CASE s.kind WHEN 'pickup' THEN r.pickup_name ELSE r.dropoff_name END, "
    "CASE s.kind WHEN 'pickup' THEN r.pickup_x ELSE r.dropoff_x END, "
    "CASE s.kind WHEN 'pickup' THEN r.pickup_y ELSE r.dropoff_y END, "
    "r.passengers, s.planned_at, s.started, s.started_at "
    "FROM fleet_stop AS s JOIN fleet_request AS r ON r.request_id = s.request_id "
    "JOIN fleet_vehicle AS v ON v.vehicle_id = s.vehicle_id "
    "WHERE v.kind = 'on_demand_bus' AND (?1 IS NULL OR s.vehicle_id = ?1) ORDER BY s.vehicle_id, s.seq";

PlannedStop readStop(const SqlStatement &s)
{
    PlannedStop p;
    p.vehicleId = s.text(0);
    p.sequence = int(s.int64(1));
    p.requestId = s.int64(2);
    p.pickup = s.text(3) == QLatin1String("pickup");
    p.placeName = s.text(4);
    p.position = {s.real(5), s.real(6)};
    p.passengers = int(s.int64(7));
    p.plannedAt = s.dateTime(8);
    p.started = s.int64(9) != 0;
    p.startedAt = s.dateTime(10);
    return p;
}

/// The vehicle's stops in order, the first marked next.
core::Result<std::vector<PlannedStop>> stopsOf(const store::TwinStore &twin, const QString &vehicleId)
{
    SqlStatement s(twin.handle(), kSelect);
    if (!s.isValid())
        return s.failure(QStringLiteral("fleet_stop"));
    if (vehicleId.isEmpty())
        s.bindNull(1);
    else
        s.bind(1, vehicleId);
    std::vector<PlannedStop> stops;
    while (s.next()) {
        PlannedStop p = readStop(s);
        p.next = stops.empty() || stops.back().vehicleId != p.vehicleId;
        stops.push_back(std::move(p));
    }
    if (!s.status())
        return s.failure(QStringLiteral("fleet_stop"));
    return stops;
}

/// The stop `sequence` of `vehicleId` if it is the vehicle's next one; refused naming the one
/// that comes first otherwise.
core::Result<PlannedStop> nextStop(const store::TwinStore &twin, const QString &vehicleId, int sequence)
{
    auto stops = stopsOf(twin, vehicleId);
    if (!stops)
        return stops.error();
    const QString where = QStringLiteral("fleet_stop:%1/%2").arg(vehicleId).arg(sequence);
    if (stops->empty())
        return Error::notFound(tr("%1 has no planned stops").arg(vehicleId), where);
    const PlannedStop &first = stops->front();
    if (first.sequence == sequence)
        return first;
    for (const PlannedStop &s : *stops)
        if (s.sequence == sequence)
            return Error::refused(tr("stops are done in order: %1's next stop is the %2, not the %3")
                                      .arg(vehicleId, stopName(first), stopName(s)),
                                  where);
    return Error::notFound(tr("%1 has no stop %2").arg(vehicleId).arg(sequence), where);
}

QString requestStatus(store::TwinStore &twin, qint64 requestId)
{
    SqlStatement s(twin.handle(), "SELECT status FROM fleet_request WHERE request_id = ?");
    s.bind(1, requestId);
    return s.next() ? s.text(0) : QString();
}

core::Status exec(SqlStatement &s, const QString &what)
{
    if (!s.isValid() || !s.exec())
        return s.failure(what);
    return {};
}

QJsonObject describe(const PlannedStop &s, const QString &status)
{
    return {{QStringLiteral("vehicle"), s.vehicleId},
            {QStringLiteral("seq"), s.sequence},
            {QStringLiteral("kind"), s.pickup ? QStringLiteral("pickup") : QStringLiteral("dropoff")},
            {QStringLiteral("started"), s.started},
            {QStringLiteral("status"), status}};
}

/// The shared frame of the three actions: permission, the stop must be next, one perform.
template <typename Change>
core::Status act(store::TwinStore &twin, const core::Actor &actor, const QString &action, const QString &vehicleId, int sequence,
                 Change change)
{
    if (auto allowed = twin.mayPerform(actor, action, QStringLiteral("fleet_stop:%1").arg(vehicleId)); !allowed)
        return allowed;
    auto first = nextStop(twin, vehicleId, sequence);
    if (!first)
        return first.error();
    const PlannedStop stop = *first;
    return twin.perform(actor, action, target(stop.requestId), [&](store::TwinStore &store, QJsonObject &before, QJsonObject &after) {
        // Checked again inside the transaction: another dispatcher may have been quicker.
        auto again = nextStop(store, vehicleId, sequence);
        if (!again)
            return core::Status(again.error());
        if (again->requestId != stop.requestId || again->pickup != stop.pickup)
            return core::Status(Error::refused(tr("the stops of %1 changed meanwhile; look again").arg(vehicleId), target(stop.requestId)));
        const QString status = requestStatus(store, stop.requestId);
        before = describe(*again, status);
        return change(store, *again, status, after);
    });
}

} // namespace

core::Result<std::vector<PlannedStop>> StopLifecycle::plannedStops(const store::TwinStore &twin, const QString &vehicleId)
{
    return stopsOf(twin, vehicleId);
}

core::Status StopLifecycle::start(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, int sequence,
                                  const QDateTime &at)
{
    return act(twin, actor, LiveOperationsSchema::startStopAction(), vehicleId, sequence,
               [&](store::TwinStore &store, const PlannedStop &stop, const QString &, QJsonObject &after) -> core::Status {
        if (stop.started)
            return Error::refused(tr("the %1 has already started").arg(stopName(stop)), target(stop.requestId));
        SqlStatement update(store.handle(), "UPDATE fleet_stop SET started = 1, started_at = ? WHERE vehicle_id = ? AND seq = ?");
        update.bindNullable(1, detail::fleetTime(at));
        update.bind(2, vehicleId);
        update.bind(3, sequence);
        if (auto s = exec(update, QStringLiteral("fleet_stop")); !s)
            return s;
        after = {{QStringLiteral("started"), true}, {QStringLiteral("started_at"), detail::fleetTime(at)}};
        return {};
    });
}

core::Status StopLifecycle::complete(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, int sequence,
                                     const QDateTime &at)
{
    return act(twin, actor, LiveOperationsSchema::completeStopAction(), vehicleId, sequence,
               [&](store::TwinStore &store, const PlannedStop &stop, const QString &status, QJsonObject &after) -> core::Status {
        const QString expected = stop.pickup ? QStringLiteral("assigned") : QStringLiteral("picked_up");
        if (status != expected)
            return Error::refused(tr("the %1 cannot be done: the request is %2, not %3").arg(stopName(stop), status, expected),
                                  target(stop.requestId));
        const QString next = stop.pickup ? QStringLiteral("picked_up") : QStringLiteral("completed");
        SqlStatement request(store.handle(), stop.pickup ? "UPDATE fleet_request SET status = 'picked_up', picked_up_at = ? WHERE request_id = ?"
                                                         : "UPDATE fleet_request SET status = 'completed', dropped_off_at = ? WHERE request_id = ?");
        request.bindNullable(1, detail::fleetTime(at));
        request.bind(2, stop.requestId);
        if (auto s = exec(request, QStringLiteral("fleet_request")); !s)
            return s;
        SqlStatement remove(store.handle(), "DELETE FROM fleet_stop WHERE vehicle_id = ? AND seq = ?");
        remove.bind(1, vehicleId);
        remove.bind(2, sequence);
        if (auto s = exec(remove, QStringLiteral("fleet_stop")); !s)
            return s;
        SqlStatement occupancy(store.handle(), "UPDATE fleet_vehicle SET occupancy = max(0, occupancy + ?) WHERE vehicle_id = ?");
        occupancy.bind(1, stop.pickup ? stop.passengers : -stop.passengers);
        occupancy.bind(2, vehicleId);
        if (auto s = exec(occupancy, QStringLiteral("fleet_vehicle")); !s)
            return s;
        after = {{QStringLiteral("status"), next},
                 {stop.pickup ? QStringLiteral("picked_up_at") : QStringLiteral("dropped_off_at"), detail::fleetTime(at)},
                 {QStringLiteral("stop"), QStringLiteral("done")}};
        return {};
    });
}

core::Status StopLifecycle::noShow(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, int sequence,
                                   const QDateTime &at)
{
    return act(twin, actor, LiveOperationsSchema::noShowAction(), vehicleId, sequence,
               [&](store::TwinStore &store, const PlannedStop &stop, const QString &status, QJsonObject &after) -> core::Status {
        if (!stop.pickup)
            return Error::refused(tr("a no-show is a pick-up's: the %1 is a drop-off").arg(stopName(stop)), target(stop.requestId));
        if (status != QLatin1String("assigned"))
            return Error::refused(tr("the %1 cannot be a no-show: the request is %2").arg(stopName(stop), status), target(stop.requestId));
        SqlStatement request(store.handle(), "UPDATE fleet_request SET status = 'cancelled', reason = 'no_show' WHERE request_id = ?");
        request.bind(1, stop.requestId);
        if (auto s = exec(request, QStringLiteral("fleet_request")); !s)
            return s;
        SqlStatement remove(store.handle(), "DELETE FROM fleet_stop WHERE request_id = ?");
        remove.bind(1, stop.requestId);
        if (auto s = exec(remove, QStringLiteral("fleet_stop")); !s)
            return s;
        after = {{QStringLiteral("status"), QStringLiteral("cancelled")},
                 {QStringLiteral("reason"), QStringLiteral("no_show")},
                 {QStringLiteral("at"), detail::fleetTime(at)}};
        return {};
    });
}

core::Result<bool> StopLifecycle::startFromReport(store::TwinStore &twin, const QString &vehicleId, const geo::Point &position,
                                                  bool standing, const QDateTime &at)
{
    if (!standing)
        return false;
    SqlStatement s(twin.handle(), kSelect);
    if (!s.isValid())
        return false; // an older twin without on-demand stops
    s.bind(1, vehicleId);
    if (!s.next())
        return false;
    const PlannedStop next = readStop(s);
    if (next.started || std::hypot(next.position.x - position.x, next.position.y - position.y) > kArrivalRadius)
        return false;
    SqlStatement update(twin.handle(), "UPDATE fleet_stop SET started = 1, started_at = ? WHERE vehicle_id = ? AND seq = ?");
    if (!update.isValid())
        return false; // schema < 6: no started_at
    update.bindNullable(1, detail::fleetTime(at));
    update.bind(2, vehicleId);
    update.bind(3, next.sequence);
    if (!update.exec())
        return update.failure(QStringLiteral("fleet_stop"));
    return true;
}

} // namespace ct::fleets
