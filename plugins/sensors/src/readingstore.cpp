// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "readingstore.h"

#include "sqlstatement.h"
#include "writescope.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ct::sensors {

using core::Error;

ReadingStore::ReadingStore(store::TwinStore &twin) : m_twin(twin) {}

ReadingStore::~ReadingStore()
{
    sqlite3_finalize(m_upsert);
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
    if (auto s = writeInOpenTransaction(readings); !s)
        return s;
    return tx.commit();
}

core::Status ReadingStore::writeInOpenTransaction(const std::vector<Reading> &readings)
{
    sqlite3 *db = m_twin.handle();
    if (!m_upsert) {
        const char *sql = "INSERT INTO sensor_reading (sensor_id, t_ms, value, quality) VALUES (?1, ?2, ?3, ?4) "
                          "ON CONFLICT (sensor_id, t_ms) DO UPDATE SET value = excluded.value, quality = excluded.quality";
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_upsert, nullptr) != SQLITE_OK)
            return Error::io(QString::fromUtf8(sqlite3_errmsg(db)), QStringLiteral("sensor_reading"));
    }
    for (const Reading &r : readings) {
        sqlite3_bind_int64(m_upsert, 1, r.sensorId);
        sqlite3_bind_int64(m_upsert, 2, r.tMs);
        sqlite3_bind_double(m_upsert, 3, r.value);
        sqlite3_bind_int(m_upsert, 4, r.quality);
        const int rc = sqlite3_step(m_upsert);
        sqlite3_reset(m_upsert);
        if (rc != SQLITE_DONE)
            return Error::io(QString::fromUtf8(sqlite3_errmsg(db)),
                             QStringLiteral("sensor_reading(%1, %2)").arg(r.sensorId).arg(r.tMs));
    }
    return core::Status::success();
}

core::Result<std::vector<Reading>> ReadingStore::range(qint64 sensorId, qint64 fromMs, qint64 toMs) const
{
    SqlStatement q(m_twin.handle(), "SELECT t_ms, value, quality FROM sensor_reading "
                                    "WHERE sensor_id = ?1 AND t_ms >= ?2 AND t_ms < ?3 ORDER BY t_ms");
    if (!q.ok())
        return q.error();
    q.bind(1, sensorId);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    std::vector<Reading> out;
    while (q.step())
        out.push_back({sensorId, q.int64(0), q.real(1), int(q.int64(2))});
    if (!q.done())
        return q.error();
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
    if (!q.ok())
        return q.error();
    q.bind(1, sensorId);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    q.bind(4, bucketMs);
    std::vector<Bucket> out;
    while (q.step())
        out.push_back({fromMs + q.int64(0) * bucketMs, q.real(1), q.real(2), q.real(3), q.int64(4)});
    if (!q.done())
        return q.error();
    return out;
}

core::Result<std::vector<Reading>> ReadingStore::latest(qint64 sensorId) const
{
    SqlStatement q(m_twin.handle(), "SELECT t_ms, value, quality FROM sensor_reading WHERE sensor_id = ?1 "
                                    "ORDER BY t_ms DESC LIMIT 1");
    if (!q.ok())
        return q.error();
    q.bind(1, sensorId);
    std::vector<Reading> out;
    while (q.step())
        out.push_back({sensorId, q.int64(0), q.real(1), int(q.int64(2))});
    if (!q.done())
        return q.error();
    return out;
}

core::Result<qint64> ReadingStore::prune(qint64 nowMs)
{
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    // Per sensor, so each delete is a key-range delete on the primary key.
    SqlStatement del(m_twin.handle(),
                     "DELETE FROM sensor_reading WHERE sensor_id = ?1 AND t_ms < ?2");
    SqlStatement sensors(m_twin.handle(),
                         "SELECT s.id, coalesce(s.retention_days, (SELECT value FROM sensor_setting WHERE key = 'retention_days'), 400) "
                         "FROM sensor s");
    if (!del.ok())
        return del.error();
    if (!sensors.ok())
        return sensors.error();
    qint64 deleted = 0;
    while (sensors.step()) {
        const qint64 cutoff = nowMs - qint64(sensors.real(1) * 86400000.0);
        del.bind(1, sensors.int64(0));
        del.bind(2, cutoff);
        if (!del.step() && !del.done())
            return del.error();
        deleted += sqlite3_changes(m_twin.handle());
        del.reset();
    }
    if (!sensors.done())
        return sensors.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return deleted;
}

} // namespace ct::sensors
