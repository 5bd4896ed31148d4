// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "citywriter.h"

#include "ct/geo/crstransform.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace ct::citygen {

namespace {

using store::FieldDefinition;
using Type = store::FieldDefinition::Type;
using geo::Geometry;
using geo::GeometryType;

FieldDefinition field(const char *name, Type type)
{
    return {QString::fromLatin1(name), type, false};
}

QVariant nullable(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/// Writes one layer: definition, then each feature through `row(i, geometry, values)`.
template<typename Feature>
core::Status writeLayer(store::TwinStore &twin, const store::LayerDefinition &definition, const std::vector<Feature> &features,
                        const std::function<void(const Feature &, Geometry &, std::vector<QVariant> &)> &row,
                        std::vector<std::pair<QString, qint64>> *counts)
{
    if (auto status = twin.createLayer(definition); !status)
        return status;
    QStringList names;
    for (const auto &f : definition.fields)
        names << f.name;
    auto writer = twin.writer(definition.name, names);
    if (!writer)
        return writer.error();
    Geometry geometry;
    std::vector<QVariant> values(definition.fields.size());
    for (const auto &feature : features) {
        row(feature, geometry, values);
        auto fid = writer->insert(geometry, values);
        if (!fid)
            return fid.error();
    }
    if (auto status = writer->finish(); !status)
        return status;
    if (counts)
        counts->push_back({definition.name, qint64(features.size())});
    return {};
}

store::LayerDefinition layer(const char *name, GeometryType type, const char *title, const char *description,
                             std::vector<FieldDefinition> fields, const char *stableId = nullptr)
{
    store::LayerDefinition d;
    d.name = QString::fromLatin1(name);
    d.geometryType = type;
    d.srsId = geo::crs::kJgd2011ZoneIX;
    d.title = QString::fromLatin1(title);
    d.description = QString::fromUtf8(description);
    d.fields = std::move(fields);
    if (stableId)
        d.stableIdField = QString::fromLatin1(stableId);
    return d;
}

} // namespace

core::Status CityWriter::write(const CityModel &model, const QString &path, const GeneratorOptions &options,
                               const CityGenerator::Progress &progress, std::vector<std::pair<QString, qint64>> *counts)
{
    auto created = store::TwinStore::create(path);
    if (!created)
        return created.error();
    auto &twin = *created.value();
    if (auto status = twin.begin(); !status)
        return status;
    auto fail = [&](const core::Status &status) {
        twin.rollback();
        return status;
    };
    auto report = [&](int percent, const char *stage) {
        if (progress)
            progress(percent, QCoreApplication::translate("CityGen", stage));
    };
    using T = Type;

    report(72, QT_TRANSLATE_NOOP("CityGen", "write boundary"));
    if (auto s = writeLayer<BoundaryFeature>(twin, layer("boundary", GeometryType::MultiPolygon, "City boundary", "市域", {field("name", T::Text)}),
            model.boundary, [](const BoundaryFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::multiPolygon(f.polygons);
                v[0] = f.name;
            }, counts); !s)
        return fail(s);

    report(74, QT_TRANSLATE_NOOP("CityGen", "write buildings"));
    if (auto s = writeLayer<BuildingFeature>(twin, layer("buildings", GeometryType::Polygon, "Buildings", "建物",
            {field("use", T::Text), field("height_m", T::Real), field("floors", T::Integer), field("residents", T::Integer), field("name", T::Text)}),
            model.buildings, [](const BuildingFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::polygon({f.footprint});
                v[0] = f.use;
                v[1] = std::round(f.heightM * 10.0) / 10.0;
                v[2] = f.floors;
                v[3] = f.residents;
                v[4] = text(f.name);
            }, counts); !s)
        return fail(s);

    report(82, QT_TRANSLATE_NOOP("CityGen", "write road nodes"));
    if (auto s = writeLayer<RoadNodeFeature>(twin, layer("road_nodes", GeometryType::Point, "Road nodes", "道路ノード",
            {field("node_id", T::Integer), field("degree", T::Integer)}),
            model.roadNodes, [](const RoadNodeFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.id;
                v[1] = f.degree;
            }, counts); !s)
        return fail(s);

    report(85, QT_TRANSLATE_NOOP("CityGen", "write roads"));
    if (auto s = writeLayer<RoadFeature>(twin, layer("roads", GeometryType::LineString, "Roads", "道路",
            {field("road_id", T::Integer), field("road_class", T::Text), field("lanes", T::Integer), field("speed_kmh", T::Real),
             field("oneway", T::Boolean), field("length_m", T::Real), field("from_node", T::Integer), field("to_node", T::Integer),
             field("bridge", T::Boolean), field("name", T::Text)}),
            model.roads, [](const RoadFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::lineString(f.points);
                v[0] = f.id;
                v[1] = f.roadClass;
                v[2] = f.lanes;
                v[3] = f.speedKmh;
                v[4] = f.oneway;
                v[5] = f.lengthM;
                v[6] = f.fromNode;
                v[7] = f.toNode;
                v[8] = f.bridge;
                v[9] = text(f.name);
            }, counts); !s)
        return fail(s);

    report(92, QT_TRANSLATE_NOOP("CityGen", "write water and facilities"));
    if (auto s = writeLayer<RiverFeature>(twin, layer("rivers", GeometryType::LineString, "Rivers", "河川中心線",
            {field("name", T::Text), field("width_m", T::Real)}),
            model.rivers, [](const RiverFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::lineString(f.points);
                v[0] = f.name;
                v[1] = f.widthM;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<WaterFeature>(twin, layer("water", GeometryType::Polygon, "Water", "水面", {field("name", T::Text)}),
            model.water, [](const WaterFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::polygon({f.ring});
                v[0] = f.name;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<EmbankmentFeature>(twin, layer("embankments", GeometryType::LineString, "Embankments", "堤防",
            {field("river", T::Text), field("side", T::Text), field("crest_height_m", T::Real)}),
            model.embankments, [](const EmbankmentFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::lineString(f.points);
                v[0] = f.river;
                v[1] = f.side;
                v[2] = std::round(f.crestHeightM * 100.0) / 100.0;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<ShelterFeature>(twin, layer("shelters", GeometryType::Point, "Shelters", "指定避難所・指定緊急避難場所",
            {field("source_id", T::Text), field("name", T::Text), field("name_en", T::Text), field("kind", T::Text),
             field("capacity", T::Integer), field("address", T::Text), field("flood", T::Boolean), field("landslide", T::Boolean),
             field("earthquake", T::Boolean), field("fire", T::Boolean), field("inland_flood", T::Boolean)}, "source_id"),
            model.shelters, [](const ShelterFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.sourceId;
                v[1] = f.name;
                v[2] = f.nameEn;
                v[3] = f.kind;
                v[4] = f.capacity;
                v[5] = text(f.address);
                v[6] = f.flood;
                v[7] = f.landslide;
                v[8] = f.earthquake;
                v[9] = f.fire;
                v[10] = f.inlandFlood;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<HospitalFeature>(twin, layer("hospitals", GeometryType::Point, "Hospitals", "病院",
            {field("name", T::Text), field("beds", T::Integer)}),
            model.hospitals, [](const HospitalFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.name;
                v[1] = f.beds;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<HydrogenStationFeature>(twin, layer("hydrogen_stations", GeometryType::Point, "Hydrogen stations", "水素ステーション",
            {field("name", T::Text)}),
            model.hydrogenStations, [](const HydrogenStationFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.name;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<FuelCellBusFeature>(twin, layer("fuel_cell_buses", GeometryType::Point, "Fuel-cell buses", "燃料電池バス",
            {field("bus_id", T::Text), field("name", T::Text), field("state", T::Text), field("energy_kwh", T::Real), field("export_kw", T::Real)},
            "bus_id"),
            model.fuelCellBuses, [](const FuelCellBusFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.busId;
                v[1] = f.name;
                v[2] = f.state;
                v[3] = f.energyKwh;
                v[4] = f.exportKw;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<SchoolFeature>(twin, layer("schools", GeometryType::Point, "Schools", "学校",
            {field("name", T::Text), field("kind", T::Text), field("pupils", T::Integer)}),
            model.schools, [](const SchoolFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.name;
                v[1] = f.kind;
                v[2] = f.pupils;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<SchoolDistrictFeature>(twin, layer("school_districts", GeometryType::Polygon, "School districts", "小学校区",
            {field("school_name", T::Text)}),
            model.schoolDistricts, [](const SchoolDistrictFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::polygon(f.rings);
                v[0] = f.schoolName;
            }, counts); !s)
        return fail(s);

    report(94, QT_TRANSLATE_NOOP("CityGen", "write transit and sensors"));
    if (auto s = writeLayer<BusStopFeature>(twin, layer("bus_stops", GeometryType::Point, "Bus stops", "バス停",
            {field("stop_id", T::Text), field("name", T::Text), field("route_ids", T::Text)}, "stop_id"),
            model.busStops, [](const BusStopFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.stopId;
                v[1] = f.name;
                v[2] = f.routeIds;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<BusRouteFeature>(twin, layer("bus_routes", GeometryType::LineString, "Bus routes", "バス路線・デマンド交通区域",
            {field("route_id", T::Text), field("name", T::Text), field("kind", T::Text)}, "route_id"),
            model.busRoutes, [](const BusRouteFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::lineString(f.points);
                v[0] = f.routeId;
                v[1] = f.name;
                v[2] = f.kind;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<SensorSiteFeature>(twin, layer("sensor_sites", GeometryType::Point, "Sensor sites", "センサー設置点",
            {field("source_id", T::Text), field("name", T::Text), field("kind", T::Text), field("unit", T::Text),
             field("interval_s", T::Integer), field("catchment_km2", T::Real), field("river", T::Text)}, "source_id"),
            model.sensorSites, [](const SensorSiteFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.sourceId;
                v[1] = f.name;
                v[2] = f.kind;
                v[3] = f.unit;
                v[4] = f.intervalS;
                v[5] = nullable(f.catchmentKm2);
                v[6] = text(f.river);
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<StreetlightFeature>(twin, layer("streetlights", GeometryType::Point, "Streetlights", "街路灯",
            {field("light_id", T::Integer)}),
            model.streetlights, [](const StreetlightFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.id;
            }, counts); !s)
        return fail(s);
    if (auto s = writeLayer<PoliceBoxFeature>(twin, layer("police_boxes", GeometryType::Point, "Police boxes", "交番",
            {field("name", T::Text)}),
            model.policeBoxes, [](const PoliceBoxFeature &f, Geometry &g, std::vector<QVariant> &v) {
                g = Geometry::point(f.position);
                v[0] = f.name;
            }, counts); !s)
        return fail(s);

    report(98, QT_TRANSLATE_NOOP("CityGen", "write metadata"));
    const std::pair<const char *, QString> metadata[] = {
        {"twin.name", QStringLiteral("Tsukuba demo city")},
        {"twin.crs", QStringLiteral("EPSG:6677")},
        {"generator.seed", QString::number(options.seed)},
        {"generator.scale", QString::number(options.scale, 'g', 10)},
        {"generator.version", CityGenerator::version()},
        {"generator.real_data", options.realDataDirectory.isEmpty() ? QStringLiteral("none") : QStringLiteral("boundary,shelters,gauges,weather")},
    };
    for (const auto &[key, value] : metadata)
        if (auto s = twin.setMetadata(QString::fromLatin1(key), value); !s)
            return fail(s);
    if (auto s = twin.commit(); !s)
        return fail(s);
    return {};
}

} // namespace ct::citygen
