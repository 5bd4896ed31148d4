// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/busstatebook.h"

#include "ct/hydrogen/busspecification.h"
#include "ct/hydrogen/hydrogenschema.h"
#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace ct::hydrogen {

using core::Error;
using core::Status;
using store::SqlStatement;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PowerDispatch", text); }
QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
} // namespace

BusStateBook::BusStateBook(store::TwinStore &twin, Clock clock)
    : m_twin(twin), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

Status BusStateBook::setState(const core::Actor &actor, const QString &busId, BusState to, std::optional<double> energyKwh)
{
    const QString at = stamp(m_clock());
    return m_twin.perform(actor, HydrogenSchema::setBusStateAction(), target(busId),
                          [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
        sqlite3 *db = twin.handle();
        if (!twin.hasLayer(QStringLiteral("fuel_cell_buses")))
            return Error::notFound(tr("the twin has no layer fuel_cell_buses"), twin.path());
        SqlStatement feature(db, QStringLiteral("SELECT state, energy_kwh, export_kw FROM fuel_cell_buses WHERE bus_id = ?"));
        feature.bind(1, busId);
        if (!feature.next())
            return feature.status().ok() ? Status(Error::notFound(tr("no fuel-cell bus %1").arg(busId), QStringLiteral("fuel_cell_buses")))
                                         : feature.status();
        QString fromName = feature.text(0);
        double energy = feature.real(1);
        SqlStatement live(db, QStringLiteral("SELECT state, energy_kwh FROM hydrogen_bus_state WHERE bus_id = ?"));
        live.bind(1, busId);
        if (live.next()) {
            fromName = live.text(0);
            energy = live.real(1);
        } else if (!live.status().ok()) {
            return live.status();
        }
        BusState from = BusState::Off;
        const bool known = busStateFromName(fromName, &from);
        before.insert(QStringLiteral("state"), fromName);
        before.insert(QStringLiteral("energy_kwh"), energy);
        if (known && from == to && !energyKwh)
            return Error::refused(tr("bus %1 is already %2").arg(busId, busStateName(to)), target(busId));
        if (known && from != to && !isAllowedTransition(from, to))
            return Error::refused(tr("bus %1 cannot go from %2 to %3 directly").arg(busId, fromName, busStateName(to)), target(busId));
        const double tank = BusSpecification::sora().tankKwh;
        if (energyKwh) {
            if (!std::isfinite(*energyKwh) || *energyKwh < 0.0 || *energyKwh > tank)
                return Error::invalidInput(tr("energy %1 kWh is outside 0..%2 kWh").arg(*energyKwh).arg(tank), target(busId) + QStringLiteral("/energy_kwh"));
            energy = *energyKwh;
        }
        const QString toName = busStateName(to);
        SqlStatement upsert(db, QStringLiteral(
            "INSERT INTO hydrogen_bus_state (bus_id, state, energy_kwh, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (bus_id) DO UPDATE SET state = excluded.state, energy_kwh = excluded.energy_kwh, updated_at = excluded.updated_at"));
        upsert.bind(1, busId);
        upsert.bind(2, toName);
        upsert.bind(3, energy);
        upsert.bind(4, at);
        if (Status s = upsert.exec(); !s)
            return s;
        SqlStatement layer(db, QStringLiteral("UPDATE fuel_cell_buses SET state = ?, energy_kwh = ? WHERE bus_id = ?"));
        layer.bind(1, toName);
        layer.bind(2, energy);
        layer.bind(3, busId);
        if (Status s = layer.exec(); !s)
            return s;
        SqlStatement history(db, QStringLiteral(
            "INSERT INTO hydrogen_bus_state_history (bus_id, at, from_state, to_state, energy_kwh, operator, role) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        history.bind(1, busId);
        history.bind(2, at);
        history.bind(3, fromName);
        history.bind(4, toName);
        history.bind(5, energy);
        history.bind(6, actor.operatorName);
        history.bind(7, core::roleName(actor.role));
        if (Status s = history.exec(); !s)
            return s;
        after.insert(QStringLiteral("state"), toName);
        after.insert(QStringLiteral("energy_kwh"), energy);
        return {};
    });
}

core::Result<std::vector<BusStateChange>> BusStateBook::history(const QString &busId) const
{
    std::vector<BusStateChange> result;
    if (!SqlStatement::hasRelation(m_twin.handle(), QStringLiteral("hydrogen_bus_state_history")))
        return result;
    SqlStatement query(m_twin.handle(), QStringLiteral(
        "SELECT at, bus_id, from_state, to_state, energy_kwh, operator, role FROM hydrogen_bus_state_history "
        "WHERE bus_id = ? ORDER BY id"));
    query.bind(1, busId);
    while (query.next())
        result.push_back({QDateTime::fromString(query.text(0), Qt::ISODateWithMs), query.text(1), query.text(2), query.text(3),
                          query.real(4), query.text(5), query.text(6)});
    if (!query.status().ok())
        return query.status().error();
    return result;
}

} // namespace ct::hydrogen
