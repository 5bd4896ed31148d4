// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "realdataloader.h"

#include "random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>

#include <cmath>
#include <map>
#include <memory>

namespace ct::citygen {

namespace {

using core::Error;

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

struct FeatureDeleter
{
    void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};
using Feature = std::unique_ptr<void, FeatureDeleter>;

core::Result<Dataset> openVector(const QString &file)
{
    if (!QFileInfo::exists(file))
        return Error::notFound(QCoreApplication::translate("CityGen", "real-data file is missing"), file);
    GDALAllRegister();
    const QByteArray utf8 = file.toUtf8();
    const char *csvOptions[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=YES", nullptr};
    const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    GDALDatasetH ds = GDALOpenEx(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                 csv ? csvOptions : nullptr, nullptr);
    if (!ds)
        return Error::invalidInput(QCoreApplication::translate("CityGen", "GDAL cannot read this file: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())), file);
    if (GDALDatasetGetLayerCount(ds) < 1) {
        GDALClose(ds);
        return Error::invalidInput(QCoreApplication::translate("CityGen", "the file holds no layer"), file);
    }
    return Dataset(ds);
}

QString stringField(OGRFeatureH f, const char *name)
{
    const int i = OGR_F_GetFieldIndex(f, name);
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    return QString::fromUtf8(OGR_F_GetFieldAsString(f, i)).trimmed();
}

bool hasField(OGRLayerH layer, const char *name)
{
    return OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), name) >= 0;
}

/// Refuses a source that lacks one of `required`, naming the column and the file.
core::Status requireColumns(OGRLayerH layer, std::initializer_list<const char *> required, const QString &file)
{
    for (const char *column : required) {
        if (!hasField(layer, column))
            return Error::invalidInput(QCoreApplication::translate("CityGen", "the column %1 is missing").arg(QString::fromUtf8(column)), file);
    }
    return {};
}

/// A station row's WGS84 columns `latField`/`lonField` as a position in the twin's CRS.
core::Result<geo::Point> stationPosition(OGRFeatureH raw, const char *latField, const char *lonField,
                                         const geo::CrsTransform &toLocal, int row, const QString &file)
{
    bool okLat = false, okLon = false;
    const double lat = stringField(raw, latField).toDouble(&okLat);
    const double lon = stringField(raw, lonField).toDouble(&okLon);
    if (!okLat || !okLon) {
        return Error::invalidInput(QCoreApplication::translate("CityGen", "line %1: %2/%3 are not numbers")
                                       .arg(row).arg(QString::fromUtf8(latField), QString::fromUtf8(lonField)),
                                   file);
    }
    geo::Point p{lon, lat};
    if (!toLocal.forward(p))
        return Error::invalidInput(QCoreApplication::translate("CityGen", "line %1 could not be transformed").arg(row), file);
    return p;
}

std::uint64_t stableHash(const QString &text)
{
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over UTF-8
    for (const char c : text.toUtf8()) {
        h ^= std::uint8_t(c);
        h *= 1099511628211ull;
    }
    return Random::mix(h);
}

} // namespace

RealDataLoader::RealDataLoader(QString directory, const geo::CrsTransform &toLocal)
    : m_directory(std::move(directory)), m_toLocal(toLocal)
{
}

QString RealDataLoader::path(const QString &relative) const
{
    return QDir(m_directory).filePath(relative);
}

core::Result<std::vector<std::vector<Ring>>> RealDataLoader::boundary() const
{
    const QString file = path(QStringLiteral("plateau/tsukuba_urban_planning_area.geojson"));
    auto ds = openVector(file);
    if (!ds)
        return ds.error();
    OGRLayerH layer = GDALDatasetGetLayer(ds->get(), 0);
    std::vector<std::vector<Ring>> polygons;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
        Feature feature(raw);
        OGRGeometryH g = OGR_F_GetGeometryRef(raw);
        if (!g)
            continue;
        auto addPolygon = [&](OGRGeometryH polygon) {
            std::vector<Ring> rings;
            for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
                OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
                Ring points(OGR_G_GetPointCount(ring));
                for (int i = 0; i < int(points.size()); ++i)
                    points[i] = {OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)};
                m_toLocal.forward(points);
                rings.push_back(std::move(points));
            }
            if (!rings.empty())
                polygons.push_back(std::move(rings));
        };
        const auto type = wkbFlatten(OGR_G_GetGeometryType(g));
        if (type == wkbPolygon)
            addPolygon(g);
        else if (type == wkbMultiPolygon)
            for (int p = 0; p < OGR_G_GetGeometryCount(g); ++p)
                addPolygon(OGR_G_GetGeometryRef(g, p));
    }
    if (polygons.empty())
        return Error::invalidInput(QCoreApplication::translate("CityGen", "no polygon in the city boundary file"), file);
    for (auto &rings : polygons)
        for (auto &ring : rings)
            for (const auto &p : ring)
                if (!std::isfinite(p.x) || !std::isfinite(p.y))
                    return Error::invalidInput(QCoreApplication::translate("CityGen", "boundary coordinates could not be transformed to EPSG:6677"), file);
    return polygons;
}

QString RealDataLoader::shelterKind(const QString &name)
{
    if (name.contains(QStringLiteral("学校")) || name.contains(QStringLiteral("学園")) || name.contains(QStringLiteral("高校"))
        || name.contains(QStringLiteral("大学")))
        return QStringLiteral("school");
    if (name.contains(QStringLiteral("公園")) || name.contains(QStringLiteral("運動")) || name.contains(QStringLiteral("駐車場"))
        || name.contains(QStringLiteral("広場")))
        return QStringLiteral("park");
    if (name.contains(QStringLiteral("交流センター")) || name.contains(QStringLiteral("公民館"))
        || name.contains(QStringLiteral("集会所")) || name.contains(QStringLiteral("地区会館")))
        return QStringLiteral("community_centre");
    return QStringLiteral("public");
}

core::Result<std::vector<ShelterFeature>> RealDataLoader::shelters() const
{
    struct Source
    {
        QString relative;
        bool emergency;
    };
    const Source sources[] = {{QStringLiteral("shelters/tsukuba_evacuation_082201.geojson"), false},
                              {QStringLiteral("shelters/tsukuba_emergency_082201.geojson"), true}};
    std::vector<ShelterFeature> shelters;
    for (const auto &source : sources) {
        const QString file = path(source.relative);
        auto ds = openVector(file);
        if (!ds)
            return ds.error();
        OGRLayerH layer = GDALDatasetGetLayer(ds->get(), 0);
        if (const auto columns = requireColumns(layer, {"施設・場所名", "共通ID"}, file); !columns)
            return columns.error();
        const bool hazards = hasField(layer, "洪水");
        OGR_L_ResetReading(layer);
        int row = 0;
        while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
            Feature feature(raw);
            ++row;
            OGRGeometryH g = OGR_F_GetGeometryRef(raw);
            if (!g || wkbFlatten(OGR_G_GetGeometryType(g)) != wkbPoint)
                return Error::invalidInput(QCoreApplication::translate("CityGen", "feature %1 is not a point").arg(row), file);
            ShelterFeature s;
            s.position = {OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)};
            if (!m_toLocal.forward(s.position))
                return Error::invalidInput(QCoreApplication::translate("CityGen", "feature %1 could not be transformed").arg(row), file);
            s.sourceId = stringField(raw, "共通ID");
            s.name = stringField(raw, "施設・場所名");
            s.address = stringField(raw, "住所");
            if (s.name.isEmpty())
                return Error::invalidInput(QCoreApplication::translate("CityGen", "feature %1 has no name").arg(row), file);
            s.kind = shelterKind(s.name);
            s.nameEn = s.name;  // GSI gives no English names
            auto flag = [&](const char *column) { return stringField(raw, column) == QLatin1String("1"); };
            if (hazards) {
                s.flood = flag("洪水");
                s.landslide = flag("崖崩れ、土石流及び地滑り");
                s.earthquake = flag("地震");
                s.fire = flag("大規模な火事");
                s.inlandFlood = flag("内水氾濫");
            } else {
                // Designated shelters (指定避難所) are for staying after any disaster; the file
                // has no per-hazard columns, so they count as suitable for earthquake and fire.
                s.earthquake = true;
                s.fire = true;
            }
            // GSI publishes no capacity: estimate it by kind, spread ±25 % by a hash of the id so
            // that it is stable across runs.
            const double base = s.kind == QLatin1String("school") ? 800.0
                : s.kind == QLatin1String("park")                  ? 2000.0
                : s.kind == QLatin1String("community_centre")      ? 200.0
                                                                    : 300.0;
            const double spread = 0.75 + 0.5 * double(stableHash(s.sourceId + s.name) % 1000) / 1000.0;
            s.capacity = int(std::lround(base * spread / 10.0) * 10);

            // A site in both files (same place, within 5 m) is kept once, with the hazard flags.
            bool merged = false;
            if (source.emergency)
                for (auto &existing : shelters)
                    if (std::hypot(existing.position.x - s.position.x, existing.position.y - s.position.y) < 5.0) {
                        existing.flood = s.flood;
                        existing.landslide = s.landslide;
                        existing.earthquake = s.earthquake;
                        existing.fire = s.fire;
                        existing.inlandFlood = s.inlandFlood;
                        merged = true;
                        break;
                    }
            if (!merged)
                shelters.push_back(std::move(s));
        }
    }
    return shelters;
}

core::Result<std::vector<SensorSiteFeature>> RealDataLoader::gauges() const
{
    const QString file = path(QStringLiteral("sensors/mlit_water_level_gauges_tsukuba_area.csv"));
    auto ds = openVector(file);
    if (!ds)
        return ds.error();
    OGRLayerH layer = GDALDatasetGetLayer(ds->get(), 0);
    if (const auto columns = requireColumns(layer, {"ID", "lat_mod", "lon_mod", "area_mod", "rivname", "locname"}, file); !columns)
        return columns.error();
    std::vector<SensorSiteFeature> sites;
    OGR_L_ResetReading(layer);
    int row = 1;
    while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
        Feature feature(raw);
        ++row;
        const auto position = stationPosition(raw, "lat_mod", "lon_mod", m_toLocal, row, file);
        if (!position)
            return position.error();
        SensorSiteFeature s;
        s.position = position.value();
        s.sourceId = QStringLiteral("MLIT-") + stringField(raw, "ID");
        s.river = stringField(raw, "rivname");
        s.name = stringField(raw, "locname");
        s.kind = QStringLiteral("river_gauge");
        s.unit = QStringLiteral("m");
        s.intervalS = 600;
        bool okArea = false;
        const double area = stringField(raw, "area_mod").toDouble(&okArea);
        if (okArea)
            s.catchmentKm2 = area;
        sites.push_back(std::move(s));
    }
    if (sites.empty())
        return Error::invalidInput(QCoreApplication::translate("CityGen", "no gauge in the file"), file);
    return sites;
}

core::Result<std::vector<SensorSiteFeature>> RealDataLoader::weatherStations(const geo::Envelope &area) const
{
    const QString file = path(QStringLiteral("sensors/ibaraki_amedas_stations.csv"));
    auto ds = openVector(file);
    if (!ds)
        return ds.error();
    OGRLayerH layer = GDALDatasetGetLayer(ds->get(), 0);
    if (const auto columns = requireColumns(layer, {"amedas_id", "name", "lat", "lon"}, file); !columns)
        return columns.error();
    std::vector<SensorSiteFeature> sites;
    OGR_L_ResetReading(layer);
    int row = 1;
    while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
        Feature feature(raw);
        ++row;
        const auto position = stationPosition(raw, "lat", "lon", m_toLocal, row, file);
        if (!position)
            return position.error();
        SensorSiteFeature s;
        s.position = position.value();
        if (!area.contains(s.position))
            continue;
        s.sourceId = QStringLiteral("JMA-") + stringField(raw, "amedas_id");
        s.name = stringField(raw, "name");
        s.kind = QStringLiteral("weather");
        s.unit = QStringLiteral("mm");
        s.intervalS = 600;
        sites.push_back(std::move(s));
    }
    return sites;
}

} // namespace ct::citygen
