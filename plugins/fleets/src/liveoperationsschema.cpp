// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/liveoperationsschema.h"

namespace ct::fleets {

store::Migration LiveOperationsSchema::migration()
{
    return {kVersion, QStringLiteral("live operations: stop lifecycle and supermarket round grants"), QStringLiteral(R"sql(
-- When the vehicle arrived at the stop (ISO 8601 UTC); NULL while it has not.
ALTER TABLE fleet_stop ADD COLUMN started_at TEXT;
INSERT OR REPLACE INTO ct_permission (action, role, scope) VALUES
    ('fleets.stop.start', 'mobility-dispatcher', 'any'),
    ('fleets.stop.start', 'administrator', 'any'),
    ('fleets.stop.complete', 'mobility-dispatcher', 'any'),
    ('fleets.stop.complete', 'administrator', 'any'),
    ('fleets.stop.no_show', 'mobility-dispatcher', 'any'),
    ('fleets.stop.no_show', 'administrator', 'any'),
    ('fleets.supermarket.write', 'mobility-dispatcher', 'any'),
    ('fleets.supermarket.write', 'administrator', 'any');
)sql")};
}

} // namespace ct::fleets
