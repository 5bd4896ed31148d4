// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::dataio {

/// \brief The kinds of source the console imports, each read by its own importer.
enum class SourceFormat {
    Unknown,
    GsiShelterGeoJson,    //!< 国土地理院 指定緊急避難場所・指定避難所 GeoJSON (Japanese property names)
    NationalShelterCsv,   //!< デジタル庁 推奨データセット 指定緊急避難場所 / 指定避難所 CSV
    PlateauCityGml,       //!< PLATEAU CityGML 2.0 (urf, tran, bldg, others)
    OpenStreetMap,        //!< OSM XML or PBF
    MlitGaugeCsv,         //!< MLIT river water-level gauge list (ID,lat_mod,lon_mod,area_mod,rivname,locname)
    AmedasCsv,            //!< JMA AMeDAS station list (amedas_id,name,observ_type,lat,lon,alt_m)
    GenericVector         //!< anything else GDAL reads: GeoPackage, GeoJSON, Shapefile, KML, CSV with lat/lon
};

/// Stable machine name ("gsi-shelter-geojson"), used in `--json` summaries and the audit log.
QString formatName(SourceFormat format);

} // namespace ct::dataio
