// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/dataio/importer.h"

namespace ct::dataio {

/// \brief Reads any other GDAL vector source (GeoPackage, GeoJSON, Shapefile, KML, CSV with lat/lon columns) into a layer of its own, reprojected to the twin's CRS. Layer name from --layer or the sanitised source layer name; fields keep sanitised source names; geometry types of one family are promoted to multi when mixed. Stable id: --id-field, else a field named source_id / id / gml_id / osm_id, else a hash of the feature's attributes and geometry.
class GenericImporter final : public Importer
{
public:
    SourceFormat format() const override { return SourceFormat::GenericVector; }
    core::Status run(ImportSession &session) override;
};

} // namespace ct::dataio
