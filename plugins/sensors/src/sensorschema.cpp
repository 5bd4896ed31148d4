// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorschema.h"

#include "energydemo.h"
#include "energyschema.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

namespace ct::sensors {

namespace {

// Readings land in a small table first and reach the long-term table in runs of one sensor at a
// time (see ReadingStore): thousands of sensors at 1 Hz otherwise dirty one page per sensor in
// every transaction. `sensor_reading` becomes a view of both, so every reader sees every reading;
// a key is in one table only (ReadingStore keeps it so).
constexpr const char *kStagedReadingsSql = R"sql(
ALTER TABLE sensor_reading RENAME TO sensor_reading_kept;
CREATE TABLE sensor_reading_recent (
    sensor_id INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    quality INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sensor_id, t_ms)
) WITHOUT ROWID;
CREATE VIEW sensor_reading (sensor_id, t_ms, value, quality) AS
    SELECT sensor_id, t_ms, value, quality FROM sensor_reading_kept
    UNION ALL
    SELECT sensor_id, t_ms, value, quality FROM sensor_reading_recent;
)sql";

store::Migration stagedReadingsStep()
{
    store::Migration step;
    step.version = 5;
    step.description = QStringLiteral("readings staged before they are kept");
    // The hook runs before `sql`; the demo energy readings of a generated twin need the new
    // layout, so the hook makes it and then seeds them (see EnergySchema::migration()).
    step.apply = [](store::TwinStore &twin) -> core::Status {
        if (auto s = store::SqlStatement::execute(twin.handle(), QString::fromUtf8(kStagedReadingsSql)); !s)
            return core::Error::io(s.error().message, QStringLiteral("sensors schema step 5"));
        return EnergyDemo::seedIfGenerated(twin);
    };
    return step;
}

} // namespace

store::MigrationList SensorSchema::migrations()
{
    return {
        {1, QStringLiteral("sensor readings"), QStringLiteral(R"sql(
CREATE TABLE sensor_reading (
    sensor_fid INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (sensor_fid, t_ms)
) WITHOUT ROWID;
)sql")},
        // Readings: one row per (sensor, time in ms since the Unix epoch, UTC). A second reading
        // for the same key replaces the first (last write wins), so re-ingesting a file or a
        // broker's retained message is idempotent and late corrections take effect.
        // quality: the source's flag, 0 = normal (JMA: 0 正常; SensorThings/NGSI-LD: 0).
        {2, QStringLiteral("sensor registry, thresholds, readings with quality, alarms, settings"), QStringLiteral(R"sql(
CREATE TABLE sensor (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('river_gauge', 'weather', 'bridge_strain', 'streetlight',
                                       'energy_meter', 'air_quality', 'people_flow', 'traffic_counter')),
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL,
    interval_s INTEGER NOT NULL CHECK (interval_s > 0),
    x REAL,
    y REAL,
    site_fid INTEGER,
    retention_days INTEGER CHECK (retention_days IS NULL OR retention_days > 0)
);

CREATE TABLE sensor_threshold (
    sensor_id INTEGER NOT NULL REFERENCES sensor (id) ON DELETE CASCADE,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    name TEXT NOT NULL,
    value REAL NOT NULL,
    hysteresis REAL NOT NULL DEFAULT 0 CHECK (hysteresis >= 0),
    PRIMARY KEY (sensor_id, level)
) WITHOUT ROWID;

-- External keys of a sensor: "sta:<Datastream id>", "ngsi:<entity id>#<attribute>",
-- "amedas:<station>/<element>", "mqtt:<topic>".
CREATE TABLE sensor_alias (
    alias TEXT PRIMARY KEY,
    sensor_id INTEGER NOT NULL REFERENCES sensor (id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE sensor_reading_v2 (
    sensor_id INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    quality INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sensor_id, t_ms)
) WITHOUT ROWID;
INSERT INTO sensor_reading_v2 (sensor_id, t_ms, value, quality) SELECT sensor_fid, t_ms, value, 0 FROM sensor_reading;
DROP TABLE sensor_reading;
ALTER TABLE sensor_reading_v2 RENAME TO sensor_reading;

-- Alarm level per sensor after the newest reading evaluated (readings older than last_t_ms are
-- stored but do not move the level).
CREATE TABLE sensor_alarm_state (
    sensor_id INTEGER PRIMARY KEY,
    level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 4),
    last_t_ms INTEGER
);

-- One row per alarm episode: a threshold level entered (cleared when the level changes) or a
-- sensor gone silent (cleared by its next reading).
CREATE TABLE sensor_alarm (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sensor_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('threshold', 'stale')),
    level INTEGER NOT NULL,
    value REAL,
    raised_ms INTEGER NOT NULL,
    cleared_ms INTEGER,
    acknowledged_ms INTEGER,
    acknowledged_by TEXT,
    escalated_ms INTEGER
);
CREATE INDEX sensor_alarm_active ON sensor_alarm (sensor_id, kind) WHERE cleared_ms IS NULL;

CREATE TABLE sensor_setting (
    key TEXT PRIMARY KEY,
    value REAL NOT NULL
) WITHOUT ROWID;
INSERT INTO sensor_setting (key, value) VALUES
    ('retention_days', 400),        -- default for sensors without their own
    ('escalate_after_min', 15),     -- unacknowledged alarms escalate after this
    ('stale_factor', 3),            -- silent for more than factor × interval → stale
    ('future_tolerance_s', 300);    -- readings further ahead of the clock are refused

INSERT INTO ct_permission (action, role, scope) VALUES
    ('sensors.acknowledge', 'hq-commander', 'any'),
    ('sensors.acknowledge', 'administrator', 'any'),
    ('sensors.configure', 'administrator', 'any');
)sql")},
        // Falling thresholds (low is bad: a battery, a reservoir, a main's pressure): reached at or
        // below the value, left above value + hysteresis. Existing thresholds stay rising.
        {3, QStringLiteral("falling thresholds"), QStringLiteral(R"sql(
ALTER TABLE sensor_threshold ADD COLUMN direction TEXT NOT NULL DEFAULT 'rising' CHECK (direction IN ('rising', 'falling'));
)sql")},
        EnergySchema::migration(), // 4: energy meters, emission factor, reduction target
        stagedReadingsStep(), // 5: readings staged before they are kept; demo energy readings
    };
}

} // namespace ct::sensors
