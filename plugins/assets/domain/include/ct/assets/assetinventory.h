// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/asset.h"
#include "ct/assets/deteriorationmodel.h"
#include "ct/assets/maintenanceplan.h"
#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::assets {

/// \brief The inventory in the twin: read it, write it (with the per-grade map layers), save a
/// plan. Writes happen in the caller's transaction (write()) or in one audited
/// TwinStore::perform() (importInventory(), savePlan()).
class AssetInventory
{
public:
    explicit AssetInventory(store::TwinStore &twin) : m_twin(twin) {}

    //! Every asset, ordered by id.
    core::Result<std::vector<Asset>> read() const;
    /// Inserts or updates (by id) the assets and rewrites the four grade layers from the whole
    /// `asset` table. Inside the caller's transaction.
    core::Status write(const std::vector<Asset> &assets);
    //! Rewrites `asset_grade_1..4` from `asset` (inside the caller's transaction).
    core::Status rebuildGradeLayers();

    /// An imported inventory (InventoryCsvReader) as one audited action "assets.import": all
    /// rows or none.
    core::Status importInventory(const core::Actor &actor, const std::vector<Asset> &assets, const QString &source);

    /// Derives the inventory from the twin's roads, rivers, water and buildings again
    /// (InventoryBuilder with the twin's seed) as one audited action "assets.import" — for a twin
    /// whose roads came after the plugin's schema (an OSM import into a new twin). Existing ids
    /// are updated, others (an imported CSV's) kept. Returns the number of derived assets.
    core::Result<qint64> deriveFromTwin(const core::Actor &actor);

    /// Saves `plan` (over `assets`, the list it was made from) as one audited action
    /// "assets.plan": a row in `asset_plan`, its interventions in `asset_plan_item`, and the
    /// `asset_planned` map layer replaced by them. Returns the plan id.
    core::Result<qint64> savePlan(const core::Actor &actor, const MaintenancePlan &plan, const std::vector<Asset> &assets);
    /// Replaces the deterioration model in `asset_transition` as one audited action
    /// "assets.plan" (the model is a planning assumption: planner and administrator), the rows
    /// before and after in the audit entry.
    core::Status saveModel(const core::Actor &actor, const DeteriorationModel &model);

    //! Number of saved plans.
    qint64 planCount() const;

private:
    store::TwinStore &m_twin;
};

} // namespace ct::assets
