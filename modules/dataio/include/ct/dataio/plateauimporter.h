// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/importer.h"

namespace ct::dataio {

/// \brief Reads PLATEAU CityGML 2.0 (EPSG:6697, latitude first; GDAL's GML driver puts longitude first): urf:UrbanPlanningArea → `boundary`, tran:Road (LOD1 surfaces) → `road_areas`, bldg:Building → `buildings` (footprint of the LOD1 solid, measuredHeight → height_m), any other feature type → a generic layer `plateau_<type>`. Stable id: gml:id.
class PlateauImporter final : public Importer
{
public:
    SourceFormat format() const override { return SourceFormat::PlateauCityGml; }
    core::Status run(ImportSession &session) override;
};

} // namespace ct::dataio
