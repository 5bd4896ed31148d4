// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/error.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace ct::assets::detail {

/// \brief A prepared statement on the assets tables, finalized on scope exit; QString bound as UTF-8.
class SqlQuery
{
public:
    SqlQuery(sqlite3 *db, const char *sql) : m_db(db) { sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~SqlQuery() { sqlite3_finalize(m_statement); }
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, int value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bind(int index, const QString &text)
    {
        if (text.isNull()) {
            sqlite3_bind_null(m_statement, index);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_statement); }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
    }

    core::Error error(const QString &what) const
    {
        return core::Error::io(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace ct::assets::detail
