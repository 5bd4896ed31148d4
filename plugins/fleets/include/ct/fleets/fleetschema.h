// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/layerdefinition.h"
#include "ct/store/migration.h"

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The fleets component's schema: the vehicle table (v1) and the GTFS tables and layers (v2).
///
/// GTFS rows carry the feed they came from (`feed_id`, the zip's base name): re-importing a feed
/// replaces its rows. Times are seconds after the service day's start (25:30:00 → 91800), dates
/// stay YYYYMMDD text. Stops with coordinates and shapes are also GeoPackage layers in EPSG:6677,
/// created by the first import (ensureLayers()), so a twin without timetables shows no empty layers.
class FleetSchema
{
public:
    static store::MigrationList migrations();
    static store::LayerDefinition stopLayer();
    static store::LayerDefinition shapeLayer();
    /// Creates gtfs_stops and gtfs_shapes where missing (inside the caller's transaction).
    static core::Status ensureLayers(store::TwinStore &twin);
};

} // namespace ct::fleets
