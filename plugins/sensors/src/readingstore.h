// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "reading.h"

#include "ct/core/result.h"

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief The time series of the twin: `sensor_reading`, keyed (sensor_id, t_ms), WITHOUT ROWID.
///
/// Writes are batched into one transaction (the caller's, if one is open) through one prepared
/// upsert; the same (sensor, t) written twice keeps the last write (value and quality), whatever
/// the order of arrival. Reads are key-range scans. Not thread-safe (one per TwinStore).
class ReadingStore
{
public:
    explicit ReadingStore(store::TwinStore &twin);
    ~ReadingStore();
    ReadingStore(const ReadingStore &) = delete;
    ReadingStore &operator=(const ReadingStore &) = delete;

    /// Writes `readings` in one transaction (or inside the open one). All or nothing.
    core::Status write(const std::vector<Reading> &readings);
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
    store::TwinStore &m_twin;
    sqlite3_stmt *m_upsert = nullptr;
};

} // namespace ct::sensors
