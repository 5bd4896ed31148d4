// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/sqlstatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace ct::store {

using core::Error;
using core::Status;

namespace {

//! The statement's first words: enough to say which query failed without flooding the message.
QString statementHead(const QString &sql)
{
    constexpr int kHeadLength = 60;
    const QString simple = sql.simplified();
    return simple.size() > kHeadLength ? simple.left(kHeadLength) + QStringLiteral("…") : simple;
}

} // namespace

SqlStatement::SqlStatement(sqlite3 *db, const char *sql) : m_db(db), m_sql(QString::fromUtf8(sql))
{
    prepare(QByteArray(sql));
}

SqlStatement::SqlStatement(sqlite3 *db, const QString &sql) : m_db(db), m_sql(sql)
{
    prepare(sql.toUtf8());
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(other.m_db),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_sql(std::move(other.m_sql)),
      m_status(std::move(other.m_status))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_sql = std::move(other.m_sql);
        m_status = std::move(other.m_status);
    }
    return *this;
}

void SqlStatement::prepare(const QByteArray &utf8)
{
    if (!m_db) {
        failWith(QCoreApplication::translate("SqlStatement", "no database connection"));
        return;
    }
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        fail();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    } else if (!m_statement) {
        // Only white space or comments: SQLite prepares nothing, and there would be nothing to run.
        failWith(QCoreApplication::translate("SqlStatement", "no SQL statement"));
    }
}

Error SqlStatement::failure(const QString &what) const
{
    if (m_status)
        return Error::io(what, statementHead(m_sql));
    const Error &first = m_status.error();
    return Error::io(QStringLiteral("%1: %2").arg(what, first.message), first.where);
}

void SqlStatement::fail()
{
    failWith(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqlStatement::failWith(const QString &message)
{
    if (m_status) // the first failure is the one that explains the rest
        m_status = Error::io(message, statementHead(m_sql));
}

namespace {

//! A bind's failure in words that name the parameter (SQLite's own message does not).
QString bindFailure(int index, int rc)
{
    return QCoreApplication::translate("SqlStatement", "parameter %1: %2").arg(index).arg(QString::fromUtf8(sqlite3_errstr(rc)));
}

} // namespace

void SqlStatement::bind(int index, qint64 value)
{
    if (!m_statement)
        return;
    if (const int rc = sqlite3_bind_int64(m_statement, index, value); rc != SQLITE_OK)
        failWith(bindFailure(index, rc));
}

void SqlStatement::bind(int index, double value)
{
    if (!m_statement)
        return;
    if (const int rc = sqlite3_bind_double(m_statement, index, value); rc != SQLITE_OK)
        failWith(bindFailure(index, rc));
}

void SqlStatement::bind(int index, const QString &text)
{
    if (!m_statement)
        return;
    const QByteArray utf8 = text.toUtf8();
    if (const int rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        failWith(bindFailure(index, rc));
}

void SqlStatement::bindNullable(int index, const QString &text)
{
    if (text.isNull())
        bindNull(index);
    else
        bind(index, text);
}

void SqlStatement::bindNullable(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqlStatement::bind(int index, const QDateTime &time)
{
    if (time.isValid())
        bind(index, timeText(time));
    else
        bindNull(index);
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull()) {
        bindNull(index);
        return;
    }
    if (!m_statement)
        return;
    if (const int rc = sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                           SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        failWith(bindFailure(index, rc));
}

void SqlStatement::bindNull(int index)
{
    if (!m_statement)
        return;
    if (const int rc = sqlite3_bind_null(m_statement, index); rc != SQLITE_OK)
        failWith(bindFailure(index, rc));
}

int SqlStatement::parameterIndex(const char *name)
{
    if (!m_statement)
        return 0;
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index == 0)
        failWith(QCoreApplication::translate("SqlStatement", "no parameter named %1").arg(QString::fromUtf8(name)));
    return index;
}

bool SqlStatement::next()
{
    if (!m_statement || !m_status)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

Status SqlStatement::exec()
{
    while (next()) {
    }
    return m_status;
}

void SqlStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_status = Status();
}

int SqlStatement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

bool SqlStatement::isNull(int column) const
{
    return !m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : 0;
}

std::optional<qint64> SqlStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

double SqlStatement::real(int column) const
{
    return m_statement ? sqlite3_column_double(m_statement, column) : 0.0;
}

QString SqlStatement::text(int column) const
{
    if (!m_statement)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray SqlStatement::blob(int column) const
{
    if (!m_statement)
        return {};
    const void *data = sqlite3_column_blob(m_statement, column);
    // A zero-length blob has no data pointer either; only NULL gives a null QByteArray.
    if (!data)
        return isNull(column) ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

QDateTime SqlStatement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    const QString value = text(column);
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString SqlStatement::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Status SqlStatement::execute(sqlite3 *db, const QString &script)
{
    char *message = nullptr;
    if (sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Error::io(text, statementHead(script));
    }
    return {};
}

bool SqlStatement::hasRelation(sqlite3 *db, const QString &name)
{
    SqlStatement query(db, "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?");
    query.bind(1, name);
    return query.next();
}

QStringList SqlStatement::columnNames(sqlite3 *db, const QString &table)
{
    QStringList names;
    SqlStatement query(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    query.bind(1, table);
    while (query.next())
        names.append(query.text(0));
    return names;
}

} // namespace ct::store
