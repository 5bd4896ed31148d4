// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/dispatchdesk.h"

#include "fleettime.h"
#include "ct/fleets/fleetoperationsschema.h"
#include "ct/fleets/insertiondispatcher.h"
#include "ct/fleets/traveltimeestimator.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace ct::fleets {

using core::Error;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DispatchDesk", text);
}

QString target(qint64 requestId)
{
    return QStringLiteral("fleet_request:%1").arg(requestId);
}

QString clock(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

core::Result<DispatchDesk> DispatchDesk::load(const store::TwinStore &twin, std::shared_ptr<const TravelTimeEstimator> times,
                                              const QDateTime &now, double serviceSeconds)
{
    DispatchDesk desk;
    desk.m_estimator = std::move(times);
    desk.m_now = now.toUTC();
    desk.m_service = serviceSeconds;
    sqlite3 *db = twin.handle();
    std::vector<geo::Point> points;
    {
        SqlStatement s(db, "SELECT vehicle_id, capacity, wheelchair_places, x, y FROM fleet_vehicle WHERE kind = 'on_demand_bus' "
                           "AND x IS NOT NULL AND y IS NOT NULL AND coalesce(state, '') NOT IN ('out_of_service', 'maintenance', 'charging') "
                           "ORDER BY vehicle_id");
        if (!s.isValid())
            return s.failure(QStringLiteral("fleet_vehicle"));
        while (s.next()) {
            DispatchVehicle v;
            v.id = s.text(0);
            v.capacity = int(s.int64(1));
            v.wheelchairPlaces = int(s.int64(2));
            v.location = int(points.size());
            points.push_back({s.real(3), s.real(4)});
            desk.m_vehicles.push_back(std::move(v));
        }
    }
    {
        SqlStatement s(db, "SELECT request_id, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, dropoff_y, earliest_pickup, "
                           "latest_arrival, passengers, wheelchair, status, vehicle_id, pickup_eta, dropoff_eta, coalesce(direct_s, 0), "
                           "coalesce(detour_s, 0), decision, reason FROM fleet_request WHERE status IN ('open', 'assigned', 'picked_up') "
                           "ORDER BY request_id");
        if (!s.isValid())
            return s.failure(QStringLiteral("fleet_request"));
        while (s.next()) {
            RideRequest r;
            r.id = s.int64(0);
            r.pickupName = s.text(1);
            r.pickup = {s.real(2), s.real(3)};
            r.dropoffName = s.text(4);
            r.dropoff = {s.real(5), s.real(6)};
            r.earliestPickup = s.dateTime(7);
            r.latestArrival = s.dateTime(8);
            r.passengers = int(s.int64(9));
            r.wheelchair = s.int64(10) != 0;
            r.status = s.text(11);
            r.vehicleId = s.text(12);
            r.pickupEta = s.dateTime(13);
            r.dropoffEta = s.dateTime(14);
            r.directSeconds = s.real(15);
            r.detourSeconds = s.real(16);
            r.decision = s.text(17);
            r.reason = s.text(18);
            desk.m_requestLocation.push_back(int(points.size()));
            points.push_back(r.pickup);
            points.push_back(r.dropoff);
            (r.status == QLatin1String("open") ? desk.m_open : desk.m_assigned).push_back(r);
            desk.m_all.push_back(std::move(r));
        }
    }
    desk.m_times = desk.m_estimator->matrix(points);
    // On board: the riders picked up and not yet set down.
    std::map<qint64, std::size_t> byId;
    for (std::size_t i = 0; i < desk.m_all.size(); ++i) {
        byId[desk.m_all[i].id] = i;
        const RideRequest &r = desk.m_all[i];
        if (r.status == QLatin1String("picked_up")) {
            const int v = desk.vehicleIndex(r.vehicleId);
            if (v >= 0) {
                desk.m_vehicles[std::size_t(v)].onboard += r.passengers;
                desk.m_vehicles[std::size_t(v)].onboardWheelchairs += r.wheelchair ? 1 : 0;
            }
        }
    }
    {
        SqlStatement s(db, "SELECT vehicle_id, request_id, kind, started FROM fleet_stop ORDER BY vehicle_id, seq");
        if (!s.isValid())
            return s.failure(QStringLiteral("fleet_stop"));
        while (s.next()) {
            const int v = desk.vehicleIndex(s.text(0));
            const auto it = byId.find(s.int64(1));
            if (v < 0 || it == byId.end())
                continue;
            const RideRequest &r = desk.m_all[it->second];
            DispatchRequest dr{int(r.id), desk.m_requestLocation[it->second], desk.m_requestLocation[it->second] + 1,
                               double(desk.m_now.secsTo(r.earliestPickup)), double(desk.m_now.secsTo(r.latestArrival)), r.passengers,
                               r.wheelchair};
            DispatchVehicle &vehicle = desk.m_vehicles[std::size_t(v)];
            const bool pickup = s.text(2) == QLatin1String("pickup");
            vehicle.stops.push_back(pickup ? InsertionDispatcher::pickupStop(dr, desk.m_times, desk.m_service)
                                           : InsertionDispatcher::dropoffStop(dr));
            if (vehicle.stops.size() == 1 && s.int64(3) != 0)
                vehicle.enRoute = true;
        }
    }
    return desk;
}

std::vector<QString> DispatchDesk::vehicleIds() const
{
    std::vector<QString> ids;
    for (const DispatchVehicle &v : m_vehicles)
        ids.push_back(v.id);
    return ids;
}

const RideRequest *DispatchDesk::request(qint64 id) const
{
    for (const RideRequest &r : m_all)
        if (r.id == id)
            return &r;
    return nullptr;
}

int DispatchDesk::vehicleIndex(const QString &id) const
{
    for (std::size_t i = 0; i < m_vehicles.size(); ++i)
        if (m_vehicles[i].id == id)
            return int(i);
    return -1;
}

namespace {

DispatchRequest toDispatch(const RideRequest &r, int pickupLocation, const QDateTime &now)
{
    return {int(r.id), pickupLocation, pickupLocation + 1, double(now.secsTo(r.earliestPickup)), double(now.secsTo(r.latestArrival)),
            r.passengers, r.wheelchair};
}

} // namespace

DispatchProposal DispatchDesk::toProposal(const RideRequest &request, int vehicle, double pickup, double dropoff, double detour) const
{
    DispatchProposal p;
    p.requestId = request.id;
    p.vehicleId = m_vehicles[std::size_t(vehicle)].id;
    p.pickupEta = m_now.addMSecs(qint64(std::llround(pickup * 1000.0)));
    p.dropoffEta = m_now.addMSecs(qint64(std::llround(dropoff * 1000.0)));
    p.detourSeconds = detour;
    const std::size_t index = std::size_t(&request - m_all.data());
    const int at = m_requestLocation[index];
    p.directSeconds = m_times.seconds(at, at + 1);
    p.waitSeconds = std::max(0.0, pickup - double(m_now.secsTo(request.earliestPickup)));
    return p;
}

std::optional<DispatchProposal> DispatchDesk::proposal(qint64 requestId) const
{
    const RideRequest *r = request(requestId);
    if (!r)
        return std::nullopt;
    InsertionDispatcher dispatcher(m_times, m_service);
    for (const DispatchVehicle &v : m_vehicles)
        dispatcher.addVehicle(v);
    const auto best = dispatcher.bestInsertion(toDispatch(*r, m_requestLocation[std::size_t(r - m_all.data())], m_now));
    if (!best)
        return std::nullopt;
    return toProposal(*r, best->vehicle, best->pickupTime, best->dropoffTime, best->addedSeconds);
}

std::vector<DispatchProposal> DispatchDesk::alternatives(qint64 requestId) const
{
    std::vector<DispatchProposal> list;
    const RideRequest *r = request(requestId);
    if (!r)
        return list;
    const DispatchRequest dr = toDispatch(*r, m_requestLocation[std::size_t(r - m_all.data())], m_now);
    for (std::size_t v = 0; v < m_vehicles.size(); ++v) {
        InsertionDispatcher single(m_times, m_service);
        single.addVehicle(m_vehicles[v]);
        if (const auto best = single.bestInsertion(dr))
            list.push_back(toProposal(*r, int(v), best->pickupTime, best->dropoffTime, best->addedSeconds));
    }
    std::sort(list.begin(), list.end(), [](const DispatchProposal &a, const DispatchProposal &b) {
        return a.detourSeconds < b.detourSeconds || (a.detourSeconds == b.detourSeconds && a.dropoffEta < b.dropoffEta);
    });
    return list;
}

QString DispatchDesk::infeasibility(qint64 requestId, const QString &vehicleId) const
{
    const RideRequest *r = request(requestId);
    if (!r)
        return tr("request %1 is not open").arg(requestId);
    const int v = vehicleIndex(vehicleId);
    if (v < 0)
        return tr("vehicle %1 is not an on-demand bus in service").arg(vehicleId);
    const DispatchVehicle &vehicle = m_vehicles[std::size_t(v)];
    if (r->passengers > vehicle.capacity)
        return tr("capacity: %1 has %2 seats, the request needs %3").arg(vehicle.id).arg(vehicle.capacity).arg(r->passengers);
    if (r->wheelchair && vehicle.wheelchairPlaces < 1)
        return tr("capacity: %1 has no wheelchair place").arg(vehicle.id);
    const int at = m_requestLocation[std::size_t(r - m_all.data())];
    const DispatchRequest dr = toDispatch(*r, at, m_now);
    InsertionDispatcher single(m_times, m_service);
    single.addVehicle(vehicle);
    if (single.bestInsertion(dr))
        return {};
    // Straight from where the vehicle is (or will next be free), ignoring everyone else.
    const double soonest = vehicle.availableAt + m_times.seconds(vehicle.location, at);
    const double pickupLatest = InsertionDispatcher::pickupStop(dr, m_times, m_service).latest;
    if (soonest > pickupLatest)
        return tr("time window: %1 reaches the pick-up at %2 at the earliest, too late to arrive by %3")
            .arg(vehicle.id, clock(m_now.addSecs(qint64(soonest))), clock(r->latestArrival));
    // Seats along the way: is there any point of its route with room for the riders?
    int load = vehicle.onboard;
    bool room = load + r->passengers <= vehicle.capacity;
    for (const ScheduledStop &s : vehicle.stops) {
        load += s.passengers;
        room = room || load + r->passengers <= vehicle.capacity;
    }
    if (!room)
        return tr("capacity: %1 is full along its whole planned route").arg(vehicle.id);
    return tr("time window: fitting the ride into %1's route would make this or another rider late").arg(vehicle.id);
}

std::vector<double> DispatchDesk::starts(const DispatchVehicle &vehicle) const
{
    std::vector<double> result;
    int location = vehicle.location;
    double departure = vehicle.availableAt;
    for (const ScheduledStop &s : vehicle.stops) {
        const double start = std::max(s.earliest, departure + m_times.seconds(location, s.location));
        result.push_back(start);
        departure = start + m_service;
        location = s.location;
    }
    return result;
}

double DispatchDesk::routeSeconds(const DispatchVehicle &vehicle) const
{
    double total = 0.0;
    int location = vehicle.location;
    for (const ScheduledStop &s : vehicle.stops) {
        total += m_times.seconds(location, s.location);
        location = s.location;
    }
    return total;
}

core::Status DispatchDesk::writePlan(store::TwinStore &twin, const std::vector<DispatchVehicle> &vehicles,
                                     const std::vector<int> &touched) const
{
    sqlite3 *db = twin.handle();
    SqlStatement clear(db, "DELETE FROM fleet_stop WHERE vehicle_id = ?");
    SqlStatement insert(db, "INSERT INTO fleet_stop (vehicle_id, seq, request_id, kind, planned_at, started) VALUES (?, ?, ?, ?, ?, ?)");
    SqlStatement pickupEta(db, "UPDATE fleet_request SET pickup_eta = ?, vehicle_id = ? WHERE request_id = ?");
    SqlStatement dropoffEta(db, "UPDATE fleet_request SET dropoff_eta = ?, vehicle_id = ? WHERE request_id = ?");
    if (!clear.isValid() || !insert.isValid() || !pickupEta.isValid() || !dropoffEta.isValid())
        return clear.failure(QStringLiteral("fleet_stop"));
    for (int v : touched) {
        const DispatchVehicle &vehicle = vehicles[std::size_t(v)];
        clear.bind(1, vehicle.id);
        if (!clear.exec())
            return clear.failure(QStringLiteral("fleet_stop"));
        clear.reset();
        const std::vector<double> planned = starts(vehicle);
        for (std::size_t k = 0; k < vehicle.stops.size(); ++k) {
            const ScheduledStop &s = vehicle.stops[k];
            const QDateTime at = m_now.addSecs(qint64(std::llround(planned[k])));
            insert.bind(1, vehicle.id);
            insert.bind(2, int(k));
            insert.bind(3, qint64(s.requestId));
            insert.bind(4, s.pickup ? QStringLiteral("pickup") : QStringLiteral("dropoff"));
            insert.bindNullable(5, detail::fleetTime(at));
            insert.bind(6, k == 0 && vehicle.enRoute ? 1 : 0);
            if (!insert.exec())
                return insert.failure(QStringLiteral("fleet_stop"));
            insert.reset();
            SqlStatement &eta = s.pickup ? pickupEta : dropoffEta;
            eta.bindNullable(1, detail::fleetTime(at));
            eta.bind(2, vehicle.id);
            eta.bind(3, qint64(s.requestId));
            if (!eta.exec())
                return eta.failure(QStringLiteral("fleet_request"));
            eta.reset();
        }
    }
    return {};
}

core::Status DispatchDesk::assign(store::TwinStore &twin, const core::Actor &actor, const QString &action, const RideRequest &r,
                                  int vehicle, const QString &decision) const
{
    const DispatchRequest dr = toDispatch(r, m_requestLocation[std::size_t(&r - m_all.data())], m_now);
    InsertionDispatcher single(m_times, m_service);
    single.addVehicle(m_vehicles[std::size_t(vehicle)]);
    auto insertion = single.bestInsertion(dr);
    if (!insertion)
        return Error::refused(infeasibility(r.id, m_vehicles[std::size_t(vehicle)].id), target(r.id));
    insertion->vehicle = vehicle;
    InsertionDispatcher all(m_times, m_service);
    for (const DispatchVehicle &v : m_vehicles)
        all.addVehicle(v);
    all.apply(dr, *insertion);
    const DispatchProposal p = toProposal(r, vehicle, insertion->pickupTime, insertion->dropoffTime, insertion->addedSeconds);
    return twin.perform(actor, action, target(r.id), [&](store::TwinStore &store, QJsonObject &before, QJsonObject &after) -> core::Status {
        SqlStatement check(store.handle(), "SELECT status FROM fleet_request WHERE request_id = ?");
        check.bind(1, r.id);
        if (!check.next())
            return Error::notFound(tr("request %1 does not exist").arg(r.id), target(r.id));
        if (check.text(0) != QLatin1String("open"))
            return Error::refused(tr("request %1 is no longer open (%2)").arg(r.id).arg(check.text(0)), target(r.id));
        before = {{QStringLiteral("status"), QStringLiteral("open")}};
        SqlStatement update(store.handle(), "UPDATE fleet_request SET status = 'assigned', vehicle_id = ?, direct_s = ?, detour_s = ?, "
                                            "decision = ?, reason = NULL, decided_by = ?, decided_at = ? WHERE request_id = ?");
        update.bind(1, p.vehicleId);
        update.bind(2, p.directSeconds);
        update.bind(3, p.detourSeconds);
        update.bindNullable(4, decision);
        update.bind(5, actor.operatorName);
        update.bindNullable(6, detail::fleetTime(QDateTime::currentDateTimeUtc()));
        update.bind(7, r.id);
        if (!update.exec())
            return update.failure(QStringLiteral("fleet_request"));
        if (auto s = writePlan(store, all.vehicles(), {vehicle}); !s)
            return s;
        after = {{QStringLiteral("status"), QStringLiteral("assigned")},
                 {QStringLiteral("decision"), decision},
                 {QStringLiteral("vehicle"), p.vehicleId},
                 {QStringLiteral("pickup_eta"), detail::fleetTime(p.pickupEta)},
                 {QStringLiteral("dropoff_eta"), detail::fleetTime(p.dropoffEta)},
                 {QStringLiteral("detour_s"), std::round(p.detourSeconds)}};
        return {};
    });
}

core::Status DispatchDesk::accept(store::TwinStore &twin, const core::Actor &actor, qint64 requestId) const
{
    if (auto allowed = twin.mayPerform(actor, FleetOperationsSchema::acceptAction(), target(requestId)); !allowed)
        return allowed;
    const RideRequest *r = request(requestId);
    if (!r || r->status != QLatin1String("open"))
        return Error::refused(tr("request %1 is not open").arg(requestId), target(requestId));
    const auto best = proposal(requestId);
    if (!best)
        return Error::refused(tr("no vehicle can take request %1 within its time window and seats").arg(requestId), target(requestId));
    return assign(twin, actor, FleetOperationsSchema::acceptAction(), *r, vehicleIndex(best->vehicleId), QStringLiteral("accepted"));
}

core::Status DispatchDesk::override(store::TwinStore &twin, const core::Actor &actor, qint64 requestId, const QString &vehicleId) const
{
    if (auto allowed = twin.mayPerform(actor, FleetOperationsSchema::overrideAction(), target(requestId)); !allowed)
        return allowed;
    const RideRequest *r = request(requestId);
    if (!r || r->status != QLatin1String("open"))
        return Error::refused(tr("request %1 is not open").arg(requestId), target(requestId));
    const int v = vehicleIndex(vehicleId);
    if (v < 0)
        return Error::refused(infeasibility(requestId, vehicleId), target(requestId));
    return assign(twin, actor, FleetOperationsSchema::overrideAction(), *r, v, QStringLiteral("overridden"));
}

core::Status DispatchDesk::reject(store::TwinStore &twin, const core::Actor &actor, qint64 requestId, const QString &reason) const
{
    const QString why = reason.trimmed();
    return twin.perform(actor, FleetOperationsSchema::rejectAction(), target(requestId),
                        [&](store::TwinStore &store, QJsonObject &before, QJsonObject &after) -> core::Status {
        if (why.isEmpty())
            return Error::invalidInput(tr("a rejection needs a reason"), target(requestId));
        SqlStatement check(store.handle(), "SELECT status FROM fleet_request WHERE request_id = ?");
        check.bind(1, requestId);
        if (!check.next())
            return Error::notFound(tr("request %1 does not exist").arg(requestId), target(requestId));
        if (check.text(0) != QLatin1String("open"))
            return Error::refused(tr("request %1 is no longer open (%2)").arg(requestId).arg(check.text(0)), target(requestId));
        SqlStatement update(store.handle(), "UPDATE fleet_request SET status = 'rejected', decision = 'rejected', reason = ?, "
                                            "decided_by = ?, decided_at = ? WHERE request_id = ?");
        update.bindNullable(1, why);
        update.bind(2, actor.operatorName);
        update.bindNullable(3, detail::fleetTime(QDateTime::currentDateTimeUtc()));
        update.bind(4, requestId);
        if (!update.exec())
            return update.failure(QStringLiteral("fleet_request"));
        before = {{QStringLiteral("status"), QStringLiteral("open")}};
        after = {{QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("reason"), why}};
        return {};
    });
}

core::Result<DispatchDesk::Replan> DispatchDesk::replan() const
{
    // Requests whose pick-up is still ahead and not started come off their vehicles.
    Replan plan;
    std::vector<DispatchVehicle> stripped = m_vehicles;
    for (DispatchVehicle &v : stripped) {
        plan.before += routeSeconds(v);
        std::vector<int> free;
        for (std::size_t k = 0; k < v.stops.size(); ++k)
            if (v.stops[k].pickup && !(k == 0 && v.enRoute))
                free.push_back(v.stops[k].requestId);
        std::erase_if(v.stops, [&](const ScheduledStop &s) { return std::find(free.begin(), free.end(), s.requestId) != free.end(); });
        for (int id : free)
            if (const RideRequest *r = request(id))
                plan.moving.push_back(r);
    }
    std::sort(plan.moving.begin(), plan.moving.end(), [](const RideRequest *a, const RideRequest *b) {
        return a->earliestPickup < b->earliestPickup || (a->earliestPickup == b->earliestPickup && a->id < b->id);
    });
    InsertionDispatcher dispatcher(m_times, m_service);
    for (const DispatchVehicle &v : stripped)
        dispatcher.addVehicle(v);
    for (const RideRequest *r : plan.moving) {
        if (!dispatcher.assign(toDispatch(*r, m_requestLocation[std::size_t(r - m_all.data())], m_now)))
            return Error::refused(tr("re-optimisation would leave request %1 without a vehicle; the plan stays as it is").arg(r->id),
                                  QStringLiteral("fleet_stop"));
    }
    plan.vehicles = dispatcher.vehicles();
    for (const DispatchVehicle &v : plan.vehicles)
        plan.after += routeSeconds(v);
    return plan;
}

core::Result<double> DispatchDesk::reoptimisationSaving() const
{
    auto plan = replan();
    if (!plan)
        return plan.error();
    return plan->after < plan->before - 1e-6 ? plan->before - plan->after : 0.0;
}

core::Status DispatchDesk::reoptimise(store::TwinStore &twin, const core::Actor &actor, double *savedSeconds, QStringList *moved) const
{
    if (savedSeconds)
        *savedSeconds = 0.0;
    if (moved)
        moved->clear();
    if (auto allowed = twin.mayPerform(actor, FleetOperationsSchema::reoptimiseAction(), QStringLiteral("fleet_stop")); !allowed)
        return allowed;
    auto plan = replan();
    if (!plan)
        return plan.error();
    const double before = plan->before, after = plan->after;
    const bool better = after < before - 1e-6;
    // Which requests change vehicle (only when the new plan is kept).
    QStringList changes;
    QJsonArray movedJson;
    if (better) {
        for (const RideRequest *r : plan->moving)
            for (const DispatchVehicle &v : plan->vehicles)
                if (std::any_of(v.stops.begin(), v.stops.end(), [&](const ScheduledStop &s) { return s.requestId == r->id; })) {
                    if (v.id != r->vehicleId) {
                        changes << QStringLiteral("#%1: %2 → %3").arg(r->id).arg(r->vehicleId, v.id);
                        movedJson.append(QJsonObject{{QStringLiteral("request"), r->id},
                                                     {QStringLiteral("from"), r->vehicleId},
                                                     {QStringLiteral("to"), v.id}});
                    }
                    break;
                }
    }
    std::vector<int> all;
    for (std::size_t v = 0; v < m_vehicles.size(); ++v)
        all.push_back(int(v));
    auto status = twin.perform(actor, FleetOperationsSchema::reoptimiseAction(), QStringLiteral("fleet_stop"),
                               [&](store::TwinStore &store, QJsonObject &b, QJsonObject &a) -> core::Status {
        b = {{QStringLiteral("driving_s"), std::round(before)}, {QStringLiteral("requests"), int(plan->moving.size())}};
        a = {{QStringLiteral("driving_s"), std::round(better ? after : before)}, {QStringLiteral("changed"), better}};
        if (better)
            a.insert(QStringLiteral("moved"), movedJson);
        return better ? writePlan(store, plan->vehicles, all) : core::Status::success();
    });
    if (status && savedSeconds && better)
        *savedSeconds = before - after;
    if (status && moved)
        *moved = changes;
    return status;
}

} // namespace ct::fleets
