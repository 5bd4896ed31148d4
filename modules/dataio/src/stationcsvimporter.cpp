// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/stationcsvimporter.h"

#include "csvsource.h"

#include "ct/dataio/importsession.h"
#include "ct/dataio/layercontracts.h"

#include <QCoreApplication>

namespace ct::dataio {

using core::Error;

namespace {
constexpr int kGaugeIntervalSeconds = 600;   // MLIT telemeters report every 10 minutes
constexpr int kAmedasIntervalSeconds = 600;  // AMeDAS 10-minute values
} // namespace

core::Status StationCsvImporter::run(ImportSession &session)
{
    auto source = CsvSource::open(session, false);
    if (!source)
        return source.error();
    CsvSource &csv = *source.value();
    const bool gauge = m_format == SourceFormat::MlitGaugeCsv;
    const int id = csv.fieldIndex({gauge ? QStringLiteral("ID") : QStringLiteral("amedas_id")});
    const int lat = csv.fieldIndex({gauge ? QStringLiteral("lat_mod") : QStringLiteral("lat")});
    const int lon = csv.fieldIndex({gauge ? QStringLiteral("lon_mod") : QStringLiteral("lon")});
    const int name = csv.fieldIndex({gauge ? QStringLiteral("locname") : QStringLiteral("name")});
    const int river = gauge ? csv.fieldIndex({QStringLiteral("rivname")}) : -1;
    const int area = gauge ? csv.fieldIndex({QStringLiteral("area_mod")}) : -1;
    if (id < 0 || lat < 0 || lon < 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "header lacks the station id or coordinate columns"), session.where(1));

    auto sink = session.layer(contracts::sensorSites());
    if (!sink)
        return sink.error();
    OGRLayer *layer = csv.layer();
    layer->ResetReading();
    qint64 rows = 0;
    for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++rows;
        const QString where = session.where(CsvSource::lineOf(f.get()));
        const QString stationId = ogr::fieldText(f.get(), id);
        if (stationId.isEmpty()) {
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "station id is empty")); !s)
                return s;
            continue;
        }
        auto point = pointFromLonLat(session, ogr::fieldText(f.get(), lon), ogr::fieldText(f.get(), lat));
        if (!point) {
            if (auto s = session.badRow(where, point.error().message); !s)
                return s;
            continue;
        }
        QVariant catchment;
        if (const QString a = ogr::fieldText(f.get(), area); !a.isEmpty()) {
            double v = 0.0;
            if (!ogr::parseNumber(a, &v) || v < 0) {
                if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "area_mod \"%1\" is not a catchment area in km²").arg(a)); !s)
                    return s;
                continue;
            }
            catchment = v;
        }
        const QString riverName = ogr::fieldText(f.get(), river);
        std::vector<QVariant> values{
            (gauge ? QStringLiteral("mlit:") : QStringLiteral("amedas:")) + stationId,
            ogr::fieldText(f.get(), name),
            gauge ? QStringLiteral("river_gauge") : QStringLiteral("weather"),
            gauge ? QStringLiteral("m") : QStringLiteral("mm"),  // water level; 10-minute precipitation
            gauge ? kGaugeIntervalSeconds : kAmedasIntervalSeconds,
            catchment,
            riverName.isEmpty() ? QVariant() : QVariant(riverName)};
        if (auto s = sink.value()->write(point.value(), values); !s) {
            if (auto b = session.badRow(where, s.error().message); !b)
                return b;
        }
    }
    if (rows == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no data rows after the header"), session.fileName());
    return {};
}

} // namespace ct::dataio
