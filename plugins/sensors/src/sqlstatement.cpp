// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sqlstatement.h"

#include <sqlite3.h>

namespace ct::sensors {

SqlStatement::SqlStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

core::Error SqlStatement::error() const
{
    return core::Error::io(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqlStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqlStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqlStatement::step()
{
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    m_rc = 0;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace ct::sensors
