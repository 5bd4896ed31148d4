// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterschema.h"

namespace ct::shelters {

store::MigrationList ShelterSchema::migrations()
{
    return {
        // Operational state per shelter, keyed by the fid of the shelters feature table. A shelter
        // without a row is closed, empty and on the grid.
        {1, QStringLiteral("shelter status, occupancy and power per shelter"), QStringLiteral(R"sql(
CREATE TABLE shelter_status (
    shelter_fid INTEGER PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'closed'
        CHECK (status IN ('closed', 'opening', 'open', 'full', 'closing')),
    occupancy INTEGER NOT NULL DEFAULT 0 CHECK (occupancy >= 0),
    power TEXT NOT NULL DEFAULT 'grid'
        CHECK (power IN ('grid', 'none', 'fuel_cell_bus', 'generator')),
    updated_at TEXT
);
)sql")},
        // Times are UTC ISO 8601 with milliseconds ("2026-09-10T01:02:03.004Z"); operator and role
        // are the signed-in operator's (the audit log holds the before/after of every action).
        {2, QStringLiteral("shelter lifecycle history, stockpiles, medical counts, power need, requests and messages"),
         QStringLiteral(R"sql(
ALTER TABLE shelter_status ADD COLUMN expected_outage_hours REAL NOT NULL DEFAULT 72
    CHECK (expected_outage_hours >= 0);
ALTER TABLE shelter_status ADD COLUMN updated_by TEXT;

CREATE TABLE shelter_status_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shelter_fid INTEGER NOT NULL,
    from_status TEXT NOT NULL CHECK (from_status IN ('closed', 'opening', 'open', 'full', 'closing')),
    to_status TEXT NOT NULL CHECK (to_status IN ('closed', 'opening', 'open', 'full', 'closing')),
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    role TEXT NOT NULL,
    occupancy INTEGER NOT NULL CHECK (occupancy >= 0),
    note TEXT
);
CREATE INDEX shelter_status_history_shelter ON shelter_status_history (shelter_fid, id);

-- Every check-in (delta > 0) and check-out (delta < 0) with the occupancy after it.
CREATE TABLE shelter_headcount (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shelter_fid INTEGER NOT NULL,
    at TEXT NOT NULL,
    delta INTEGER NOT NULL CHECK (delta <> 0),
    occupancy INTEGER NOT NULL CHECK (occupancy >= 0),
    operator TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX shelter_headcount_shelter ON shelter_headcount (shelter_fid, id);

-- Kinds of stock: consumables have a daily use per person, durable items a number per person.
-- Defaults: 3 L of water and 3 meals a day (national stockpiling guidance), 5 emergency toilet
-- bags a day, diapers 0.3 a day averaged over everyone (about 5 % of evacuees, 6 a day), baby
-- formula 5 g a day averaged (about 1 % of evacuees, 500 g a day is generous), one blanket per
-- person, one medical kit per 100 persons.
CREATE TABLE shelter_stock_item (
    item TEXT PRIMARY KEY,
    unit TEXT NOT NULL,
    daily_per_person REAL NOT NULL DEFAULT 0 CHECK (daily_per_person >= 0),
    per_person REAL NOT NULL DEFAULT 0 CHECK (per_person >= 0)
);
INSERT INTO shelter_stock_item (item, unit, daily_per_person, per_person) VALUES
    ('water', 'L', 3, 0),
    ('food', 'meals', 3, 0),
    ('toilet_bags', 'bags', 5, 0),
    ('diapers', 'pieces', 0.3, 0),
    ('baby_formula', 'g', 5, 0),
    ('blankets', 'pieces', 0, 1),
    ('medical_kits', 'kits', 0, 0.01);

CREATE TABLE shelter_stock (
    shelter_fid INTEGER NOT NULL,
    item TEXT NOT NULL,
    quantity REAL NOT NULL CHECK (quantity >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (shelter_fid, item)
);

-- Continued medical care: kinds, with the electrical load of their devices per person (kW).
-- Dialysis is done in hospitals (its count drives transport, not load); home oxygen
-- concentrators draw about 0.35 kW, home ventilators and suction units about 0.1 kW, feeding
-- pumps 0.02 kW, insulin a share of a medicine refrigerator.
CREATE TABLE shelter_medical_need (
    need TEXT PRIMARY KEY,
    kw_per_person REAL NOT NULL DEFAULT 0 CHECK (kw_per_person >= 0)
);
INSERT INTO shelter_medical_need (need, kw_per_person) VALUES
    ('dialysis', 0),
    ('oxygen', 0.35),
    ('insulin', 0.005),
    ('ventilator', 0.1),
    ('suction', 0.1),
    ('tube_feeding', 0.02),
    ('other', 0.05);

-- Persons per need: counts only, never names.
CREATE TABLE shelter_medical (
    shelter_fid INTEGER NOT NULL,
    need TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (shelter_fid, need)
);

-- Load of an operating shelter: base_kw + per_person_kw × occupancy + the medical devices.
CREATE TABLE shelter_load_model (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    base_kw REAL NOT NULL CHECK (base_kw >= 0),
    per_person_kw REAL NOT NULL CHECK (per_person_kw >= 0)
);
INSERT INTO shelter_load_model (id, base_kw, per_person_kw) VALUES (1, 5.0, 0.1);

-- One thread per shelter between HQ and the shelter's staff.
CREATE TABLE shelter_message (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shelter_fid INTEGER NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    role TEXT NOT NULL,
    body TEXT NOT NULL CHECK (length(trim(body)) > 0)
);
CREATE INDEX shelter_message_thread ON shelter_message (shelter_fid, id);

-- Requests from a shelter: requested → acknowledged → dispatched → delivered, or declined (with
-- a reason) while requested or acknowledged.
CREATE TABLE shelter_request (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shelter_fid INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('supplies', 'power', 'medical', 'staff')),
    item TEXT,
    quantity REAL CHECK (quantity IS NULL OR quantity > 0),
    detail TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'requested'
        CHECK (status IN ('requested', 'acknowledged', 'dispatched', 'delivered', 'declined')),
    requested_at TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_role TEXT NOT NULL,
    acknowledged_at TEXT,
    dispatched_at TEXT,
    closed_at TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    decline_reason TEXT,
    CHECK (status <> 'declined' OR length(trim(coalesce(decline_reason, ''))) > 0)
);
-- Covers the dashboard's count of open requests per shelter and their oldest time.
CREATE INDEX shelter_request_open ON shelter_request (status, shelter_fid, requested_at);
CREATE INDEX shelter_request_shelter ON shelter_request (shelter_fid, id);

CREATE TABLE shelter_request_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    operator TEXT NOT NULL,
    role TEXT NOT NULL,
    note TEXT
);
CREATE INDEX shelter_request_event_request ON shelter_request_event (request_id, id);

-- Contract read by other plugins (the hydrogen plugin's power dispatch): one row per shelter of
-- the twin's shelters layer. Column names and types are fixed; add columns only at the end.
CREATE VIEW shelter_power_need AS
SELECT s.fid AS shelter_fid,
       s.name AS name,
       CAST(coalesce(s.capacity, 0) AS INTEGER) AS capacity,
       CAST(coalesce(st.occupancy, 0) AS INTEGER) AS occupancy,
       CAST(coalesce(m.medical_count, 0) AS INTEGER) AS medical_count,
       coalesce(st.power, 'grid') AS power,
       CAST(coalesce(st.expected_outage_hours, 72) AS REAL) AS expected_outage_hours,
       CAST(CASE WHEN coalesce(st.status, 'closed') = 'closed' THEN 0
                 ELSE coalesce(lm.base_kw, 0) + coalesce(lm.per_person_kw, 0) * coalesce(st.occupancy, 0)
                      + coalesce(m.medical_kw, 0) END AS REAL) AS load_kw,
       coalesce(st.status, 'closed') AS status
FROM shelters AS s
LEFT JOIN shelter_status AS st ON st.shelter_fid = s.fid
LEFT JOIN (SELECT sm.shelter_fid AS shelter_fid, sum(sm.count) AS medical_count,
                  sum(sm.count * coalesce(n.kw_per_person, 0)) AS medical_kw
           FROM shelter_medical AS sm LEFT JOIN shelter_medical_need AS n ON n.need = sm.need
           GROUP BY sm.shelter_fid) AS m ON m.shelter_fid = s.fid
LEFT JOIN shelter_load_model AS lm ON lm.id = 1;

-- Who may do what. HQ commanders act on every shelter; shelter staff only on the shelters they
-- are bound to ("shelter:<fid>"); planners and the other roles read only. The expected outage is
-- HQ's planning figure, and acknowledging, dispatching or declining a request is HQ's decision.
INSERT INTO ct_permission (action, role, scope) VALUES
    ('shelters.transition', 'hq-commander', 'any'),
    ('shelters.transition', 'shelter-staff', 'bound'),
    ('shelters.checkin', 'hq-commander', 'any'),
    ('shelters.checkin', 'shelter-staff', 'bound'),
    ('shelters.checkout', 'hq-commander', 'any'),
    ('shelters.checkout', 'shelter-staff', 'bound'),
    ('shelters.stock', 'hq-commander', 'any'),
    ('shelters.stock', 'shelter-staff', 'bound'),
    ('shelters.power', 'hq-commander', 'any'),
    ('shelters.power', 'shelter-staff', 'bound'),
    ('shelters.outage', 'hq-commander', 'any'),
    ('shelters.medical', 'hq-commander', 'any'),
    ('shelters.medical', 'shelter-staff', 'bound'),
    ('shelters.message', 'hq-commander', 'any'),
    ('shelters.message', 'shelter-staff', 'bound'),
    ('shelters.request', 'hq-commander', 'any'),
    ('shelters.request', 'shelter-staff', 'bound'),
    ('shelters.handle-request', 'hq-commander', 'any'),
    ('shelters.confirm-delivery', 'hq-commander', 'any'),
    ('shelters.confirm-delivery', 'shelter-staff', 'bound');
)sql")},
    };
}

} // namespace ct::shelters
