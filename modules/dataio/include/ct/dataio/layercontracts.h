// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/layerdefinition.h"

/// \brief The twin layers importers fill, with the fields the demo city generator writes too (all
/// in EPSG:6677), so imported and generated data look the same to the rest of the console. Each
/// has a `source_id` (or `road_id` / `node_id`) stable id so re-imports update.
namespace ct::dataio::contracts {

store::LayerDefinition shelters();
store::LayerDefinition buildings();
store::LayerDefinition roads();
store::LayerDefinition roadNodes();
store::LayerDefinition boundary();
store::LayerDefinition sensorSites();
store::LayerDefinition roadAreas();   //!< PLATEAU LOD1 road surfaces (polygons; `roads` is the line network)
store::LayerDefinition amenities();

} // namespace ct::dataio::contracts
