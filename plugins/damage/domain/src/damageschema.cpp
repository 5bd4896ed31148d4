// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/damageschema.h"

#include "ct/damage/photocheck.h"
#include "ct/routing/liveclosures.h"
#include "ct/store/twinstore.h"

namespace ct::damage {

store::LayerDefinition DamageSchema::layerDefinition()
{
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition d;
    d.name = layerName();
    d.geometryType = geo::GeometryType::Point;
    d.title = QStringLiteral("Damage reports");
    d.description = QStringLiteral("Damage reported by shelter staff and residents, with their triage state");
    d.fields = {
        {QStringLiteral("category"), Type::Text, true},
        {QStringLiteral("severity"), Type::Integer, true},
        {QStringLiteral("description"), Type::Text, false},
        {QStringLiteral("reporter_kind"), Type::Text, true},
        {QStringLiteral("reporter_name"), Type::Text, false},
        {QStringLiteral("reported_at"), Type::DateTime, true},
        {QStringLiteral("entered_at"), Type::DateTime, true},
        {QStringLiteral("entered_by"), Type::Text, true},
        {QStringLiteral("state"), Type::Text, true},
        {QStringLiteral("state_since"), Type::DateTime, true},
        {QStringLiteral("assigned_to"), Type::Text, false},
        {QStringLiteral("duplicate_of"), Type::Integer, false},
    };
    return d;
}

store::MigrationList DamageSchema::migrations()
{
    store::Migration first{1, QStringLiteral("damage reports, photos, triage steps and the damage.* grants"), QStringLiteral(R"sql(
CREATE TRIGGER damage_report_valid_insert BEFORE INSERT ON damage_report
WHEN NEW.category NOT IN ('collapse', 'road_blocked', 'flooding', 'fire', 'landslide', 'outage')
  OR typeof(NEW.severity) <> 'integer' OR NEW.severity NOT BETWEEN 1 AND 5
  OR NEW.state NOT IN ('new', 'verified', 'assigned', 'resolved', 'duplicate')
  OR NEW.reporter_kind NOT IN ('staff', 'resident', 'other')
BEGIN
  SELECT RAISE(ABORT, 'damage_report: unknown category, state or reporter kind, or a severity outside 1-5');
END;
CREATE TRIGGER damage_report_valid_update BEFORE UPDATE OF category, severity, state, reporter_kind ON damage_report
WHEN NEW.category NOT IN ('collapse', 'road_blocked', 'flooding', 'fire', 'landslide', 'outage')
  OR typeof(NEW.severity) <> 'integer' OR NEW.severity NOT BETWEEN 1 AND 5
  OR NEW.state NOT IN ('new', 'verified', 'assigned', 'resolved', 'duplicate')
  OR NEW.reporter_kind NOT IN ('staff', 'resident', 'other')
BEGIN
  SELECT RAISE(ABORT, 'damage_report: unknown category, state or reporter kind, or a severity outside 1-5');
END;
CREATE INDEX damage_report_state ON damage_report(state, reported_at);

CREATE TABLE damage_photo (
    report_fid INTEGER PRIMARY KEY,
    mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png')),
    size INTEGER NOT NULL CHECK (size > 0 AND size <= 10485760),
    data BLOB NOT NULL CHECK (length(data) = size)
);

CREATE TABLE damage_triage_step (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_fid INTEGER NOT NULL,
    from_state TEXT CHECK (from_state IN ('new', 'verified', 'assigned', 'resolved', 'duplicate')),
    to_state TEXT NOT NULL CHECK (to_state IN ('new', 'verified', 'assigned', 'resolved', 'duplicate')),
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    role TEXT NOT NULL,
    note TEXT
);
CREATE INDEX damage_triage_step_report ON damage_triage_step(report_fid, id);
CREATE INDEX damage_triage_step_at ON damage_triage_step(at);

INSERT OR REPLACE INTO ct_permission (action, role, scope) VALUES
  ('damage.report', 'administrator', 'any'),
  ('damage.report', 'hq-commander', 'any'),
  ('damage.report', 'shelter-staff', 'any'),
  ('damage.report', 'planner', 'any'),
  ('damage.report', 'mobility-dispatcher', 'any'),
  ('damage.report', 'police-liaison', 'any'),
  ('damage.report', 'school-liaison', 'any'),
  ('damage.triage', 'administrator', 'any'),
  ('damage.triage', 'hq-commander', 'any'),
  ('damage.resolve', 'administrator', 'any'),
  ('damage.resolve', 'hq-commander', 'any'),
  ('damage.resolve', 'mobility-dispatcher', 'any');
)sql")};
    first.apply = [](store::TwinStore &store) -> core::Status {
        // The closures a verified report imposes live in the routing component's table.
        if (core::Status routing = routing::LiveClosures::migrate(store); !routing)
            return routing;
        return store.createLayer(layerDefinition());
    };
    static_assert(PhotoCheck::kMaxBytes == 10485760, "damage_photo's CHECK repeats the photo size limit");
    return {first};
}

} // namespace ct::damage
