// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ct::shelters {

/// \brief One prepared statement on the twin's connection, finalized on scope exit.
///
/// The shelters tables are the plugin's own, so the plugin talks SQL to them directly (the store
/// hands out its handle for that). Errors carry SQLite's message and the statement's first words.
class SqlQuery
{
public:
    SqlQuery(sqlite3 *db, const char *sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    //! The preparation's failure, or success.
    const core::Status &status() const { return m_status; }
    bool isValid() const { return m_status.ok(); }

    //! Binds by 1-based index.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);

    //! Advances to the next row: true when there is one. On an error next() returns false and
    //! error() tells; check it after the loop (or use exec() for statements without rows).
    bool next();
    //! Runs a statement that returns no rows.
    core::Status exec();
    const core::Status &error() const { return m_stepStatus; }

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    //! `sql` split on ';' and run statement by statement (no parameters).
    static core::Status run(sqlite3 *db, const char *sql);
    //! Whether the connection's schema has a table or view of that name.
    static bool hasTable(sqlite3 *db, const QString &name);
    //! Column names of a table (empty when it does not exist).
    static QStringList columns(sqlite3 *db, const QString &table);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    core::Status m_status;
    core::Status m_stepStatus;
};

} // namespace ct::shelters
