// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/layerdefinition.h"
#include "ct/store/migration.h"

#include <QString>

namespace ct::damage {

/// \brief The damage plugin's part of the twin, recorded under the component "damage":
///
/// - `damage_report`, a GeoPackage point layer (EPSG:6677, R-tree) created with
///   TwinStore::createLayer(), so GDAL, QGIS and the console's map read it like any layer;
///   triggers refuse rows with an unknown category, state or reporter kind, or a severity
///   outside 1–5, whoever writes them;
/// - `damage_photo`: at most one JPEG/PNG photo per report, up to 10 MiB, as a BLOB;
/// - `damage_triage_step`: every step of every report through the queue;
/// - the grants of the damage.* actions in `ct_permission`:
///   damage.report — every operator role (administrator, hq-commander, shelter-staff, planner,
///   mobility-dispatcher, police-liaison, school-liaison); damage.triage (verify, assign, mark
///   duplicate) — administrator, hq-commander; damage.resolve — administrator, hq-commander and
///   mobility-dispatcher (who sends the crews that clear roads).
/// The routing component's `road_closure` table is migrated in the same step.
class DamageSchema
{
public:
    static QString component() { return QStringLiteral("damage"); }
    static QString layerName() { return QStringLiteral("damage_report"); }
    static store::LayerDefinition layerDefinition();
    static store::MigrationList migrations();
};

} // namespace ct::damage
