// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/importer.h"

namespace ct::dataio {

/// \brief Reads OpenStreetMap XML or PBF through GDAL's OSM driver: highways as a routable network (ways split at shared nodes into `roads` segments with class, oneway, maxspeed, lanes, and `road_nodes` with their degree), buildings (height or levels × 3 m) into `buildings`, amenities into `amenities`. Stable ids: osm type + id (+ segment index).
class OsmImporter final : public Importer
{
public:
    SourceFormat format() const override { return SourceFormat::OpenStreetMap; }
    core::Status run(ImportSession &session) override;
};

} // namespace ct::dataio
