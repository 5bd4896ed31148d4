// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/fleetoperationsschema.h"

#include "ct/fleets/demofleet.h"
#include "ct/store/twinstore.h"

#include <sqlite3.h>

namespace ct::fleets {

namespace {

const char *const kSql = R"sql(
ALTER TABLE fleet_vehicle ADD COLUMN label TEXT;
ALTER TABLE fleet_vehicle ADD COLUMN wheelchair_places INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair_places >= 0);
ALTER TABLE fleet_vehicle ADD COLUMN occupancy INTEGER NOT NULL DEFAULT 0 CHECK (occupancy >= 0);
-- cruise and top speed (km/h) of the vehicle's speed profile, named for the list ("urban", "campus" …)
ALTER TABLE fleet_vehicle ADD COLUMN speed_profile TEXT;
ALTER TABLE fleet_vehicle ADD COLUMN cruise_speed_kmh REAL CHECK (cruise_speed_kmh IS NULL OR cruise_speed_kmh > 0);
ALTER TABLE fleet_vehicle ADD COLUMN max_speed_kmh REAL CHECK (max_speed_kmh IS NULL OR max_speed_kmh > 0);
ALTER TABLE fleet_vehicle ADD COLUMN energy_type TEXT CHECK (energy_type IS NULL OR energy_type IN ('battery', 'fuel', 'hydrogen'));
-- state of charge / tank level, 0..1
ALTER TABLE fleet_vehicle ADD COLUMN energy_level REAL CHECK (energy_level IS NULL OR (energy_level >= 0 AND energy_level <= 1));

CREATE TABLE fleet_setting (key TEXT PRIMARY KEY, value REAL NOT NULL);
INSERT INTO fleet_setting (key, value) VALUES
    ('history_retention_s', 7200),   -- positions older than this (behind the vehicle's newest) are dropped
    ('history_max_points', 720);     -- and at most this many are kept per vehicle

-- Every position written to fleet_vehicle (GTFS-Realtime, simulation, seeding) lands here too.
CREATE TABLE fleet_position_history (
    vehicle_id TEXT NOT NULL,
    at TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    heading_deg REAL,
    state TEXT,
    PRIMARY KEY (vehicle_id, at)
) WITHOUT ROWID;
CREATE TRIGGER fleet_vehicle_history_insert AFTER INSERT ON fleet_vehicle
WHEN NEW.x IS NOT NULL AND NEW.y IS NOT NULL AND NEW.updated_at IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO fleet_position_history (vehicle_id, at, x, y, heading_deg, state)
        VALUES (NEW.vehicle_id, NEW.updated_at, NEW.x, NEW.y, NEW.heading_deg, NEW.state);
END;
CREATE TRIGGER fleet_vehicle_history_update AFTER UPDATE OF x, y, updated_at ON fleet_vehicle
WHEN NEW.x IS NOT NULL AND NEW.y IS NOT NULL AND NEW.updated_at IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO fleet_position_history (vehicle_id, at, x, y, heading_deg, state)
        VALUES (NEW.vehicle_id, NEW.updated_at, NEW.x, NEW.y, NEW.heading_deg, NEW.state);
    DELETE FROM fleet_position_history WHERE vehicle_id = NEW.vehicle_id
        AND julianday(at) < julianday(NEW.updated_at)
            - (SELECT value FROM fleet_setting WHERE key = 'history_retention_s') / 86400.0;
    DELETE FROM fleet_position_history WHERE vehicle_id = NEW.vehicle_id
        AND at < (SELECT h.at FROM fleet_position_history AS h WHERE h.vehicle_id = NEW.vehicle_id
                  ORDER BY h.at DESC LIMIT 1
                  OFFSET (SELECT CAST(value AS INTEGER) - 1 FROM fleet_setting WHERE key = 'history_max_points'));
END;
CREATE TRIGGER fleet_vehicle_history_delete AFTER DELETE ON fleet_vehicle
BEGIN
    DELETE FROM fleet_position_history WHERE vehicle_id = OLD.vehicle_id;
END;

-- On-demand ride requests (positions EPSG:6677, times ISO 8601 UTC) and the dispatcher's decision.
CREATE TABLE fleet_request (
    request_id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    pickup_name TEXT,
    pickup_x REAL NOT NULL,
    pickup_y REAL NOT NULL,
    dropoff_name TEXT,
    dropoff_x REAL NOT NULL,
    dropoff_y REAL NOT NULL,
    earliest_pickup TEXT NOT NULL,
    latest_arrival TEXT NOT NULL,
    passengers INTEGER NOT NULL CHECK (passengers >= 1),
    wheelchair INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'picked_up', 'completed', 'rejected', 'cancelled')),
    vehicle_id TEXT,
    pickup_eta TEXT,
    dropoff_eta TEXT,
    direct_s REAL,        -- driving time pick-up → drop-off without detour
    detour_s REAL,        -- extra driving the insertion added to the vehicle's route
    decision TEXT CHECK (decision IS NULL OR decision IN ('accepted', 'overridden', 'rejected')),
    reason TEXT,
    decided_by TEXT,
    decided_at TEXT,
    picked_up_at TEXT,
    dropped_off_at TEXT,
    CHECK (julianday(latest_arrival) > julianday(earliest_pickup))
);
CREATE INDEX fleet_request_status ON fleet_request (status);
-- The pending stops of each vehicle in driving order; `started` stops are no longer re-planned.
CREATE TABLE fleet_stop (
    vehicle_id TEXT NOT NULL REFERENCES fleet_vehicle (vehicle_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    request_id INTEGER NOT NULL REFERENCES fleet_request (request_id),
    kind TEXT NOT NULL CHECK (kind IN ('pickup', 'dropoff')),
    planned_at TEXT NOT NULL,
    started INTEGER NOT NULL DEFAULT 0 CHECK (started IN (0, 1)),
    PRIMARY KEY (vehicle_id, seq)
);
CREATE INDEX fleet_stop_request ON fleet_stop (request_id);

INSERT OR REPLACE INTO ct_permission (action, role, scope) VALUES
    ('fleets.dispatch.accept', 'mobility-dispatcher', 'any'),
    ('fleets.dispatch.accept', 'administrator', 'any'),
    ('fleets.dispatch.override', 'mobility-dispatcher', 'any'),
    ('fleets.dispatch.override', 'administrator', 'any'),
    ('fleets.dispatch.reject', 'mobility-dispatcher', 'any'),
    ('fleets.dispatch.reject', 'administrator', 'any'),
    ('fleets.dispatch.reoptimise', 'mobility-dispatcher', 'any'),
    ('fleets.dispatch.reoptimise', 'administrator', 'any'),
    ('fleets.request.create', 'mobility-dispatcher', 'any'),
    ('fleets.request.create', 'administrator', 'any');
)sql";

} // namespace

store::Migration FleetOperationsSchema::migration()
{
    store::Migration step;
    step.version = 3;
    step.description = QStringLiteral("vehicle energy, speed profile and position history; on-demand requests and dispatch decisions");
    // The demo fleet needs the new columns, and a step's hook runs before its `sql`: the hook
    // runs the SQL itself (in the step's transaction), then seeds; `sql` stays empty.
    step.apply = [](store::TwinStore &twin) -> core::Status {
        char *message = nullptr;
        if (sqlite3_exec(twin.handle(), kSql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(twin.handle()));
            sqlite3_free(message);
            return core::Error::io(text, QStringLiteral("fleets schema 3"));
        }
        return DemoFleet::seedIfGenerated(twin);
    };
    return step;
}

} // namespace ct::fleets
