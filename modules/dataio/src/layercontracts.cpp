// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/layercontracts.h"

namespace ct::dataio::contracts {

using Type = store::FieldDefinition::Type;
using geo::GeometryType;

namespace {

store::LayerDefinition make(const char *name, GeometryType type, const char *title,
                            std::initializer_list<store::FieldDefinition> fields, const char *stableId = "source_id")
{
    store::LayerDefinition d;
    d.name = QString::fromLatin1(name);
    d.geometryType = type;
    d.title = QString::fromLatin1(title);
    d.fields = fields;
    d.stableIdField = QString::fromLatin1(stableId);
    return d;
}

store::FieldDefinition f(const char *name, Type type)
{
    return store::FieldDefinition{QString::fromLatin1(name), type, false};
}

} // namespace

store::LayerDefinition shelters()
{
    return make("shelters", GeometryType::Point, "Shelters",
                {f("source_id", Type::Text), f("name", Type::Text), f("name_en", Type::Text), f("kind", Type::Text),
                 f("capacity", Type::Integer), f("address", Type::Text), f("flood", Type::Boolean),
                 f("landslide", Type::Boolean), f("earthquake", Type::Boolean), f("fire", Type::Boolean),
                 f("inland_flood", Type::Boolean)});
}

store::LayerDefinition buildings()
{
    return make("buildings", GeometryType::Polygon, "Buildings",
                {f("source_id", Type::Text), f("use", Type::Text), f("height_m", Type::Real), f("floors", Type::Integer),
                 f("residents", Type::Integer), f("name", Type::Text)});
}

store::LayerDefinition roads()
{
    return make("roads", GeometryType::LineString, "Roads",
                {f("road_id", Type::Text), f("road_class", Type::Text), f("lanes", Type::Integer),
                 f("speed_kmh", Type::Real), f("oneway", Type::Boolean), f("length_m", Type::Real),
                 f("from_node", Type::Text), f("to_node", Type::Text), f("bridge", Type::Boolean), f("name", Type::Text)},
                "road_id");
}

store::LayerDefinition roadNodes()
{
    return make("road_nodes", GeometryType::Point, "Road nodes",
                {f("node_id", Type::Text), f("degree", Type::Integer)}, "node_id");
}

store::LayerDefinition boundary()
{
    return make("boundary", GeometryType::MultiPolygon, "City boundary",
                {f("source_id", Type::Text), f("name", Type::Text)});
}

store::LayerDefinition sensorSites()
{
    return make("sensor_sites", GeometryType::Point, "Sensor sites",
                {f("source_id", Type::Text), f("name", Type::Text), f("kind", Type::Text), f("unit", Type::Text),
                 f("interval_s", Type::Integer), f("catchment_km2", Type::Real), f("river", Type::Text)});
}

store::LayerDefinition roadAreas()
{
    return make("road_areas", GeometryType::MultiPolygon, "Road surfaces",
                {f("source_id", Type::Text), f("road_class", Type::Text), f("function", Type::Text),
                 f("name", Type::Text)});
}

store::LayerDefinition amenities()
{
    return make("amenities", GeometryType::Point, "Amenities",
                {f("source_id", Type::Text), f("amenity", Type::Text), f("name", Type::Text)});
}

} // namespace ct::dataio::contracts
