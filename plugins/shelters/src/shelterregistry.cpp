// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterregistry.h"

#include "sheltercatalogue.h"
#include "shelterreader.h"
#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <limits>

namespace ct::shelters {

using core::Error;
using core::Status;
using store::TwinStore;
using store::SqlStatement;

namespace {

/// The row of `shelter_status` (defaults when the shelter has none yet).
struct OperatingState
{
    ShelterStatus status = ShelterStatus::Closed;
    int occupancy = 0;
    PowerSource power = PowerSource::Grid;
    double expectedOutageHours = 72.0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("status"), ShelterLifecycle::name(status)},
                {QStringLiteral("occupancy"), occupancy},
                {QStringLiteral("power"), PowerSources::name(power)},
                {QStringLiteral("expected_outage_hours"), expectedOutageHours}};
    }
};

core::Result<OperatingState> readState(sqlite3 *db, qint64 fid)
{
    OperatingState state;
    SqlStatement query(db, "SELECT status, occupancy, power, expected_outage_hours FROM shelter_status WHERE shelter_fid = ?");
    if (!query.isValid())
        return query.status().error();
    query.bind(1, fid);
    if (query.next()) {
        state.status = ShelterLifecycle::fromName(query.text(0)).value_or(ShelterStatus::Closed);
        state.occupancy = int(query.int64(1));
        state.power = PowerSources::fromName(query.text(2)).value_or(PowerSource::Grid);
        state.expectedOutageHours = query.real(3);
    } else if (!query.status()) {
        return query.status().error();
    }
    return state;
}

Status writeState(sqlite3 *db, qint64 fid, const OperatingState &state, const QString &at, const core::Actor &actor)
{
    SqlStatement upsert(db, "INSERT INTO shelter_status (shelter_fid, status, occupancy, power, expected_outage_hours, updated_at, updated_by)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shelter_fid) DO UPDATE SET status = excluded.status,"
                        " occupancy = excluded.occupancy, power = excluded.power,"
                        " expected_outage_hours = excluded.expected_outage_hours, updated_at = excluded.updated_at,"
                        " updated_by = excluded.updated_by");
    upsert.bind(1, fid);
    upsert.bind(2, ShelterLifecycle::name(state.status));
    upsert.bind(3, state.occupancy);
    upsert.bind(4, PowerSources::name(state.power));
    upsert.bind(5, state.expectedOutageHours);
    upsert.bind(6, at);
    upsert.bind(7, actor.operatorName);
    return upsert.exec();
}

/// Runs `change` on the shelter's operating state inside perform(): checks the shelter exists,
/// reads the state, lets `change` validate and modify it, writes it back with before/after.
using StateChange = std::function<Status(sqlite3 *db, OperatingState &state, QJsonObject &before, QJsonObject &after)>;

} // namespace

ShelterRegistry::ShelterRegistry(TwinStore &store, Clock clock)
    : m_store(store), m_clock(std::move(clock))
{
}

namespace {

Status performOnState(TwinStore &store, const QString &at, const core::Actor &actor, const QString &action, qint64 fid,
                      const StateChange &change)
{
    return store.perform(actor, action, ShelterRegistry::target(fid),
                         [&](TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
                             sqlite3 *db = twin.handle();
                             if (Status exists = ShelterReader::checkExists(db, fid); !exists)
                                 return exists;
                             auto state = readState(db, fid);
                             if (!state)
                                 return state.error();
                             const OperatingState old = state.value();
                             before = old.toJson();
                             if (Status changed = change(db, state.value(), before, after); !changed)
                                 return changed;
                             const QJsonObject now = state->toJson();
                             for (auto it = now.begin(); it != now.end(); ++it)
                                 after.insert(it.key(), it.value());
                             return writeState(db, fid, state.value(), at, actor);
                         });
}

} // namespace

Status ShelterRegistry::transition(const core::Actor &actor, qint64 fid, ShelterStatus to, const QString &note)
{
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return performOnState(m_store, at, actor, QStringLiteral("shelters.transition"), fid,
                          [&](sqlite3 *db, OperatingState &state, QJsonObject &, QJsonObject &after) -> Status {
                              if (Status allowed = ShelterLifecycle::check(state.status, to, state.occupancy); !allowed)
                                  return allowed;
                              SqlStatement history(db, "INSERT INTO shelter_status_history (shelter_fid, from_status, to_status, at,"
                                                   " operator, role, occupancy, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                              history.bind(1, fid);
                              history.bind(2, ShelterLifecycle::name(state.status));
                              history.bind(3, ShelterLifecycle::name(to));
                              history.bind(4, at);
                              history.bind(5, actor.operatorName);
                              history.bind(6, core::roleName(actor.role));
                              history.bind(7, state.occupancy);
                              if (note.trimmed().isEmpty())
                                  history.bindNull(8);
                              else
                                  history.bind(8, note.trimmed());
                              if (Status written = history.exec(); !written)
                                  return written;
                              if (!note.trimmed().isEmpty())
                                  after.insert(QStringLiteral("note"), note.trimmed());
                              state.status = to;
                              return {};
                          });
}

Status ShelterRegistry::checkIn(const core::Actor &actor, qint64 fid, int persons)
{
    if (persons <= 0 || persons > kMaxPersonsPerAction) {
        // Validated before perform() only for the message; perform() would write nothing either way.
        return Error::invalidInput(QCoreApplication::translate("Shelters", "check in between 1 and %1 persons, not %2")
                                       .arg(kMaxPersonsPerAction).arg(persons),
                                   target(fid));
    }
    return changeOccupancy(actor, fid, persons, QStringLiteral("shelters.checkin"));
}

Status ShelterRegistry::checkOut(const core::Actor &actor, qint64 fid, int persons)
{
    if (persons <= 0 || persons > kMaxPersonsPerAction) {
        return Error::invalidInput(QCoreApplication::translate("Shelters", "check out between 1 and %1 persons, not %2")
                                       .arg(kMaxPersonsPerAction).arg(persons),
                                   target(fid));
    }
    return changeOccupancy(actor, fid, -persons, QStringLiteral("shelters.checkout"));
}

Status ShelterRegistry::changeOccupancy(const core::Actor &actor, qint64 fid, int delta, const QString &action)
{
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return performOnState(m_store, at, actor, action, fid,
                          [&](sqlite3 *db, OperatingState &state, QJsonObject &, QJsonObject &after) -> Status {
                              if (delta > 0 && !ShelterLifecycle::admitsEvacuees(state.status)) {
                                  return Error::refused(QCoreApplication::translate("Shelters", "a %1 shelter admits nobody")
                                                            .arg(ShelterLifecycle::title(state.status)),
                                                        target(fid));
                              }
                              const qint64 result = qint64(state.occupancy) + delta;
                              if (result < 0) {
                                  return Error::refused(QCoreApplication::translate("Shelters", "cannot check out %1: only %2 inside")
                                                            .arg(-delta).arg(state.occupancy),
                                                        target(fid));
                              }
                              if (result > std::numeric_limits<int>::max())
                                  return Error::invalidInput(QCoreApplication::translate("Shelters", "occupancy out of range"), target(fid));
                              state.occupancy = int(result);
                              SqlStatement log(db, "INSERT INTO shelter_headcount (shelter_fid, at, delta, occupancy, operator, role)"
                                               " VALUES (?, ?, ?, ?, ?, ?)");
                              log.bind(1, fid);
                              log.bind(2, at);
                              log.bind(3, delta);
                              log.bind(4, state.occupancy);
                              log.bind(5, actor.operatorName);
                              log.bind(6, core::roleName(actor.role));
                              after.insert(QStringLiteral("delta"), delta);
                              return log.exec();
                          });
}

Status ShelterRegistry::setStock(const core::Actor &actor, qint64 fid, const QString &item, double quantity)
{
    return writeStock(actor, fid, item, quantity, false);
}

Status ShelterRegistry::adjustStock(const core::Actor &actor, qint64 fid, const QString &item, double delta)
{
    return writeStock(actor, fid, item, delta, true);
}

Status ShelterRegistry::writeStock(const core::Actor &actor, qint64 fid, const QString &item, double value, bool relative)
{
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return m_store.perform(actor, QStringLiteral("shelters.stock"), target(fid),
                           [&](TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
                               sqlite3 *db = twin.handle();
                               if (Status exists = ShelterReader::checkExists(db, fid); !exists)
                                   return exists;
                               auto catalogue = ShelterCatalogue::load(db);
                               if (!catalogue)
                                   return catalogue.error();
                               if (!catalogue->stockItem(item)) {
                                   QStringList known;
                                   for (const StockItem &i : catalogue->stockItems())
                                       known.append(i.key);
                                   return Error::invalidInput(QCoreApplication::translate("Shelters", "unknown stock item \"%1\" (known: %2)")
                                                                  .arg(item, known.join(QStringLiteral(", "))),
                                                              target(fid));
                               }
                               if (!std::isfinite(value))
                                   return Error::invalidInput(QCoreApplication::translate("Shelters", "the quantity must be a number"), target(fid));
                               double current = 0.0;
                               {
                                   SqlStatement read(db, "SELECT quantity FROM shelter_stock WHERE shelter_fid = ? AND item = ?");
                                   read.bind(1, fid);
                                   read.bind(2, item);
                                   if (read.next())
                                       current = read.real(0);
                                   else if (!read.status())
                                       return read.status();
                               }
                               const double result = relative ? current + value : value;
                               if (result < 0.0) {
                                   return Error::refused(relative ? QCoreApplication::translate("Shelters", "%1: using %2 leaves less than nothing (%3 in stock)")
                                                                        .arg(item).arg(-value).arg(current)
                                                                  : QCoreApplication::translate("Shelters", "%1: a stock cannot be negative (%2)")
                                                                        .arg(item).arg(value),
                                                         target(fid));
                               }
                               before = {{QStringLiteral("item"), item}, {QStringLiteral("quantity"), current}};
                               after = {{QStringLiteral("item"), item}, {QStringLiteral("quantity"), result}};
                               SqlStatement write(db, "INSERT INTO shelter_stock (shelter_fid, item, quantity, updated_at, updated_by)"
                                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (shelter_fid, item) DO UPDATE SET"
                                                  " quantity = excluded.quantity, updated_at = excluded.updated_at,"
                                                  " updated_by = excluded.updated_by");
                               write.bind(1, fid);
                               write.bind(2, item);
                               write.bind(3, result);
                               write.bind(4, at);
                               write.bind(5, actor.operatorName);
                               return write.exec();
                           });
}

Status ShelterRegistry::setPower(const core::Actor &actor, qint64 fid, PowerSource source)
{
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return performOnState(m_store, at, actor, QStringLiteral("shelters.power"), fid,
                          [&](sqlite3 *, OperatingState &state, QJsonObject &, QJsonObject &) -> Status {
                              state.power = source;
                              return {};
                          });
}

Status ShelterRegistry::setExpectedOutage(const core::Actor &actor, qint64 fid, double hours)
{
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return performOnState(m_store, at, actor, QStringLiteral("shelters.outage"), fid,
                          [&](sqlite3 *, OperatingState &state, QJsonObject &, QJsonObject &) -> Status {
                              // A month is the longest outage a plan can sensibly assume.
                              if (!std::isfinite(hours) || hours < 0.0 || hours > 24.0 * 31) {
                                  return Error::invalidInput(QCoreApplication::translate("Shelters", "expected outage must be 0 to 744 hours, not %1")
                                                                 .arg(hours),
                                                             target(fid));
                              }
                              state.expectedOutageHours = hours;
                              return {};
                          });
}

Status ShelterRegistry::setMedicalCount(const core::Actor &actor, qint64 fid, const QString &need, int persons)
{
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return m_store.perform(actor, QStringLiteral("shelters.medical"), target(fid),
                           [&](TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
                               sqlite3 *db = twin.handle();
                               if (Status exists = ShelterReader::checkExists(db, fid); !exists)
                                   return exists;
                               auto catalogue = ShelterCatalogue::load(db);
                               if (!catalogue)
                                   return catalogue.error();
                               if (!catalogue->medicalNeed(need)) {
                                   QStringList known;
                                   for (const MedicalNeed &n : catalogue->medicalNeeds())
                                       known.append(n.key);
                                   return Error::invalidInput(QCoreApplication::translate("Shelters", "unknown medical need \"%1\" (known: %2)")
                                                                  .arg(need, known.join(QStringLiteral(", "))),
                                                              target(fid));
                               }
                               if (persons < 0 || persons > kMaxPersonsPerAction) {
                                   return Error::invalidInput(QCoreApplication::translate("Shelters", "%1: a count of persons must be 0 to %2, not %3")
                                                                  .arg(need).arg(kMaxPersonsPerAction).arg(persons),
                                                              target(fid));
                               }
                               int current = 0;
                               {
                                   SqlStatement read(db, "SELECT count FROM shelter_medical WHERE shelter_fid = ? AND need = ?");
                                   read.bind(1, fid);
                                   read.bind(2, need);
                                   if (read.next())
                                       current = int(read.int64(0));
                                   else if (!read.status())
                                       return read.status();
                               }
                               before = {{QStringLiteral("need"), need}, {QStringLiteral("count"), current}};
                               after = {{QStringLiteral("need"), need}, {QStringLiteral("count"), persons}};
                               SqlStatement write(db, "INSERT INTO shelter_medical (shelter_fid, need, count, updated_at, updated_by)"
                                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (shelter_fid, need) DO UPDATE SET"
                                                  " count = excluded.count, updated_at = excluded.updated_at,"
                                                  " updated_by = excluded.updated_by");
                               write.bind(1, fid);
                               write.bind(2, need);
                               write.bind(3, persons);
                               write.bind(4, at);
                               write.bind(5, actor.operatorName);
                               return write.exec();
                           });
}

core::Result<std::vector<StatusChange>> ShelterRegistry::history(qint64 fid) const
{
    std::vector<StatusChange> changes;
    SqlStatement query(m_store.handle(), "SELECT id, shelter_fid, from_status, to_status, at, operator, role, occupancy, note"
                                     " FROM shelter_status_history WHERE shelter_fid = ? ORDER BY id");
    if (!query.isValid())
        return query.status().error();
    query.bind(1, fid);
    while (query.next()) {
        StatusChange c;
        c.id = query.int64(0);
        c.shelterFid = query.int64(1);
        c.from = ShelterLifecycle::fromName(query.text(2)).value_or(ShelterStatus::Closed);
        c.to = ShelterLifecycle::fromName(query.text(3)).value_or(ShelterStatus::Closed);
        c.at = Timestamp::parse(query.text(4));
        c.operatorName = query.text(5);
        c.role = query.text(6);
        c.occupancy = int(query.int64(7));
        c.note = query.text(8);
        changes.push_back(std::move(c));
    }
    if (!query.status())
        return query.status().error();
    return changes;
}

} // namespace ct::shelters
