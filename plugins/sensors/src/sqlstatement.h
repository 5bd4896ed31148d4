// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/error.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ct::sensors {

/// \brief A prepared statement that finalises itself; errors carry SQLite's message.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool ok() const { return m_statement != nullptr; }
    core::Error error() const;

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    //! True while a row is ready; false at the end or on error (see done()).
    bool step();
    //! Whether the last step() reached the end without error.
    bool done() const { return m_rc == 101; }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = 0;
};

} // namespace ct::sensors
