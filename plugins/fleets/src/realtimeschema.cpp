// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/realtimeschema.h"

namespace ct::fleets {

store::Migration RealtimeSchema::migration()
{
    return {kVersion, QStringLiteral("live GTFS-Realtime: the trip each vehicle reports, polling permission"), QStringLiteral(R"sql(
CREATE TABLE fleet_vehicle_trip (
    vehicle_id TEXT PRIMARY KEY,
    trip_id TEXT,
    route_id TEXT,
    stop_id TEXT,
    status TEXT,
    reported_at TEXT
);
CREATE INDEX fleet_vehicle_trip_trip ON fleet_vehicle_trip (trip_id);
INSERT OR REPLACE INTO ct_permission (action, role, scope) VALUES
    ('fleets.realtime.poll', 'mobility-dispatcher', 'any'),
    ('fleets.realtime.poll', 'administrator', 'any');
)sql")};
}

} // namespace ct::fleets
