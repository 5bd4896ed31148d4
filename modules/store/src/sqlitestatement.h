// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace ct::store::detail {

/// \brief A use of a prepared (usually cached) statement: binds, steps and resets it on scope exit,
/// so a cached statement never keeps a read transaction open by accident.
class SqliteStatement
{
public:
    enum class Ownership { Cached, Owned };
    //! A Cached statement is reset on scope exit; an Owned one (one-off SQL) is finalized.
    explicit SqliteStatement(sqlite3_stmt *statement, Ownership ownership = Ownership::Cached)
        : m_statement(statement), m_owned(ownership == Ownership::Owned)
    {
    }
    ~SqliteStatement()
    {
        if (m_statement && m_owned) {
            sqlite3_finalize(m_statement);
        } else if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }

    //! Binds by 1-based index; QString as UTF-8 text (copied by SQLite).
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, int value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }

    //! SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }

    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement;
    bool m_owned;
};

/// Binds a QVariant by its type: integers, reals, booleans, text, date-times (ISO 8601 UTC with
/// milliseconds, as GeoPackage's DATETIME expects), byte arrays as blobs, null/invalid as NULL.
void bindVariant(sqlite3_stmt *statement, int index, const QVariant &value);

} // namespace ct::store::detail
