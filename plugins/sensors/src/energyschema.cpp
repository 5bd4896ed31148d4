// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energyschema.h"


#include "ct/store/twinstore.h"

#include <QCoreApplication>


namespace ct::sensors {

namespace {

const char *const kSql = R"sql(
CREATE TABLE energy_meter (
    sensor_id INTEGER PRIMARY KEY REFERENCES sensor (id) ON DELETE CASCADE,
    facility TEXT NOT NULL CHECK (length(trim(facility)) > 0),
    facility_kind TEXT NOT NULL DEFAULT 'other' CHECK (facility_kind IN ('school', 'city_hall', 'community_centre', 'other')),
    -- cumulative: the meter's register in kWh; interval: kWh consumed in the interval_s ending at t
    reading_mode TEXT NOT NULL CHECK (reading_mode IN ('cumulative', 'interval'))
);
CREATE INDEX energy_meter_facility ON energy_meter (facility);

-- One row. emission_factor in kg-CO2/kWh; baseline days are local dates (Asia/Tokyo), inclusive.
CREATE TABLE energy_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    emission_factor REAL NOT NULL CHECK (emission_factor >= 0 AND emission_factor <= 2),
    emission_factor_source TEXT NOT NULL,
    baseline_from TEXT,
    baseline_to TEXT,
    target_percent REAL CHECK (target_percent IS NULL OR (target_percent > 0 AND target_percent < 100)),
    CHECK ((baseline_from IS NULL) = (baseline_to IS NULL)),
    CHECK (baseline_from IS NULL OR baseline_from <= baseline_to)
);
INSERT INTO energy_config (id, emission_factor, emission_factor_source) VALUES
    (1, 0.555, 'default: 0.000555 t-CO2/kWh, electricity supplied by others, Order for Enforcement of the Act on Promotion of Global Warming Countermeasures (地球温暖化対策の推進に関する法律施行令 第3条); set your supplier''s published factor');

INSERT INTO ct_permission (action, role, scope) VALUES
    ('sensors.energy.configure', 'planner', 'any'),
    ('sensors.energy.configure', 'administrator', 'any');
)sql";

} // namespace

store::Migration EnergySchema::migration()
{
    store::Migration step;
    step.version = 4;
    step.description = QStringLiteral("energy meters at public facilities, emission factor and reduction target");
    // The generated twins' demo readings are written by step 5 (SensorSchema), once the readings
    // have the layout ReadingStore writes; twins seeded by this step before step 5 existed keep
    // theirs (seeding skips meters already registered).
    step.sql = QString::fromUtf8(kSql);
    return step;
}

} // namespace ct::sensors
