// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/layerdefinition.h"
#include "ct/store/migration.h"

namespace ct::fleets {

/// \brief Schema step 4 of the fleets component: logistics. The `no_fly_zones` polygon layer
/// (EPSG:6677; zone_id, name, kind helipad|crowd|other) drones fly around, and
/// `supermarket_stop`, the mobile supermarkets' stops (vehicle, sequence, name, position,
/// scheduled arrival in seconds after midnight, dwell).
///
/// In a twin made by the city generator (metadata `generator.seed`) the step seeds a helipad zone
/// around every hospital, crowd zones around the two busiest bus stops and a round of stops for
/// every mobile supermarket of the demo fleet; other twins get the empty layer and table.
class LogisticsSchema
{
public:
    static constexpr int kVersion = 4;
    static store::Migration migration();
    static store::LayerDefinition noFlyZoneLayer();
};

} // namespace ct::fleets
