// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sqlstatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ct::hydrogen::detail {

namespace {
core::Error sqlError(sqlite3 *db, const QString &sql)
{
    const QString statement = sql.simplified().left(60);
    return core::Error::io(QCoreApplication::translate("PowerDispatch", "database error: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                           statement);
}
} // namespace

SqlStatement::SqlStatement(sqlite3 *db, const QString &sql) : m_db(db), m_sql(sql)
{
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK) {
        m_status = sqlError(db, sql);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlStatement::~SqlStatement() { sqlite3_finalize(m_statement); }

void SqlStatement::bind(int index, const QString &text)
{
    if (m_statement) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqlStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqlStatement::bind(int index, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, index, value);
}

void SqlStatement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index);
}

bool SqlStatement::next()
{
    if (!m_statement) {
        m_stepStatus = m_status;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_stepStatus = sqlError(m_db, m_sql);
    return false;
}

core::Status SqlStatement::exec()
{
    if (!m_statement)
        return m_status;
    while (next()) {
    }
    return m_stepStatus;
}

qint64 SqlStatement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }
double SqlStatement::real(int column) const { return sqlite3_column_double(m_statement, column); }
bool SqlStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

QString SqlStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqlStatement::hasRelation(sqlite3 *db, const QString &name)
{
    SqlStatement query(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?"));
    query.bind(1, name);
    return query.next();
}

} // namespace ct::hydrogen::detail
