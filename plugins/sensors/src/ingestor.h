// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "alarmengine.h"
#include "ingestreport.h"
#include "observation.h"
#include "readingstore.h"
#include "sensorregistry.h"

#include <map>
#include <memory>

namespace ct::sensors {

/// \brief Turns parsed feed payloads into stored readings and alarm evaluations.
///
/// Checks per observation: the sensor is known (alias or source id), the value finite, the unit
/// (when the feed gives one) the sensor's, the time no further ahead of `nowMs` than the setting
/// future_tolerance_s. Refusals are counted per reason and logged (category ct.sensors.ingest)
/// with where they came from; the good readings of the same payload are kept. Each ingest() is one
/// transaction: readings and alarms together, or nothing on a storage error.
class WalCheckpointer;

class Ingestor
{
public:
    explicit Ingestor(store::TwinStore &twin);
    ~Ingestor();

    /// For a live feed: the bulk of WAL checkpointing leaves the ingest commits and runs on a
    /// thread of its own (WalCheckpointer) until this ingestor is destroyed. The store must
    /// outlive the ingestor. False when the twin
    /// cannot have one (read-only, not WAL); ingest then works as before.
    bool startBackgroundCheckpoints();

    /// How an ingest transaction reaches the disk. Full: the store's synchronous=FULL, every
    /// commit fsyncs the WAL. Batched (only while background checkpoints run): the ingest
    /// transactions alone commit with synchronous=NORMAL — no fsync on the ingest path; the
    /// checkpointer fsyncs the WAL with everything committed before it, every 250 ms (and the ingest connection's own automatic checkpoint). An
    /// application crash loses nothing committed (WAL); a power loss can lose the telemetry of the
    /// last checkpoint interval. The store's own setting is back after each ingest transaction,
    /// so user actions (perform()) stay FULL. See plugins/sensors/README.md, "MQTT ingest latency".
    enum class Durability { Full, Batched };
    //! False (and Full kept) when Batched is asked without background checkpoints.
    bool setDurability(Durability durability);
    Durability durability() const { return m_durability; }

    core::Result<IngestReport> ingest(const ParsedPayload &payload, qint64 nowMs);
    /// CSV through GDAL's CSV driver: columns sensor, time, value, and optionally unit, quality.
    /// Rows are named "<file>:<line>" in the log. A file GDAL cannot open is an error.
    core::Result<IngestReport> ingestCsv(const QString &path, qint64 nowMs);

    AlarmEngine &alarms() { return m_alarms; }
    ReadingStore &readings() { return m_readings; }
    //! Forgets cached sensors (after registry changes).
    void reload() { m_cache.clear(); }

private:
    const Sensor *sensorFor(const QString &key);

    store::TwinStore &m_twin;
    SensorRegistry m_registry;
    ReadingStore m_readings;
    AlarmEngine m_alarms;
    std::map<QString, std::optional<Sensor>> m_cache; //!< node-based: pointers stay valid
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    Durability m_durability = Durability::Full;
};

} // namespace ct::sensors
