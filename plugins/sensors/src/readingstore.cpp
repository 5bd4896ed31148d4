// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "readingstore.h"

#include "writescope.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <limits>

namespace ct::sensors {

using core::Error;
using store::SqlStatement;

namespace {

core::Error sqliteError(sqlite3 *db, const QString &where)
{
    return Error::io(QString::fromUtf8(sqlite3_errmsg(db)), where);
}

//! Steps a prepared write once and resets it: SQLITE_DONE or the error.
int stepOnce(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc;
}

} // namespace

ReadingStore::ReadingStore(store::TwinStore &twin) : m_twin(twin) {}

ReadingStore::~ReadingStore()
{
    sqlite3_finalize(m_updateKept);
    sqlite3_finalize(m_upsertRecent);
}

core::Status ReadingStore::write(const std::vector<Reading> &readings)
{
    if (readings.empty())
        return core::Status::success();
    if (m_twin.inTransaction())
        return writeInOpenTransaction(readings);
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status();
    if (auto s = writeInOpenTransaction(readings); !s) {
        m_stagedEstimate = -1; // rolled back: count again next time
        return s;
    }
    return tx.commit();
}

core::Status ReadingStore::prepareWriters()
{
    sqlite3 *db = m_twin.handle();
    if (!m_updateKept) {
        // See walCheckpointPages(): raise SQLite's automatic checkpoint, never lower it.
        SqlStatement current(db, "PRAGMA wal_autocheckpoint");
        if (current.next() && current.int64(0) < walCheckpointPages())
            sqlite3_exec(db, QByteArray("PRAGMA wal_autocheckpoint = ").append(QByteArray::number(walCheckpointPages())).constData(),
                         nullptr, nullptr, nullptr);
    }
    const auto prepare = [db](const char *sql, sqlite3_stmt **out) {
        return *out || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, nullptr) == SQLITE_OK;
    };
    if (!prepare("UPDATE sensor_reading_kept SET value = ?3, quality = ?4 WHERE sensor_id = ?1 AND t_ms = ?2", &m_updateKept)
        || !prepare("INSERT INTO sensor_reading_recent (sensor_id, t_ms, value, quality) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT (sensor_id, t_ms) DO UPDATE SET value = excluded.value, quality = excluded.quality",
                    &m_upsertRecent))
        return sqliteError(db, QStringLiteral("sensor_reading"));
    return core::Status::success();
}

core::Status ReadingStore::writeInOpenTransaction(const std::vector<Reading> &readings)
{
    if (auto s = prepareWriters(); !s)
        return s;
    sqlite3 *db = m_twin.handle();
    for (const Reading &r : readings) {
        for (sqlite3_stmt *statement : {m_updateKept, m_upsertRecent}) {
            sqlite3_bind_int64(statement, 1, r.sensorId);
            sqlite3_bind_int64(statement, 2, r.tMs);
            sqlite3_bind_double(statement, 3, r.value);
            sqlite3_bind_int(statement, 4, r.quality);
        }
        // A key already kept is corrected where it is; a new one is staged.
        int rc = stepOnce(m_updateKept);
        if (rc == SQLITE_DONE && sqlite3_changes(db) == 0)
            rc = stepOnce(m_upsertRecent);
        if (rc != SQLITE_DONE)
            return sqliteError(db, QStringLiteral("sensor_reading(%1, %2)").arg(r.sensorId).arg(r.tMs));
    }
    if (m_stagedEstimate >= 0)
        m_stagedEstimate += qint64(readings.size());
    if (m_stagedEstimate < 0 || m_stagedEstimate > stagingRows())
        return moveStagedRuns();
    return core::Status::success();
}

core::Status ReadingStore::moveStagedRuns()
{
    SqlStatement count(m_twin.handle(), "SELECT count(*) FROM sensor_reading_recent");
    if (!count.next())
        return count.failure(QStringLiteral("sensor_reading_recent"));
    m_stagedEstimate = count.int64(0);
    const qint64 excess = m_stagedEstimate - stagingRows();
    if (excess <= 0)
        return core::Status::success();
    // The run: whole sensors from the cursor on, up to and including the sensor of the
    // `excess`-th staged reading; past the end of the table, the rest of it (then the first
    // sensors next).
    SqlStatement boundary(m_twin.handle(), "SELECT sensor_id FROM sensor_reading_recent WHERE sensor_id >= ?1 "
                                           "ORDER BY sensor_id, t_ms LIMIT 1 OFFSET ?2");
    boundary.bind(1, m_moveCursor);
    boundary.bind(2, excess - 1);
    qint64 end = std::numeric_limits<qint64>::max();
    if (boundary.next() && boundary.int64(0) < end)
        end = boundary.int64(0) + 1;
    else if (!boundary.status())
        return boundary.status();
    if (auto s = moveSensors(m_moveCursor, end); !s)
        return s;
    m_moveCursor = end == std::numeric_limits<qint64>::max() ? 0 : end;
    const qint64 moved = sqlite3_changes(m_twin.handle());
    m_stagedEstimate -= moved;
    // Wrapped past the end with less than the excess moved: continue from the first sensor.
    if (m_stagedEstimate > stagingRows() && m_moveCursor == 0 && moved > 0)
        return moveStagedRuns();
    return core::Status::success();
}

core::Status ReadingStore::moveSensors(qint64 fromId, qint64 toId)
{
    SqlStatement keep(m_twin.handle(),
                      "INSERT INTO sensor_reading_kept (sensor_id, t_ms, value, quality) "
                      "SELECT sensor_id, t_ms, value, quality FROM sensor_reading_recent WHERE sensor_id >= ?1 AND sensor_id < ?2 "
                      "ORDER BY sensor_id, t_ms "
                      "ON CONFLICT (sensor_id, t_ms) DO UPDATE SET value = excluded.value, quality = excluded.quality");
    keep.bind(1, fromId);
    keep.bind(2, toId);
    if (auto s = keep.exec(); !s)
        return s;
    SqlStatement unstage(m_twin.handle(), "DELETE FROM sensor_reading_recent WHERE sensor_id >= ?1 AND sensor_id < ?2");
    unstage.bind(1, fromId);
    unstage.bind(2, toId);
    return unstage.exec();
}

core::Status ReadingStore::flush()
{
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status();
    if (auto s = moveSensors(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()); !s) {
        m_stagedEstimate = -1;
        return s;
    }
    m_stagedEstimate = 0;
    return tx.commit();
}

core::Result<std::vector<Reading>> ReadingStore::range(qint64 sensorId, qint64 fromMs, qint64 toMs) const
{
    SqlStatement q(m_twin.handle(), "SELECT t_ms, value, quality FROM sensor_reading "
                                    "WHERE sensor_id = ?1 AND t_ms >= ?2 AND t_ms < ?3 ORDER BY t_ms");
    q.bind(1, sensorId);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    std::vector<Reading> out;
    while (q.next())
        out.push_back({sensorId, q.int64(0), q.real(1), int(q.int64(2))});
    if (!q.status())
        return q.status().error();
    return out;
}

core::Result<std::vector<Bucket>> ReadingStore::aggregate(qint64 sensorId, qint64 fromMs, qint64 toMs, qint64 bucketMs) const
{
    if (bucketMs <= 0)
        return Error::invalidInput(QCoreApplication::translate("Sensors", "the bucket must be longer than 0 ms"));
    // Integer division in SQLite truncates toward zero; t ≥ from so (t - from) ≥ 0 and it floors.
    SqlStatement q(m_twin.handle(),
                   "SELECT (t_ms - ?2) / ?4 AS b, min(value), max(value), avg(value), count(*) FROM sensor_reading "
                   "WHERE sensor_id = ?1 AND t_ms >= ?2 AND t_ms < ?3 GROUP BY b ORDER BY b");
    q.bind(1, sensorId);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    q.bind(4, bucketMs);
    std::vector<Bucket> out;
    while (q.next())
        out.push_back({fromMs + q.int64(0) * bucketMs, q.real(1), q.real(2), q.real(3), q.int64(4)});
    if (!q.status())
        return q.status().error();
    return out;
}

core::Result<std::vector<Reading>> ReadingStore::latest(qint64 sensorId) const
{
    // ORDER BY … LIMIT over the view is a merge of the two tables' key ranges read backwards (a
    // max() over the view would read every row of the sensor).
    SqlStatement q(m_twin.handle(), "SELECT t_ms, value, quality FROM sensor_reading WHERE sensor_id = ?1 "
                                    "ORDER BY t_ms DESC LIMIT 1");
    q.bind(1, sensorId);
    std::vector<Reading> out;
    while (q.next())
        out.push_back({sensorId, q.int64(0), q.real(1), int(q.int64(2))});
    if (!q.status())
        return q.status().error();
    return out;
}

core::Result<qint64> ReadingStore::prune(qint64 nowMs)
{
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    // Per sensor and table, so each delete is a key-range delete on a primary key.
    SqlStatement delKept(m_twin.handle(), "DELETE FROM sensor_reading_kept WHERE sensor_id = ?1 AND t_ms < ?2");
    SqlStatement delRecent(m_twin.handle(), "DELETE FROM sensor_reading_recent WHERE sensor_id = ?1 AND t_ms < ?2");
    SqlStatement sensors(m_twin.handle(),
                         "SELECT s.id, coalesce(s.retention_days, (SELECT value FROM sensor_setting WHERE key = 'retention_days'), 400) "
                         "FROM sensor s");
    qint64 deleted = 0;
    while (sensors.next()) {
        const qint64 cutoff = nowMs - qint64(sensors.real(1) * 86400000.0);
        for (SqlStatement *del : {&delKept, &delRecent}) {
            del->bind(1, sensors.int64(0));
            del->bind(2, cutoff);
            if (auto s = del->exec(); !s)
                return s.error();
            deleted += sqlite3_changes(m_twin.handle());
            del->reset();
        }
    }
    if (!sensors.status())
        return sensors.status().error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_stagedEstimate = -1;
    return deleted;
}

} // namespace ct::sensors
