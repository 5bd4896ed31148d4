// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A small hand-made twin for the simulation tests: a grid of two-way roads, shelters on grid
// nodes with capacities and hazard flags, and residential buildings with residents. Road and node
// ids are INTEGER columns, as the city generator writes them.

#include "ct/store/twinstore.h"

#include <QString>
#include <QTest>

#include <memory>
#include <vector>

namespace ct::sim::test {

struct GridShelter
{
    int column = 0;
    int row = 0;
    int capacity = 100;
    bool flood = true;
    bool earthquake = true;
    QString sourceId;
};

struct GridHome
{
    int column = 0;
    int row = 0;
    int residents = 10;
};

struct GridTwin
{
    int columns = 5;
    int rows = 5;
    double spacing = 100.0;            //!< metres between nodes
    std::vector<GridShelter> shelters;
    std::vector<GridHome> homes;
    bool withRoads = true;
    //! Bus stops (column, row) written as a `bus_stops` layer; no layer when empty.
    std::vector<std::pair<int, int>> busStops;
    //! Sideways offset (m, +y) of a middle vertex on every horizontal road: bent roads whose
    //! polyline leaves the straight chord between their nodes (length_m stays `spacing`).
    double bend = 0.0;

    //! Node id of (column, row), 1-based.
    qint64 nodeId(int column, int row) const { return qint64(row) * columns + column + 1; }
    //! Road id of the horizontal road from (c, r) to (c + 1, r).
    qint64 horizontalRoad(int column, int row) const { return 1000 + qint64(row) * columns + column; }
    //! Road id of the vertical road from (c, r) to (c, r + 1).
    qint64 verticalRoad(int column, int row) const { return 5000 + qint64(row) * columns + column; }
    geo::Point position(int column, int row) const { return {-5000.0 + column * spacing, 10000.0 + row * spacing}; }

    std::unique_ptr<store::TwinStore> write(const QString &path) const
    {
        using Type = store::FieldDefinition::Type;
        auto created = store::TwinStore::create(path);
        if (!created)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.error().toString()));
        auto twin = std::move(created.value());
        auto fail = [](const core::Status &s) {
            if (!s)
                qFatal("test twin: %s", qPrintable(s.error().toString()));
        };
        store::Transaction tx(*twin);
        if (withRoads) {
            store::LayerDefinition roads;
            roads.name = QStringLiteral("roads");
            roads.geometryType = geo::GeometryType::LineString;
            roads.fields = {{QStringLiteral("road_id"), Type::Integer}, {QStringLiteral("road_class"), Type::Text},
                            {QStringLiteral("lanes"), Type::Integer}, {QStringLiteral("speed_kmh"), Type::Real},
                            {QStringLiteral("oneway"), Type::Boolean}, {QStringLiteral("length_m"), Type::Real},
                            {QStringLiteral("from_node"), Type::Integer}, {QStringLiteral("to_node"), Type::Integer},
                            {QStringLiteral("bridge"), Type::Boolean}, {QStringLiteral("name"), Type::Text}};
            fail(twin->createLayer(roads));
            store::LayerDefinition nodes;
            nodes.name = QStringLiteral("road_nodes");
            nodes.geometryType = geo::GeometryType::Point;
            nodes.fields = {{QStringLiteral("node_id"), Type::Integer}, {QStringLiteral("degree"), Type::Integer}};
            fail(twin->createLayer(nodes));
            auto nodeWriter = twin->writer(QStringLiteral("road_nodes"), {QStringLiteral("node_id"), QStringLiteral("degree")});
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c)
                    (void)nodeWriter->insert(geo::Geometry::point(position(c, r)), {nodeId(c, r), 4});
            }
            fail(nodeWriter->finish());
            auto roadWriter = twin->writer(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("road_class"),
                                                                     QStringLiteral("lanes"), QStringLiteral("speed_kmh"),
                                                                     QStringLiteral("oneway"), QStringLiteral("length_m"),
                                                                     QStringLiteral("from_node"), QStringLiteral("to_node"),
                                                                     QStringLiteral("bridge"), QStringLiteral("name")});
            auto road = [&](qint64 id, int c0, int r0, int c1, int r1) {
                const geo::Point a = position(c0, r0), b = position(c1, r1);
                std::vector<geo::Point> line{a, b};
                if (bend != 0.0 && r0 == r1)
                    line.insert(line.begin() + 1, geo::Point{(a.x + b.x) / 2, a.y + bend});
                (void)roadWriter->insert(geo::Geometry::lineString(line),
                                         {id, QStringLiteral("residential"), 2, 36.0, false, spacing, nodeId(c0, r0),
                                          nodeId(c1, r1), false, QString()});
            };
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c) {
                    if (c + 1 < columns)
                        road(horizontalRoad(c, r), c, r, c + 1, r);
                    if (r + 1 < rows)
                        road(verticalRoad(c, r), c, r, c, r + 1);
                }
            }
            fail(roadWriter->finish());
        }
        store::LayerDefinition shelterLayer;
        shelterLayer.name = QStringLiteral("shelters");
        shelterLayer.geometryType = geo::GeometryType::Point;
        shelterLayer.fields = {{QStringLiteral("source_id"), Type::Text}, {QStringLiteral("name"), Type::Text},
                               {QStringLiteral("capacity"), Type::Integer}, {QStringLiteral("flood"), Type::Boolean},
                               {QStringLiteral("earthquake"), Type::Boolean}};
        fail(twin->createLayer(shelterLayer));
        auto shelterWriter = twin->writer(QStringLiteral("shelters"), {QStringLiteral("source_id"), QStringLiteral("name"),
                                                                       QStringLiteral("capacity"), QStringLiteral("flood"),
                                                                       QStringLiteral("earthquake")});
        for (std::size_t i = 0; i < shelters.size(); ++i) {
            const auto &s = shelters[i];
            const QString id = s.sourceId.isEmpty() ? QStringLiteral("S%1").arg(i + 1) : s.sourceId;
            (void)shelterWriter->insert(geo::Geometry::point(position(s.column, s.row)),
                                        {id, QStringLiteral("shelter %1").arg(i + 1), s.capacity, s.flood, s.earthquake});
        }
        fail(shelterWriter->finish());
        if (!busStops.empty()) {
            store::LayerDefinition stops;
            stops.name = QStringLiteral("bus_stops");
            stops.geometryType = geo::GeometryType::Point;
            stops.fields = {{QStringLiteral("stop_id"), Type::Text}, {QStringLiteral("name"), Type::Text}};
            fail(twin->createLayer(stops));
            auto stopWriter = twin->writer(QStringLiteral("bus_stops"), {QStringLiteral("stop_id"), QStringLiteral("name")});
            for (std::size_t i = 0; i < busStops.size(); ++i) {
                // A few metres off the node, as a stop stands beside the road.
                const geo::Point p = position(busStops[i].first, busStops[i].second);
                (void)stopWriter->insert(geo::Geometry::point({p.x + 3, p.y + 3}),
                                         {QStringLiteral("B%1").arg(i + 1), QStringLiteral("stop %1").arg(i + 1)});
            }
            fail(stopWriter->finish());
        }
        store::LayerDefinition buildings;
        buildings.name = QStringLiteral("buildings");
        buildings.geometryType = geo::GeometryType::Polygon;
        buildings.fields = {{QStringLiteral("residents"), Type::Integer}};
        fail(twin->createLayer(buildings));
        auto buildingWriter = twin->writer(QStringLiteral("buildings"), {QStringLiteral("residents")});
        for (const auto &h : homes) {
            const geo::Point p = position(h.column, h.row);
            const double d = 5.0;
            (void)buildingWriter->insert(geo::Geometry::polygon({{{p.x + 10, p.y + 10}, {p.x + 10 + d, p.y + 10},
                                                                   {p.x + 10 + d, p.y + 10 + d}, {p.x + 10, p.y + 10 + d},
                                                                   {p.x + 10, p.y + 10}}}),
                                         {h.residents});
        }
        fail(buildingWriter->finish());
        fail(tx.commit());
        return twin;
    }
};

} // namespace ct::sim::test
