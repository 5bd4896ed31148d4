// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "requestbook.h"

#include "sheltercatalogue.h"
#include "shelterreader.h"
#include "shelterregistry.h"
#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ct::shelters {

using core::Error;
using core::Status;
using store::TwinStore;
using store::SqlStatement;

namespace {

constexpr const char *kColumns =
    "SELECT r.id, r.shelter_fid, r.kind, r.item, r.quantity, r.detail, r.status, r.requested_at, r.requested_by,"
    " r.requested_role, r.acknowledged_at, r.dispatched_at, r.closed_at, r.updated_at, r.updated_by, r.decline_reason";

QDateTime optionalTime(const SqlStatement &q, int column)
{
    return q.isNull(column) ? QDateTime() : Timestamp::parse(q.text(column));
}

ShelterRequest fromRow(const SqlStatement &q)
{
    ShelterRequest r;
    r.id = q.int64(0);
    r.shelterFid = q.int64(1);
    r.kind = RequestLifecycle::kindFromName(q.text(2)).value_or(RequestKind::Supplies);
    r.item = q.text(3);
    if (!q.isNull(4))
        r.quantity = q.real(4);
    r.detail = q.text(5);
    r.status = RequestLifecycle::statusFromName(q.text(6)).value_or(RequestStatus::Requested);
    r.requestedAt = Timestamp::parse(q.text(7));
    r.requestedBy = q.text(8);
    r.requestedRole = q.text(9);
    r.acknowledgedAt = optionalTime(q, 10);
    r.dispatchedAt = optionalTime(q, 11);
    r.closedAt = optionalTime(q, 12);
    r.updatedAt = Timestamp::parse(q.text(13));
    r.updatedBy = q.text(14);
    r.declineReason = q.text(15);
    return r;
}

QJsonObject toJson(const ShelterRequest &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("shelter_fid"), r.shelterFid},
                  {QStringLiteral("kind"), RequestLifecycle::name(r.kind)},
                  {QStringLiteral("status"), RequestLifecycle::name(r.status)},
                  {QStringLiteral("detail"), r.detail}};
    if (!r.item.isEmpty())
        o.insert(QStringLiteral("item"), r.item);
    if (r.quantity)
        o.insert(QStringLiteral("quantity"), *r.quantity);
    if (!r.declineReason.isEmpty())
        o.insert(QStringLiteral("decline_reason"), r.declineReason);
    return o;
}

core::Result<ShelterRequest> readRequest(sqlite3 *db, qint64 id)
{
    const QByteArray sql = QByteArray(kColumns) + " FROM shelter_request AS r WHERE r.id = ?";
    SqlStatement q(db, sql.constData());
    if (!q.isValid())
        return q.status().error();
    q.bind(1, id);
    if (q.next())
        return fromRow(q);
    if (!q.status())
        return q.status().error();
    return Error::notFound(QCoreApplication::translate("Shelters", "no request with id %1").arg(id));
}

Status logEvent(sqlite3 *db, qint64 id, std::optional<RequestStatus> from, RequestStatus to, const QString &at,
                const core::Actor &actor, const QString &note)
{
    SqlStatement q(db, "INSERT INTO shelter_request_event (request_id, at, from_status, to_status, operator, role, note)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id);
    q.bind(2, at);
    if (from)
        q.bind(3, RequestLifecycle::name(*from));
    else
        q.bindNull(3);
    q.bind(4, RequestLifecycle::name(to));
    q.bind(5, actor.operatorName);
    q.bind(6, core::roleName(actor.role));
    if (note.trimmed().isEmpty())
        q.bindNull(7);
    else
        q.bind(7, note.trimmed());
    return q.exec();
}

int rank(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Requested:
        return 0;
    case RequestStatus::Acknowledged:
        return 1;
    case RequestStatus::Dispatched:
        return 2;
    case RequestStatus::Delivered:
    case RequestStatus::Declined:
        return 3;
    }
    return 3;
}

} // namespace

RequestBook::RequestBook(TwinStore &store, Clock clock)
    : m_store(store), m_clock(std::move(clock))
{
}

namespace {

/// The attention order as a key of plain numbers: (rank, time, id), time ascending for open
/// requests (oldest first) and descending for closed ones (most recently closed first).
std::tuple<int, qint64, qint64> attentionKey(const ShelterRequest &r)
{
    const int k = rank(r.status);
    if (k < 3)
        return {k, r.requestedAt.isValid() ? r.requestedAt.toMSecsSinceEpoch() : 0, r.id};
    return {k, r.closedAt.isValid() ? -r.closedAt.toMSecsSinceEpoch() : 0, r.id};
}

} // namespace

bool RequestBook::attentionBefore(const ShelterRequest &a, const ShelterRequest &b)
{
    return attentionKey(a) < attentionKey(b);
}

core::Result<qint64> RequestBook::create(const core::Actor &actor, qint64 fid, RequestKind kind, const QString &detail,
                                         const QString &item, std::optional<double> quantity)
{
    const QString text = detail.trimmed();
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    qint64 id = 0;
    const Status done = m_store.perform(
        actor, QStringLiteral("shelters.request"), ShelterRegistry::target(fid),
        [&](TwinStore &twin, QJsonObject &, QJsonObject &after) -> Status {
            sqlite3 *db = twin.handle();
            if (Status exists = ShelterReader::checkExists(db, fid); !exists)
                return exists;
            const QString where = ShelterRegistry::target(fid);
            if (text.isEmpty() && item.isEmpty())
                return Error::invalidInput(QCoreApplication::translate("Shelters", "a request needs an item or a description"), where);
            if (text.size() > kMaxTextLength)
                return Error::invalidInput(QCoreApplication::translate("Shelters", "the description is longer than %1 characters").arg(kMaxTextLength), where);
            if (!item.isEmpty()) {
                auto catalogue = ShelterCatalogue::load(db);
                if (!catalogue)
                    return catalogue.error();
                if (kind != RequestKind::Supplies)
                    return Error::invalidInput(QCoreApplication::translate("Shelters", "only a supplies request names a stock item"), where);
                if (!catalogue->stockItem(item))
                    return Error::invalidInput(QCoreApplication::translate("Shelters", "unknown stock item \"%1\"").arg(item), where);
            }
            if (quantity && (!std::isfinite(*quantity) || *quantity <= 0.0))
                return Error::invalidInput(QCoreApplication::translate("Shelters", "a requested quantity must be above zero"), where);
            SqlStatement q(db, "INSERT INTO shelter_request (shelter_fid, kind, item, quantity, detail, status, requested_at,"
                           " requested_by, requested_role, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'requested', ?, ?, ?, ?, ?)");
            q.bind(1, fid);
            q.bind(2, RequestLifecycle::name(kind));
            if (item.isEmpty())
                q.bindNull(3);
            else
                q.bind(3, item);
            if (quantity)
                q.bind(4, *quantity);
            else
                q.bindNull(4);
            q.bind(5, text);
            q.bind(6, at);
            q.bind(7, actor.operatorName);
            q.bind(8, core::roleName(actor.role));
            q.bind(9, at);
            q.bind(10, actor.operatorName);
            if (Status inserted = q.exec(); !inserted)
                return inserted;
            id = sqlite3_last_insert_rowid(db);
            if (Status logged = logEvent(db, id, std::nullopt, RequestStatus::Requested, at, actor, {}); !logged)
                return logged;
            auto created = readRequest(db, id);
            if (!created)
                return created.error();
            after = toJson(created.value());
            return {};
        });
    if (!done)
        return done.error();
    return id;
}

Status RequestBook::acknowledge(const core::Actor &actor, qint64 requestId, const QString &note)
{
    return advance(actor, requestId, RequestStatus::Acknowledged, note);
}

Status RequestBook::dispatch(const core::Actor &actor, qint64 requestId, const QString &note)
{
    return advance(actor, requestId, RequestStatus::Dispatched, note);
}

Status RequestBook::deliver(const core::Actor &actor, qint64 requestId, const QString &note)
{
    return advance(actor, requestId, RequestStatus::Delivered, note);
}

Status RequestBook::decline(const core::Actor &actor, qint64 requestId, const QString &reason)
{
    return advance(actor, requestId, RequestStatus::Declined, reason);
}

Status RequestBook::advance(const core::Actor &actor, qint64 requestId, RequestStatus to, const QString &note)
{
    // The target needs the request's shelter: read it first; the change re-reads inside the
    // transaction and checks the step there.
    auto found = readRequest(m_store.handle(), requestId);
    if (!found)
        return found.error();
    const qint64 fid = found->shelterFid;
    const QString action = to == RequestStatus::Delivered ? QStringLiteral("shelters.confirm-delivery")
                                                          : QStringLiteral("shelters.handle-request");
    const QString at = Timestamp::format(Timestamp::now(m_clock));
    return m_store.perform(actor, action, target(fid, requestId),
                           [&](TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
                               sqlite3 *db = twin.handle();
                               auto current = readRequest(db, requestId);
                               if (!current)
                                   return current.error();
                               if (note.size() > kMaxTextLength)
                                   return Error::invalidInput(QCoreApplication::translate("Shelters", "the note is longer than %1 characters").arg(kMaxTextLength),
                                                              target(fid, requestId));
                               if (Status allowed = RequestLifecycle::check(current->status, to, note); !allowed)
                                   return Error{allowed.error().kind, allowed.error().message, target(fid, requestId)};
                               before = toJson(current.value());
                               const char *sql = nullptr;
                               switch (to) {
                               case RequestStatus::Acknowledged:
                                   sql = "UPDATE shelter_request SET status = 'acknowledged', acknowledged_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3";
                                   break;
                               case RequestStatus::Dispatched:
                                   sql = "UPDATE shelter_request SET status = 'dispatched', dispatched_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3";
                                   break;
                               case RequestStatus::Delivered:
                                   sql = "UPDATE shelter_request SET status = 'delivered', closed_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3";
                                   break;
                               case RequestStatus::Declined:
                                   sql = "UPDATE shelter_request SET status = 'declined', closed_at = ?1, updated_at = ?1, updated_by = ?2,"
                                         " decline_reason = ?4 WHERE id = ?3";
                                   break;
                               case RequestStatus::Requested:
                                   return Error::internal(QStringLiteral("a request cannot return to requested"));
                               }
                               SqlStatement update(db, sql);
                               update.bind(1, at);
                               update.bind(2, actor.operatorName);
                               update.bind(3, requestId);
                               if (to == RequestStatus::Declined)
                                   update.bind(4, note.trimmed());
                               if (Status updated = update.exec(); !updated)
                                   return updated;
                               if (Status logged = logEvent(db, requestId, current->status, to, at, actor, note); !logged)
                                   return logged;
                               if (to == RequestStatus::Delivered && current->kind == RequestKind::Supplies
                                   && !current->item.isEmpty() && current->quantity) {
                                   SqlStatement stock(db, "INSERT INTO shelter_stock (shelter_fid, item, quantity, updated_at, updated_by)"
                                                      " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (shelter_fid, item) DO UPDATE SET"
                                                      " quantity = quantity + excluded.quantity, updated_at = excluded.updated_at,"
                                                      " updated_by = excluded.updated_by");
                                   stock.bind(1, fid);
                                   stock.bind(2, current->item);
                                   stock.bind(3, *current->quantity);
                                   stock.bind(4, at);
                                   stock.bind(5, actor.operatorName);
                                   if (Status added = stock.exec(); !added)
                                       return added;
                                   after.insert(QStringLiteral("stock_added"), *current->quantity);
                               }
                               auto changed = readRequest(db, requestId);
                               if (!changed)
                                   return changed.error();
                               const QJsonObject now = toJson(changed.value());
                               for (auto it = now.begin(); it != now.end(); ++it)
                                   after.insert(it.key(), it.value());
                               return {};
                           });
}

core::Result<ShelterRequest> RequestBook::request(qint64 requestId) const
{
    return readRequest(m_store.handle(), requestId);
}

core::Result<std::vector<ShelterRequest>> RequestBook::list(const TwinStore &store, const Query &query)
{
    sqlite3 *db = store.handle();
    const bool names = query.shelterNames && SqlStatement::hasRelation(db, QStringLiteral("shelters"))
        && SqlStatement::columnNames(db, QStringLiteral("shelters")).contains(QStringLiteral("name"));
    QByteArray sql = QByteArray(kColumns) + (names ? ", s.name" : ", NULL");
    // The status at `at`: the one the first later step started from, else the current one.
    sql += query.at ? ", coalesce((SELECT e.from_status FROM shelter_request_event AS e WHERE e.request_id = r.id"
                      " AND e.at > ?2 ORDER BY e.id LIMIT 1), r.status)"
                    : ", r.status";
    sql += names ? " FROM shelter_request AS r LEFT JOIN shelters AS s ON s.fid = r.shelter_fid" : " FROM shelter_request AS r";
    QStringList where;
    if (query.shelterFid)
        where.append(QStringLiteral("r.shelter_fid = ?1"));
    if (query.at)
        where.append(QStringLiteral("r.requested_at <= ?2"));
    else if (query.openOnly)
        where.append(QStringLiteral("r.status IN ('requested', 'acknowledged', 'dispatched')"));
    if (!where.isEmpty())
        sql += " WHERE " + where.join(QStringLiteral(" AND ")).toUtf8();
    SqlStatement q(db, sql.constData());
    if (!q.isValid())
        return q.status().error();
    if (query.shelterFid)
        q.bind(1, *query.shelterFid);
    if (query.at)
        q.bind(2, Timestamp::format(*query.at));
    std::vector<ShelterRequest> out;
    while (q.next()) {
        ShelterRequest r = fromRow(q);
        r.shelterName = q.text(16);
        if (query.at) {
            r.status = RequestLifecycle::statusFromName(q.text(17)).value_or(r.status);
            if (query.openOnly && !r.isOpen())
                continue;
            for (QDateTime *later : {&r.acknowledgedAt, &r.dispatchedAt, &r.closedAt}) {
                if (later->isValid() && *later > *query.at)
                    *later = QDateTime();
            }
            if (r.status != RequestStatus::Declined)
                r.declineReason.clear();
        }
        out.push_back(std::move(r));
    }
    if (!q.status())
        return q.status().error();
    // Sort keys, not the requests (thousands of them, a dozen strings each, on every refresh).
    std::vector<std::pair<std::tuple<int, qint64, qint64>, std::size_t>> keys;
    keys.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        keys.emplace_back(attentionKey(out[i]), i);
    std::sort(keys.begin(), keys.end());
    const std::size_t keep = query.limit >= 0 ? std::min(out.size(), std::size_t(query.limit)) : out.size();
    std::vector<ShelterRequest> ordered;
    ordered.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i)
        ordered.push_back(std::move(out[keys[i].second]));
    return ordered;
}

} // namespace ct::shelters
