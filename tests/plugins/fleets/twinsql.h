// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/store/twinstore.h"

#include <QDateTime>
#include <QDebug>
#include <QString>

#include <sqlite3.h>

namespace ct::fleets::test {

/// `t` in UTC as ISO 8601, as the fleets tables store times.
inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/// Runs `sql` on `db` directly (no audit row: test set-up and other connections' changes);
/// SQLite's message is printed when it fails.
inline bool exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning() << message;
    sqlite3_free(message);
    return ok;
}

inline bool exec(store::TwinStore &twin, const QString &sql)
{
    return exec(twin.handle(), sql);
}

/// The first column of the first row of `sql` as text (empty for no row or NULL).
inline QString scalar(store::TwinStore &twin, const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(twin.handle(), sql.toUtf8().constData(), -1, &s, nullptr);
    QString value;
    if (s && sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return value;
}

/// An operator `name` in `role`, bound to nothing.
inline core::Actor actor(core::Role role, const QString &name)
{
    return core::Actor{name, role, {}};
}

} // namespace ct::fleets::test
