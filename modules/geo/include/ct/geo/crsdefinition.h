// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

namespace ct::geo {

/// \brief The definition of an EPSG CRS as OGC WKT 1 (the form GeoPackage's gpkg_spatial_ref_sys
/// expects in its `definition` column), taken from PROJ's database.
///
/// The store writes the SRS rows of a new twin from this, so GDAL and QGIS see the same CRS the
/// console computes with.
core::Result<QString> crsWkt(int epsg);

/// \brief The CRS's name as PROJ's database gives it ("JGD2011 / Japan Plane Rectangular CS IX").
core::Result<QString> crsName(int epsg);

} // namespace ct::geo
