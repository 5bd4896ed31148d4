// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// TwinStore's permission check: which role may perform which action (`ct_permission`).
#include "ct/store/twinstore.h"

#include "sqlitestatement.h"
#include "storestate.h"

#include <QCoreApplication>

namespace ct::store {

using core::Error;
using core::Status;
using detail::SqliteStatement;

namespace {

Error refusal(const core::Actor &actor, const QString &action, const QString &target)
{
    const QString role = core::roleName(actor.role);
    if (target.isEmpty())
        return Error::refused(QCoreApplication::translate("Store", "%1 may not %2").arg(role, action));
    return Error::refused(QCoreApplication::translate("Store", "%1 may not %2 (%3)").arg(role, action, target));
}

/// Reads every grant of `ct_permission` into `grants`. A twin without the table (an old twin
/// opened read-only, so not migrated) grants nothing; any other failure is an error and nothing
/// is cached, so the next check tries again.
Status loadGrants(sqlite3 *db, const QString &path, QHash<QString, QHash<QString, QString>> &grants)
{
    const QString what = QCoreApplication::translate("Store", "cannot read the permissions");
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ct_permission'", -1,
                           &raw, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(raw);
        return detail::sqliteError(db, what, path);
    }
    {
        SqliteStatement exists(raw, SqliteStatement::Ownership::Owned);
        if (exists.step() != SQLITE_ROW)
            return detail::sqliteError(db, what, path);
        if (exists.int64(0) == 0)
            return {};
    }
    raw = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT action, role, scope FROM ct_permission", -1, &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return detail::sqliteError(db, what, path);
    }
    SqliteStatement query(raw, SqliteStatement::Ownership::Owned);
    int rc = SQLITE_ROW;
    while ((rc = query.step()) == SQLITE_ROW)
        grants[query.text(0)].insert(query.text(1), query.text(2));
    if (rc != SQLITE_DONE)
        return detail::sqliteError(db, what, path);
    return {};
}

} // namespace

Status TwinStore::mayPerform(const core::Actor &actor, const QString &action, const QString &target) const
{
    if (actor.role == core::Role::System)
        return {};
    State &s = *m_state;
    if (!s.grants) {
        QHash<QString, QHash<QString, QString>> grants;
        if (Status loaded = loadGrants(s.db, s.path, grants); !loaded)
            return loaded;
        s.grants = std::move(grants);
    }
    const auto byRole = s.grants->constFind(action);
    if (byRole == s.grants->constEnd())
        return refusal(actor, action, target);
    const auto scope = byRole->constFind(core::roleName(actor.role));
    if (scope == byRole->constEnd())
        return refusal(actor, action, target);
    if (*scope == QLatin1String("any"))
        return {};
    if (*scope == QLatin1String("bound") && actor.isBoundTo(target))
        return {};
    return refusal(actor, action, target);
}

} // namespace ct::store
