// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/safetyschema.h"

namespace ct::safety {

store::MigrationList SafetySchema::migrations()
{
    return {
        // Personal data (victim, reporter) lives apart from the alert so that roles without the
        // right to it never read it, in the store and in exports alike.
        {1, QStringLiteral("safety alerts, with personal data kept apart"), QStringLiteral(R"sql(
CREATE TABLE safety_alert (
    id INTEGER PRIMARY KEY,
    occurred_from TEXT NOT NULL,
    occurred_to TEXT,
    x REAL NOT NULL,
    y REAL NOT NULL,
    category TEXT NOT NULL,
    description TEXT,
    suspect_description TEXT,
    source_organisation TEXT,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'verified', 'published', 'closed', 'retracted'))
);
CREATE TABLE safety_alert_personal (
    alert_id INTEGER PRIMARY KEY REFERENCES safety_alert(id) ON DELETE CASCADE,
    victim_age_group TEXT,
    reporter_contact TEXT
);
)sql")},
        // Intake: how the place was given, the school concerned, who recorded it and when; every
        // lifecycle step with its operator (the audit log has the same steps, without personal
        // data). Grants: the police do everything; school liaison staff record, close and retract
        // their own schools' alerts ('bound' to "school:<fid>"); planners, HQ and administrators
        // import subscription areas; the police and administrators import crime open data; the
        // police and planners plan patrols and write analysis layers.
        {2, QStringLiteral("safety alert intake, lifecycle steps and permissions"), QStringLiteral(R"sql(
ALTER TABLE safety_alert ADD COLUMN place_kind TEXT NOT NULL DEFAULT 'map'
    CHECK (place_kind IN ('map', 'address', 'school'));
ALTER TABLE safety_alert ADD COLUMN address TEXT;
ALTER TABLE safety_alert ADD COLUMN school_fid INTEGER;
ALTER TABLE safety_alert ADD COLUMN status_reason TEXT;
ALTER TABLE safety_alert ADD COLUMN origin TEXT NOT NULL DEFAULT 'intake';
ALTER TABLE safety_alert ADD COLUMN recorded_at TEXT;
ALTER TABLE safety_alert ADD COLUMN recorded_by TEXT;
ALTER TABLE safety_alert ADD COLUMN updated_at TEXT;
ALTER TABLE safety_alert_personal ADD COLUMN victim_grade TEXT;
CREATE INDEX safety_alert_occurred ON safety_alert(occurred_from);
CREATE INDEX safety_alert_school ON safety_alert(school_fid);
CREATE TABLE safety_alert_step (
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES safety_alert(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT
);
CREATE INDEX safety_alert_step_alert ON safety_alert_step(alert_id);
INSERT INTO ct_permission (action, role, scope) VALUES
    ('safety.record', 'police-liaison', 'any'),
    ('safety.record', 'school-liaison', 'bound'),
    ('safety.verify', 'police-liaison', 'any'),
    ('safety.publish', 'police-liaison', 'any'),
    ('safety.close', 'police-liaison', 'any'),
    ('safety.close', 'school-liaison', 'bound'),
    ('safety.retract', 'police-liaison', 'any'),
    ('safety.retract', 'school-liaison', 'bound'),
    ('safety.areas.import', 'planner', 'any'),
    ('safety.areas.import', 'hq-commander', 'any'),
    ('safety.areas.import', 'administrator', 'any'),
    ('safety.areas.import', 'police-liaison', 'any'),
    ('safety.crime-data.import', 'police-liaison', 'any'),
    ('safety.crime-data.import', 'administrator', 'any'),
    ('safety.patrol.plan', 'police-liaison', 'any'),
    ('safety.patrol.plan', 'planner', 'any'),
    ('safety.analysis.write', 'police-liaison', 'any'),
    ('safety.analysis.write', 'planner', 'any');
)sql")},
        // Publishing: the bilingual notice and its CAP message per alert, the outbox (one entry per
        // subscription area with its subscriber count) as the hand-off to delivery. The areas
        // themselves are a GeoPackage layer (safety_areas), created on the first import.
        {3, QStringLiteral("safety notices, CAP messages and the outbox"), QStringLiteral(R"sql(
CREATE TABLE safety_notice (
    alert_id INTEGER PRIMARY KEY REFERENCES safety_alert(id) ON DELETE CASCADE,
    published_at TEXT NOT NULL,
    place_ja TEXT NOT NULL,
    place_en TEXT NOT NULL,
    subject_ja TEXT NOT NULL,
    body_ja TEXT NOT NULL,
    subject_en TEXT NOT NULL,
    body_en TEXT NOT NULL,
    cap_identifier TEXT NOT NULL,
    cap_xml TEXT NOT NULL,
    cancel_cap_xml TEXT
);
CREATE TABLE safety_outbox (
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES safety_alert(id) ON DELETE CASCADE,
    area_id TEXT NOT NULL,
    area_name TEXT NOT NULL,
    area_kind TEXT NOT NULL,
    recipients INTEGER NOT NULL CHECK (recipients >= 0),
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'handed-over', 'cancelled'))
);
CREATE INDEX safety_outbox_alert ON safety_outbox(alert_id);
INSERT INTO ct_permission (action, role, scope) VALUES
    ('safety.outbox.hand-over', 'police-liaison', 'any');
)sql")},
        // Imported rows keep a key of their source row, so importing the same file again updates
        // instead of duplicating.
        {4, QStringLiteral("safety alert source keys for re-imports"), QStringLiteral(R"sql(
ALTER TABLE safety_alert ADD COLUMN source_key TEXT;
CREATE UNIQUE INDEX safety_alert_source_key ON safety_alert(source_key) WHERE source_key IS NOT NULL;
)sql")},
        // Subscription areas drawn on the map and deleted one by one (DrawnAreas), audited apart
        // from bulk imports. Granted to the roles that may import areas: the police, planners, HQ
        // and administrators. School liaison staff are not: areas have no owner school to bind
        // them to, and an unbound grant would let them delete other schools' and the city's areas.
        {5, QStringLiteral("safety areas drawn and deleted one by one"), QStringLiteral(R"sql(
INSERT INTO ct_permission (action, role, scope) VALUES
    ('safety.areas.write', 'police-liaison', 'any'),
    ('safety.areas.write', 'planner', 'any'),
    ('safety.areas.write', 'hq-commander', 'any'),
    ('safety.areas.write', 'administrator', 'any');
)sql")},
        // Real streetlight sites replacing the generated ones (StreetlightImporter).
        {6, QStringLiteral("safety streetlight import"), QStringLiteral(R"sql(
INSERT INTO ct_permission (action, role, scope) VALUES
    ('safety.streetlights.import', 'police-liaison', 'any'),
    ('safety.streetlights.import', 'planner', 'any'),
    ('safety.streetlights.import', 'hq-commander', 'any'),
    ('safety.streetlights.import', 'administrator', 'any');
)sql")},
    };
}

} // namespace ct::safety
