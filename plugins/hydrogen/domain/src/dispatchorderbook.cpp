// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/dispatchorderbook.h"

#include "ct/hydrogen/hydrogenschema.h"
#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

#include <sqlite3.h>

namespace ct::hydrogen {

using core::Error;
using core::Status;
using store::SqlStatement;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PowerDispatch", text); }
QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime parse(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); }
QDateTime after(const QDateTime &start, double seconds) { return start.addMSecs(qint64(std::llround(seconds * 1000.0))); }

const char *const kOrderColumns =
    "order_id, plan_id, seq, bus_id, kind, shelter_fid, shelter_name, station_fid, depart_at, arrive_at, service_until, "
    "supply_kw, covered_person_hours, state, updated_at, updated_by";

DispatchOrder readOrder(const SqlStatement &q)
{
    DispatchOrder o;
    o.id = q.int64(0);
    o.planId = q.int64(1);
    o.sequence = int(q.int64(2));
    o.busId = q.text(3);
    o.refuel = q.text(4) == QLatin1String("refuel");
    o.shelterFid = q.isNull(5) ? 0 : q.int64(5);
    o.shelterName = q.text(6);
    o.stationFid = q.isNull(7) ? 0 : q.int64(7);
    o.departAt = parse(q.text(8));
    o.arriveAt = parse(q.text(9));
    o.serviceUntil = parse(q.text(10));
    o.supplyKw = q.real(11);
    o.coveredPersonHours = q.real(12);
    orderStateFromName(q.text(13), &o.state);
    o.updatedAt = parse(q.text(14));
    o.updatedBy = q.text(15);
    return o;
}

} // namespace

DispatchOrderBook::DispatchOrderBook(store::TwinStore &twin, Clock clock)
    : m_twin(twin), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

core::Result<qint64> DispatchOrderBook::accept(const core::Actor &actor, const DispatchProblem &problem, const DispatchPlan &plan,
                                               const QDateTime &startsAt, std::optional<double> baselinePersonHours)
{
    if (!plan.feasible)
        return Error::refused(tr("an infeasible plan cannot be accepted"), planTarget());
    if (plan.buses.size() != problem.buses.size())
        return Error::invalidInput(tr("the plan has %1 buses, the problem %2").arg(plan.buses.size()).arg(problem.buses.size()), planTarget());
    int stops = 0;
    for (const BusPlan &bus : plan.buses)
        stops += int(bus.stops.size());
    if (stops == 0)
        return Error::refused(tr("the plan has no stops to order"), planTarget());
    if (!startsAt.isValid())
        return Error::invalidInput(tr("the plan needs a start time"), planTarget());

    const QString now = stamp(m_clock());
    qint64 planId = 0;
    const Status status = m_twin.perform(actor, HydrogenSchema::acceptPlanAction(), planTarget(),
                                         [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &afterJson) -> Status {
        sqlite3 *db = twin.handle();
        // Earlier plans' pending orders are superseded.
        QJsonArray superseded;
        {
            SqlStatement pending(db, QStringLiteral("SELECT order_id FROM hydrogen_dispatch_order WHERE state = 'pending' ORDER BY order_id"));
            while (pending.next())
                superseded.append(pending.int64(0));
            if (!pending.status().ok())
                return pending.status();
        }
        before.insert(QStringLiteral("pending_orders"), superseded);
        SqlStatement cancel(db, QStringLiteral("UPDATE hydrogen_dispatch_order SET state = 'cancelled', updated_at = ?, updated_by = ? "
                                               "WHERE state = 'pending'"));
        cancel.bind(1, now);
        cancel.bind(2, actor.operatorName);
        if (Status s = cancel.exec(); !s)
            return s;

        SqlStatement insertPlan(db, QStringLiteral(
            "INSERT INTO hydrogen_dispatch_plan (accepted_at, accepted_by, role, starts_at, horizon_hours, covered_person_hours, "
            "baseline_person_hours, algorithm) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insertPlan.bind(1, now);
        insertPlan.bind(2, actor.operatorName);
        insertPlan.bind(3, core::roleName(actor.role));
        insertPlan.bind(4, stamp(startsAt));
        insertPlan.bind(5, problem.options.horizonHours);
        insertPlan.bind(6, plan.coveredPersonHours);
        if (baselinePersonHours)
            insertPlan.bind(7, *baselinePersonHours);
        else
            insertPlan.bindNull(7);
        insertPlan.bind(8, plan.algorithm.isEmpty() ? QStringLiteral("manual") : plan.algorithm);
        if (Status s = insertPlan.exec(); !s)
            return s;
        planId = sqlite3_last_insert_rowid(db);

        QJsonArray orders;
        for (const BusPlan &bus : plan.buses) {
            const FuelCellBus &vehicle = problem.buses[std::size_t(bus.bus)];
            for (std::size_t k = 0; k < bus.stops.size(); ++k) {
                const PlanStop &stop = bus.stops[k];
                const bool supply = stop.kind == PlanStop::Kind::Supply;
                SqlStatement insert(db, QStringLiteral(
                    "INSERT INTO hydrogen_dispatch_order (plan_id, seq, bus_id, kind, shelter_fid, shelter_name, station_fid, depart_at, "
                    "arrive_at, service_until, supply_kw, covered_person_hours, state, updated_at, updated_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
                insert.bind(1, planId);
                insert.bind(2, int(k + 1));
                insert.bind(3, vehicle.busId);
                insert.bind(4, supply ? QStringLiteral("supply") : QStringLiteral("refuel"));
                if (supply) {
                    const ShelterNeed &need = problem.shelters[std::size_t(stop.shelter)];
                    insert.bind(5, need.fid);
                    insert.bind(6, need.name);
                    insert.bindNull(7);
                } else {
                    insert.bindNull(5);
                    insert.bindNull(6);
                    insert.bind(7, problem.stations[std::size_t(stop.station)].fid);
                }
                insert.bind(8, stamp(after(startsAt, stop.departSeconds)));
                insert.bind(9, stamp(after(startsAt, stop.arriveSeconds)));
                insert.bind(10, stamp(after(startsAt, stop.serviceEndSeconds)));
                insert.bind(11, stop.supplyKw);
                insert.bind(12, stop.coveredPersonHours);
                insert.bind(13, now);
                insert.bind(14, actor.operatorName);
                if (Status s = insert.exec(); !s)
                    return s;
                QJsonObject order;
                order.insert(QStringLiteral("order_id"), double(sqlite3_last_insert_rowid(db)));
                order.insert(QStringLiteral("bus_id"), vehicle.busId);
                order.insert(QStringLiteral("kind"), supply ? QStringLiteral("supply") : QStringLiteral("refuel"));
                if (supply)
                    order.insert(QStringLiteral("shelter_fid"), double(problem.shelters[std::size_t(stop.shelter)].fid));
                order.insert(QStringLiteral("depart_at"), stamp(after(startsAt, stop.departSeconds)));
                orders.append(order);
            }
        }
        afterJson.insert(QStringLiteral("plan_id"), double(planId));
        afterJson.insert(QStringLiteral("covered_person_hours"), plan.coveredPersonHours);
        afterJson.insert(QStringLiteral("orders"), orders);
        afterJson.insert(QStringLiteral("cancelled_orders"), superseded);
        return {};
    });
    if (!status)
        return status.error();
    return planId;
}

Status DispatchOrderBook::setState(const core::Actor &actor, qint64 orderId, OrderState to)
{
    const QString now = stamp(m_clock());
    return m_twin.perform(actor, HydrogenSchema::updateOrderAction(), orderTarget(orderId),
                          [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &afterJson) -> Status {
        sqlite3 *db = twin.handle();
        SqlStatement read(db, QStringLiteral("SELECT state, bus_id FROM hydrogen_dispatch_order WHERE order_id = ?"));
        read.bind(1, orderId);
        if (!read.next())
            return read.status().ok() ? Status(Error::notFound(tr("no dispatch order %1").arg(orderId), orderTarget(orderId))) : read.status();
        OrderState from = OrderState::Pending;
        orderStateFromName(read.text(0), &from);
        before.insert(QStringLiteral("state"), read.text(0));
        before.insert(QStringLiteral("bus_id"), read.text(1));
        if (!isAllowedTransition(from, to))
            return Error::refused(tr("order %1 cannot go from %2 to %3").arg(orderId).arg(orderStateName(from), orderStateName(to)),
                                  orderTarget(orderId));
        SqlStatement update(db, QStringLiteral("UPDATE hydrogen_dispatch_order SET state = ?, updated_at = ?, updated_by = ? WHERE order_id = ?"));
        update.bind(1, orderStateName(to));
        update.bind(2, now);
        update.bind(3, actor.operatorName);
        update.bind(4, orderId);
        if (Status s = update.exec(); !s)
            return s;
        afterJson.insert(QStringLiteral("state"), orderStateName(to));
        return {};
    });
}

core::Result<std::vector<DispatchOrder>> DispatchOrderBook::orders(bool allPlans) const
{
    std::vector<DispatchOrder> result;
    sqlite3 *db = m_twin.handle();
    if (!SqlStatement::hasRelation(db, QStringLiteral("hydrogen_dispatch_order")))
        return result;
    const QString where = allPlans ? QString()
                                   : QStringLiteral(" WHERE plan_id = (SELECT max(plan_id) FROM hydrogen_dispatch_plan)");
    SqlStatement query(db, QStringLiteral("SELECT %1 FROM hydrogen_dispatch_order%2 ORDER BY plan_id, bus_id, seq")
                               .arg(QLatin1String(kOrderColumns), where));
    while (query.next())
        result.push_back(readOrder(query));
    if (!query.status().ok())
        return query.status().error();
    return result;
}

core::Result<std::vector<DispatchOrder>> DispatchOrderBook::ordersOfPlan(qint64 planId) const
{
    std::vector<DispatchOrder> result;
    sqlite3 *db = m_twin.handle();
    if (!SqlStatement::hasRelation(db, QStringLiteral("hydrogen_dispatch_order")))
        return result;
    SqlStatement query(db, QStringLiteral("SELECT %1 FROM hydrogen_dispatch_order WHERE plan_id = ? ORDER BY bus_id, seq")
                               .arg(QLatin1String(kOrderColumns)));
    query.bind(1, planId);
    while (query.next())
        result.push_back(readOrder(query));
    if (!query.status().ok())
        return query.status().error();
    return result;
}

core::Result<std::optional<AcceptedPlan>> DispatchOrderBook::latestPlan(const QDateTime &at) const
{
    sqlite3 *db = m_twin.handle();
    if (!SqlStatement::hasRelation(db, QStringLiteral("hydrogen_dispatch_plan")))
        return std::optional<AcceptedPlan>{};
    // ISO 8601 UTC with milliseconds sorts as text.
    SqlStatement query(db, QStringLiteral(
        "SELECT plan_id, accepted_at, accepted_by, role, starts_at, horizon_hours, covered_person_hours, baseline_person_hours, "
        "algorithm FROM hydrogen_dispatch_plan WHERE ? IS NULL OR accepted_at <= ? ORDER BY plan_id DESC LIMIT 1"));
    if (at.isValid()) {
        query.bind(1, stamp(at));
        query.bind(2, stamp(at));
    } else {
        query.bindNull(1);
        query.bindNull(2);
    }
    if (!query.next())
        return query.status().ok() ? core::Result<std::optional<AcceptedPlan>>(std::optional<AcceptedPlan>{}) : query.status().error();
    AcceptedPlan p;
    p.id = query.int64(0);
    p.acceptedAt = parse(query.text(1));
    p.acceptedBy = query.text(2);
    p.role = query.text(3);
    p.startsAt = parse(query.text(4));
    p.horizonHours = query.real(5);
    p.coveredPersonHours = query.real(6);
    p.baselinePersonHours = query.isNull(7) ? 0.0 : query.real(7);
    p.algorithm = query.text(8);
    return std::optional<AcceptedPlan>(p);
}

} // namespace ct::hydrogen
