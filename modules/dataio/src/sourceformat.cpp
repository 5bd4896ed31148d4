// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/exportformat.h"
#include "ct/dataio/sourceformat.h"

namespace ct::dataio {

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::GsiShelterGeoJson: return QStringLiteral("gsi-shelter-geojson");
    case SourceFormat::NationalShelterCsv: return QStringLiteral("national-shelter-csv");
    case SourceFormat::PlateauCityGml: return QStringLiteral("plateau-citygml");
    case SourceFormat::OpenStreetMap: return QStringLiteral("osm");
    case SourceFormat::MlitGaugeCsv: return QStringLiteral("mlit-gauge-csv");
    case SourceFormat::AmedasCsv: return QStringLiteral("amedas-csv");
    case SourceFormat::GenericVector: return QStringLiteral("generic");
    case SourceFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool exportFormatFromName(const QString &name, ExportFormat *format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("geojson") || n == QLatin1String("json"))
        *format = ExportFormat::GeoJson;
    else if (n == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (n == QLatin1String("gpkg") || n == QLatin1String("geopackage"))
        *format = ExportFormat::GeoPackage;
    else if (n == QLatin1String("sumo"))
        *format = ExportFormat::Sumo;
    else
        return false;
    return true;
}

} // namespace ct::dataio
