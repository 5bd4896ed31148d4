// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::dataio {

/// \brief Formats a layer can be exported to.
enum class ExportFormat {
    GeoJson,     //!< RFC 7946: EPSG:4326, longitude first
    Csv,         //!< points as lon/lat columns (EPSG:4326), other geometries as a WKT column (EPSG:4326)
    GeoPackage,  //!< the twin's CRS (EPSG:6677), all columns
    Sumo         //!< road network as SUMO plain XML (nodes.nod.xml, edges.edg.xml) in a directory
};

/// Parses "geojson", "csv", "gpkg", "sumo"; returns false for anything else.
bool exportFormatFromName(const QString &name, ExportFormat *format);

} // namespace ct::dataio
