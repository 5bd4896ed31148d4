// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ct::hydrogen::detail {

/// \brief One prepared statement on the twin's connection (TwinStore::handle()), finalised on
/// scope exit. The hydrogen tables are the plugin's own, so it speaks SQL to them directly.
/// Errors carry SQLite's message and name the statement.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    //! The preparation's failure, or success.
    const core::Status &status() const { return m_status; }

    //! Binds by 1-based index.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);

    //! The next row: true when there is one; on an error false, and error() tells.
    bool next();
    //! Runs a statement without rows.
    core::Status exec();
    const core::Status &error() const { return m_stepStatus; }

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    //! Whether the schema has a table or view named `name`.
    static bool hasRelation(sqlite3 *db, const QString &name);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    core::Status m_status;
    core::Status m_stepStatus;
};

} // namespace ct::hydrogen::detail
