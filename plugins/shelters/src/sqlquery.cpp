// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sqlquery.h"

#include <QStringList>

#include <sqlite3.h>

namespace ct::shelters {

using core::Error;
using core::Status;

namespace {

Error sqlError(sqlite3 *db, const QString &sql)
{
    // The first words of the statement say which query failed without flooding the message.
    const QString head = sql.simplified().left(60);
    return Error::io(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(db)), head));
}

} // namespace

SqlQuery::SqlQuery(sqlite3 *db, const char *sql)
    : m_db(db), m_sql(QString::fromUtf8(sql))
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_status = sqlError(db, m_sql);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlQuery::~SqlQuery()
{
    sqlite3_finalize(m_statement);
}

void SqlQuery::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlQuery::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqlQuery::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqlQuery::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqlQuery::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_stepStatus = sqlError(m_db, m_sql);
    return false;
}

Status SqlQuery::exec()
{
    if (!m_status)
        return m_status;
    while (next()) {
    }
    return m_stepStatus;
}

qint64 SqlQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlQuery::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlQuery::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

bool SqlQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Status SqlQuery::run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Error::io(text);
    }
    return {};
}

bool SqlQuery::hasTable(sqlite3 *db, const QString &name)
{
    SqlQuery query(db, "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?");
    query.bind(1, name);
    return query.next();
}

QStringList SqlQuery::columns(sqlite3 *db, const QString &table)
{
    QStringList names;
    SqlQuery query(db, "SELECT name FROM pragma_table_info(?)");
    query.bind(1, table);
    while (query.next())
        names.append(query.text(0));
    return names;
}

} // namespace ct::shelters
