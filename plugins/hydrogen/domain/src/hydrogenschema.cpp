// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/hydrogenschema.h"

namespace ct::hydrogen {

store::MigrationList HydrogenSchema::migrations()
{
    return {
        {1, QStringLiteral("fuel-cell bus state and energy"), QStringLiteral(R"sql(
CREATE TABLE hydrogen_bus_state (
    bus_id TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'off'
        CHECK (state IN ('in_service', 'en_route', 'supplying_power', 'refuelling', 'off')),
    energy_kwh REAL NOT NULL CHECK (energy_kwh >= 0),
    assigned_shelter_fid INTEGER,
    updated_at TEXT
);
)sql")},
        {2, QStringLiteral("power dispatch plans, dispatch orders, bus state history, permissions"), QStringLiteral(R"sql(
-- One row per accepted plan: who accepted it, when it starts, what it was worth.
CREATE TABLE hydrogen_dispatch_plan (
    plan_id INTEGER PRIMARY KEY AUTOINCREMENT,
    accepted_at TEXT NOT NULL,
    accepted_by TEXT NOT NULL,
    role TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    horizon_hours REAL NOT NULL CHECK (horizon_hours > 0),
    covered_person_hours REAL NOT NULL,
    baseline_person_hours REAL,
    algorithm TEXT NOT NULL
);

-- One order per stop of an accepted plan: a shelter to power, or a refuelling trip.
-- pending → underway → done; pending or underway → cancelled. A new plan cancels the pending
-- orders of the plans before it.
CREATE TABLE hydrogen_dispatch_order (
    order_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES hydrogen_dispatch_plan (plan_id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    bus_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('supply', 'refuel')),
    shelter_fid INTEGER,
    shelter_name TEXT,
    station_fid INTEGER,
    depart_at TEXT NOT NULL,
    arrive_at TEXT NOT NULL,
    service_until TEXT NOT NULL,
    supply_kw REAL NOT NULL DEFAULT 0,
    covered_person_hours REAL NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'underway', 'done', 'cancelled')),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    CHECK (kind <> 'supply' OR shelter_fid IS NOT NULL)
);
CREATE INDEX hydrogen_dispatch_order_plan ON hydrogen_dispatch_order (plan_id, bus_id, seq);
CREATE INDEX hydrogen_dispatch_order_state ON hydrogen_dispatch_order (state);

CREATE TABLE hydrogen_bus_state_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bus_id TEXT NOT NULL,
    at TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    energy_kwh REAL NOT NULL,
    operator TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX hydrogen_bus_state_history_bus ON hydrogen_bus_state_history (bus_id, id);

INSERT INTO ct_permission (action, role, scope) VALUES
    ('hydrogen.set-bus-state', 'administrator', 'any'),
    ('hydrogen.set-bus-state', 'hq-commander', 'any'),
    ('hydrogen.set-bus-state', 'mobility-dispatcher', 'any'),
    ('hydrogen.publish-plan', 'administrator', 'any'),
    ('hydrogen.publish-plan', 'hq-commander', 'any'),
    ('hydrogen.publish-plan', 'planner', 'any'),
    ('hydrogen.publish-plan', 'mobility-dispatcher', 'any'),
    ('hydrogen.accept-plan', 'administrator', 'any'),
    ('hydrogen.accept-plan', 'hq-commander', 'any'),
    ('hydrogen.update-order', 'administrator', 'any'),
    ('hydrogen.update-order', 'hq-commander', 'any'),
    ('hydrogen.update-order', 'mobility-dispatcher', 'any');
)sql")},
    };
}

} // namespace ct::hydrogen
