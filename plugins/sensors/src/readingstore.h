// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "reading.h"

#include "ct/core/result.h"

#include <vector>

struct sqlite3_stmt;

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief The time series of the twin: readings keyed (sensor_id, t_ms).
///
/// Readings are stored in two WITHOUT ROWID tables with the same key and read through the view
/// `sensor_reading` (their UNION ALL; SQLite merges the two ordered key ranges, so a range of one
/// sensor stays two index seeks). A new key goes to `sensor_reading_recent`, a small staging
/// table; once it holds more than stagingRows() readings, each write moves about as many as it
/// added into `sensor_reading_kept`, one run of whole sensors at a time (a rotating sensor-id
/// cursor), in the same transaction. Why: with the readings of thousands of sensors in one
/// sensor-major B-tree, every transaction of one reading per sensor dirtied one page per sensor
/// (5,000 pages, ~20 MB of WAL per second of data at 5,000 sensors); in the staging table the same
/// readings fill a few hundred pages, and a sensor's run of ~stagingRows()/sensors readings
/// reaches its long-term page at once.
///
/// A key lives in exactly one table: a write to a key already kept updates it there; otherwise it
/// is upserted into the staging table. The same (sensor, t) written twice keeps the last write
/// (value and quality), whatever the order of arrival. All writes of one call, and the moves they
/// trigger, are one transaction (the caller's, if one is open). Not thread-safe (one per TwinStore).
class ReadingStore
{
public:
    explicit ReadingStore(store::TwinStore &twin);
    ~ReadingStore();
    ReadingStore(const ReadingStore &) = delete;
    ReadingStore &operator=(const ReadingStore &) = delete;

    //! How many readings the staging table holds before writes move runs into the kept table.
    static constexpr qint64 stagingRows() { return 60'000; }
    /// The WAL size (pages) at which the connection that writes readings checkpoints, set on the
    /// first write (SQLite's default is 1,000 pages, ~4 MB). The staging table's pages are
    /// rewritten by every write; with a checkpoint after every second of data at 5,000 sensors
    /// each rewrite was copied into the database file and synced again. At 10,000 pages (~40 MB)
    /// a page rewritten by ten writes is copied once. Every commit still syncs the WAL (the
    /// store's synchronous=FULL), so nothing committed is lost.
    static constexpr int walCheckpointPages() { return 10'000; }

    /// Writes `readings` in one transaction (or inside the open one). All or nothing.
    core::Status write(const std::vector<Reading> &readings);
    /// Moves every staged reading into the kept table (in its own transaction, or the open one).
    core::Status flush();
    /// Readings of `sensorId` with fromMs ≤ t < toMs, ascending by time.
    core::Result<std::vector<Reading>> range(qint64 sensorId, qint64 fromMs, qint64 toMs) const;
    /// Exact min/max/mean/count per bucket of `bucketMs` starting at fromMs, over fromMs ≤ t < toMs;
    /// empty buckets are left out.
    core::Result<std::vector<Bucket>> aggregate(qint64 sensorId, qint64 fromMs, qint64 toMs, qint64 bucketMs) const;
    /// The newest reading of the sensor, if any.
    core::Result<std::vector<Reading>> latest(qint64 sensorId) const;
    /// Deletes readings older than each sensor's retention (its own, else the setting
    /// `retention_days`) before `nowMs`. Returns the number of rows deleted.
    core::Result<qint64> prune(qint64 nowMs);

private:
    core::Status writeInOpenTransaction(const std::vector<Reading> &readings);
    core::Status prepareWriters();
    //! Moves runs of whole sensors from the staging table until it holds at most stagingRows().
    core::Status moveStagedRuns();
    core::Status moveSensors(qint64 fromId, qint64 toId);

    store::TwinStore &m_twin;
    sqlite3_stmt *m_updateKept = nullptr;
    sqlite3_stmt *m_upsertRecent = nullptr;
    qint64 m_stagedEstimate = -1;   //!< staged rows at most (counted again before moving); -1 unknown
    qint64 m_moveCursor = 0;        //!< the next run to move starts at this sensor id
};

} // namespace ct::sensors
