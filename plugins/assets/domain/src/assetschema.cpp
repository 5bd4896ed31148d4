// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/assetschema.h"

#include "ct/assets/assetinventory.h"
#include "ct/assets/inventorybuilder.h"
#include "ct/store/twinstore.h"

namespace ct::assets {

QString AssetSchema::gradeLayerName(Grade grade)
{
    return QStringLiteral("asset_grade_%1").arg(int(grade));
}

store::LayerDefinition AssetSchema::layerDefinition()
{
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition d;
    d.name = layerName();
    d.geometryType = geo::GeometryType::LineString;
    d.title = QStringLiteral("Assets");
    d.description = QStringLiteral("Inventory of bridges, pavement segments and water and sewer pipes with their condition grade (I-IV)");
    d.fields = {
        {QStringLiteral("asset_id"), Type::Text, true},
        {QStringLiteral("asset_type"), Type::Text, true},
        {QStringLiteral("name"), Type::Text, false},
        {QStringLiteral("install_year"), Type::Integer, true},
        {QStringLiteral("length_m"), Type::Real, true},
        {QStringLiteral("area_m2"), Type::Real, false},
        {QStringLiteral("material"), Type::Text, false},
        {QStringLiteral("importance"), Type::Real, true},
        {QStringLiteral("grade"), Type::Text, true},
        {QStringLiteral("last_inspection"), Type::Text, false},
        {QStringLiteral("source_layer"), Type::Text, false},
        {QStringLiteral("source_fid"), Type::Integer, false},
    };
    d.stableIdField = QStringLiteral("asset_id");
    return d;
}

store::LayerDefinition AssetSchema::gradeLayerDefinition(Grade grade)
{
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition d;
    d.name = gradeLayerName(grade);
    d.geometryType = geo::GeometryType::LineString;
    d.title = QStringLiteral("Assets in grade %1").arg(gradeCode(grade));
    d.description = QStringLiteral("The assets of condition grade %1, for the map (rewritten with the inventory)").arg(gradeCode(grade));
    d.fields = {{QStringLiteral("asset_id"), Type::Text, true},
                {QStringLiteral("asset_type"), Type::Text, true},
                {QStringLiteral("grade"), Type::Text, true}};
    return d;
}

store::LayerDefinition AssetSchema::plannedLayerDefinition()
{
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition d;
    d.name = plannedLayerName();
    d.geometryType = geo::GeometryType::LineString;
    d.title = QStringLiteral("Planned maintenance");
    d.description = QStringLiteral("Interventions of the latest saved maintenance plan");
    d.fields = {{QStringLiteral("plan_id"), Type::Integer, true},
                {QStringLiteral("year"), Type::Integer, true},
                {QStringLiteral("asset_id"), Type::Text, true},
                {QStringLiteral("asset_type"), Type::Text, true},
                {QStringLiteral("grade"), Type::Text, true},
                {QStringLiteral("intervention"), Type::Text, true},
                {QStringLiteral("cost_myen"), Type::Real, true}};
    return d;
}

quint64 AssetSchema::inventorySeed(const store::TwinStore &twin)
{
    bool ok = false;
    const quint64 seed = twin.metadata(QStringLiteral("generator.seed")).toULongLong(&ok);
    return ok ? seed : 1;
}

store::MigrationList AssetSchema::migrations()
{
    store::Migration first{1, QStringLiteral("asset inventory (derived from the roads), grade layers, deterioration model, plans, assets.* grants"),
                           QStringLiteral(R"sql(
CREATE TRIGGER asset_valid_insert BEFORE INSERT ON asset
WHEN NEW.asset_type NOT IN ('bridge', 'pavement', 'water_pipe', 'sewer_pipe')
  OR NEW.grade NOT IN ('I', 'II', 'III', 'IV') OR NEW.length_m < 0 OR NEW.importance < 0
BEGIN
  SELECT RAISE(ABORT, 'asset: unknown type or grade, or a negative length or importance');
END;
CREATE TRIGGER asset_valid_update BEFORE UPDATE OF asset_type, grade, length_m, importance ON asset
WHEN NEW.asset_type NOT IN ('bridge', 'pavement', 'water_pipe', 'sewer_pipe')
  OR NEW.grade NOT IN ('I', 'II', 'III', 'IV') OR NEW.length_m < 0 OR NEW.importance < 0
BEGIN
  SELECT RAISE(ABORT, 'asset: unknown type or grade, or a negative length or importance');
END;
CREATE INDEX asset_by_type_grade ON asset(asset_type, grade);

CREATE TABLE asset_transition (
    asset_type TEXT NOT NULL CHECK (asset_type IN ('bridge', 'pavement', 'water_pipe', 'sewer_pipe')),
    from_grade INTEGER NOT NULL CHECK (from_grade BETWEEN 1 AND 4),
    to_grade INTEGER NOT NULL CHECK (to_grade BETWEEN 1 AND 4),
    probability REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
    PRIMARY KEY (asset_type, from_grade, to_grade)
);
-- the documented defaults (DeteriorationModel::defaults): annual probability of dropping a grade
WITH p(asset_type, p1, p2, p3) AS (VALUES ('bridge', 0.025, 0.015, 0.04), ('pavement', 0.06, 0.05, 0.08),
                                          ('water_pipe', 0.02, 0.012, 0.04), ('sewer_pipe', 0.018, 0.01, 0.04))
INSERT INTO asset_transition (asset_type, from_grade, to_grade, probability)
SELECT asset_type, 1, 1, 1 - p1 FROM p UNION ALL SELECT asset_type, 1, 2, p1 FROM p
UNION ALL SELECT asset_type, 2, 2, 1 - p2 FROM p UNION ALL SELECT asset_type, 2, 3, p2 FROM p
UNION ALL SELECT asset_type, 3, 3, 1 - p3 FROM p UNION ALL SELECT asset_type, 3, 4, p3 FROM p
UNION ALL SELECT asset_type, 4, 4, 1 FROM p;

CREATE TABLE asset_plan (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    role TEXT NOT NULL,
    first_year INTEGER NOT NULL,
    years INTEGER NOT NULL CHECK (years > 0),
    annual_budget_myen REAL NOT NULL CHECK (annual_budget_myen >= 0),
    risk_horizon INTEGER NOT NULL,
    cost_unit_myen REAL NOT NULL,
    total_cost_myen REAL NOT NULL,
    total_risk_reduction_myen REAL NOT NULL,
    interventions INTEGER NOT NULL
);
CREATE TABLE asset_plan_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES asset_plan(id),
    year INTEGER NOT NULL,
    asset_id TEXT NOT NULL,
    asset_type TEXT NOT NULL,
    grade TEXT NOT NULL CHECK (grade IN ('I', 'II', 'III', 'IV')),
    intervention TEXT NOT NULL CHECK (intervention IN ('preventive', 'repair', 'renewal', 'replacement')),
    grade_after TEXT NOT NULL CHECK (grade_after IN ('I', 'II', 'III', 'IV')),
    cost_myen REAL NOT NULL CHECK (cost_myen >= 0),
    risk_before_myen REAL NOT NULL,
    risk_reduction_myen REAL NOT NULL
);
CREATE INDEX asset_plan_item_plan ON asset_plan_item(plan_id, year);

INSERT OR REPLACE INTO ct_permission (action, role, scope) VALUES
  ('assets.plan', 'administrator', 'any'),
  ('assets.plan', 'planner', 'any'),
  ('assets.import', 'administrator', 'any'),
  ('assets.import', 'planner', 'any');
)sql")};
    first.apply = [](store::TwinStore &twin) -> core::Status {
        if (core::Status s = twin.createLayer(layerDefinition()); !s)
            return s;
        for (Grade g : allGrades())
            if (core::Status s = twin.createLayer(gradeLayerDefinition(g)); !s)
                return s;
        if (core::Status s = twin.createLayer(plannedLayerDefinition()); !s)
            return s;
        // The inventory of the twin's roads, so that a new twin (citytwin-cli generate applies
        // the plugins' migrations) and an existing one opened for the first time have one.
        InventoryBuilder::Options options;
        options.seed = inventorySeed(twin);
        auto built = InventoryBuilder::build(twin, options);
        if (!built)
            return built.error();
        return AssetInventory(twin).write(built.value());
    };
    return {first};
}

} // namespace ct::assets
