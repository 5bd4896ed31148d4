// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/store/twinstore.h"

#include <QHash>
#include <QString>

#include <optional>

#include <sqlite3.h>

namespace ct::store {

/// \brief The connection behind a TwinStore and its cache of prepared statements.
struct TwinStore::State
{
    sqlite3 *db = nullptr;
    QString path;
    bool readOnly = false;
    QHash<QString, sqlite3_stmt *> statements;
    /// Grants of `ct_permission`, read on the first check: action → (role → scope).
    /// Emptied by migrate(), where components add their grants.
    std::optional<QHash<QString, QHash<QString, QString>>> grants;

    void invalidateGrants() { grants.reset(); }

    ~State();

    /// A cached prepared statement for `sql`, or nullptr (see lastError()).
    sqlite3_stmt *prepare(const QString &sql);
    /// Runs one or more statements without results.
    core::Status exec(const QString &sql);
    /// An Io error carrying SQLite's message for the last failure on this connection.
    core::Error lastError(const QString &what) const;
    bool inTransaction() const { return db && !sqlite3_get_autocommit(db); }
};

namespace detail {
/// An Io error with SQLite's message of the last failure on `db`.
core::Error sqliteError(sqlite3 *db, const QString &what, const QString &where = {});
/// Runs SQL without results on `db`.
core::Status execSql(sqlite3 *db, const QString &sql, const QString &where = {});
} // namespace detail

} // namespace ct::store
