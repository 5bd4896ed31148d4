// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ct::store {

/// \brief One prepared statement on an SQLite connection (usually TwinStore::handle(), for the
/// tables a module or plugin owns), finalized on scope exit.
///
/// Failures never throw and never pass silently: a failed preparation, a failed bind (an index out
/// of range, an unknown parameter name) or a failed step is kept in status() as a core::Error of
/// kind Io whose message is SQLite's and whose `where` names the statement (its first words), so
/// "no such table: x" says which query met it. After a failure next() returns false and exec()
/// returns the failure, so a loop `while (q.next())` followed by `if (!q.status())` sees it.
///
/// Parameters are 1-based (`?`, `?NNN`) or named (`:name`, `@name`, `$name`, written with the
/// prefix). A QString binds as UTF-8 text, a null one as empty text (NOT NULL columns stay
/// satisfied); bindNullable() binds a null QString as SQL NULL instead, for optional columns.
/// Times bind as ISO 8601 UTC text with milliseconds (GeoPackage's DATETIME form), an invalid
/// QDateTime as NULL (there is no text for it). A null QByteArray binds as NULL, an empty one as a
/// zero-length blob.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    SqlStatement(sqlite3 *db, const QString &sql);
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    //! Whether the statement was prepared.
    bool isValid() const { return m_statement != nullptr; }
    //! Success, or the first failure since preparation or the last reset().
    const core::Status &status() const { return m_status; }
    //! The SQL as given.
    const QString &sql() const { return m_sql; }
    /// The failure in status() for a caller that says what it was doing: an Io error whose message
    /// is "<what>: <the failure's message>" and whose `where` names the statement; only `what`
    /// when there was no failure (e.g. a query that found no row).
    core::Error failure(const QString &what) const;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text);
    void bind(int index, const char *text) { bind(index, QString::fromUtf8(text)); }
    //! A null QString as NULL, any other as text.
    void bindNullable(int index, const QString &text);
    //! An empty optional as NULL, any other as its integer.
    void bindNullable(int index, std::optional<qint64> value);
    void bind(int index, const QDateTime &time);
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);

    void bind(const char *name, qint64 value) { bind(parameterIndex(name), value); }
    void bind(const char *name, int value) { bind(parameterIndex(name), qint64(value)); }
    void bind(const char *name, double value) { bind(parameterIndex(name), value); }
    void bind(const char *name, const QString &text) { bind(parameterIndex(name), text); }
    void bind(const char *name, const char *text) { bind(parameterIndex(name), QString::fromUtf8(text)); }
    void bindNullable(const char *name, const QString &text) { bindNullable(parameterIndex(name), text); }
    void bind(const char *name, const QDateTime &time) { bind(parameterIndex(name), time); }
    void bindBlob(const char *name, const QByteArray &bytes) { bindBlob(parameterIndex(name), bytes); }
    void bindNull(const char *name) { bindNull(parameterIndex(name)); }

    //! The 1-based index of a named parameter; 0 (and a failed status()) when there is none.
    int parameterIndex(const char *name);

    //! Steps to the next row: true when there is one; false at the end or on a failure (status()).
    bool next();
    //! Steps to the end (a statement without rows, or whose rows do not matter); the status.
    core::Status exec();
    //! Makes the statement ready to run again: resets it, clears its bindings and its status
    //! (a failed preparation stays failed).
    void reset();

    //! Columns of the current row, 0-based.
    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    //! The cell as an integer; a NULL cell gives an empty optional.
    std::optional<qint64> optionalInt64(int column) const;
    double real(int column) const;
    //! The cell as UTF-8 text; a NULL cell gives a null QString.
    QString text(int column) const;
    //! The cell as bytes; a NULL cell gives a null QByteArray.
    QByteArray blob(int column) const;
    //! The cell read as an ISO 8601 time, in UTC; NULL or unreadable text gives an invalid time.
    QDateTime dateTime(int column) const;

    //! The text a QDateTime is bound as: ISO 8601 UTC with milliseconds; null for an invalid time.
    static QString timeText(const QDateTime &time);
    //! Runs `script` (statements separated by ';', no parameters) with sqlite3_exec.
    static core::Status execute(sqlite3 *db, const QString &script);
    //! Whether the connection's schema has a table or a view named `name`.
    static bool hasRelation(sqlite3 *db, const QString &name);
    //! The column names of a table or view, in order; empty when there is none of that name.
    static QStringList columnNames(sqlite3 *db, const QString &table);

private:
    void prepare(const QByteArray &utf8);
    //! Keeps the connection's last error message (after a failed prepare or step).
    void fail();
    void failWith(const QString &message);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    core::Status m_status;
};

} // namespace ct::store
