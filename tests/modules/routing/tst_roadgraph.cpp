// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The road graph read from a generated twin: directed edges per one-way/two-way road and mode,
// node ids, times, capacities, nearestNode, snapping of roads without node ids, shelters.
#include "ct/citygen/citygenerator.h"
#include "ct/routing/closures.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/roadgraph.h"
#include "ct/routing/sheltersite.h"
#include "ct/store/twinstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace ct::routing;
using ct::store::TwinStore;

class TestRoadGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("twin.gpkg"));
        ct::citygen::GeneratorOptions options;
        options.scale = 0.02;
        auto report = ct::citygen::CityGenerator::generate(m_path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        auto twin = TwinStore::open(m_path, TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        m_twin = std::move(twin.value());
    }

    void edgesPerRoad_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("car") << int(Mode::Car);
        QTest::newRow("walk") << int(Mode::Walk);
    }
    void edgesPerRoad()
    {
        QFETCH(int, mode);
        auto graph = RoadGraph::fromTwin(*m_twin, Mode(mode));
        QVERIFY(graph.ok());
        auto roads = m_twin->read(QStringLiteral("roads"));
        QVERIFY(roads.ok());
        const auto &t = roads.value();
        auto col = [&t](const char *name) { return int(t.columnNames.indexOf(QString::fromLatin1(name))); };
        const int idC = col("road_id"), onewayC = col("oneway"), fromC = col("from_node"), toC = col("to_node");
        const int lengthC = col("length_m"), speedC = col("speed_kmh"), lanesC = col("lanes"), classC = col("road_class");
        int expected = 0, onewayRoads = 0;
        for (std::size_t i = 0; i < t.fids.size(); ++i) {
            const bool oneway = t.columns[std::size_t(onewayC)][i].toBool();
            onewayRoads += oneway;
            const int directions = (oneway && Mode(mode) == Mode::Car) ? 1 : 2;
            expected += directions;
            const qint64 id = t.columns[std::size_t(idC)][i].toLongLong();
            const auto edges = graph->edgesOfRoad(id);
            QCOMPARE(int(edges.size()), directions);
            const qint64 from = t.columns[std::size_t(fromC)][i].toLongLong(), to = t.columns[std::size_t(toC)][i].toLongLong();
            bool forwardSeen = false;
            for (int e : edges) {
                const qint64 tail = graph->twinNodeId(graph->edgeTail(e)), head = graph->twinNodeId(graph->edgeHead(e));
                QVERIFY((tail == from && head == to) || (tail == to && head == from));
                forwardSeen |= tail == from;
                const double length = t.columns[std::size_t(lengthC)][i].toDouble();
                QCOMPARE(graph->edgeLength(e), length);
                const double expectedSeconds = Mode(mode) == Mode::Car ? length / (t.columns[std::size_t(speedC)][i].toDouble() / 3.6)
                                                                       : length / kWalkSpeedMps;
                QVERIFY(std::abs(graph->edgeSeconds(e) - expectedSeconds) < 1e-9);
                const int lanes = t.columns[std::size_t(lanesC)][i].toInt();
                const int perDirection = oneway ? std::max(1, lanes) : std::max(1, lanes / 2);
                QCOMPARE(graph->edgeLanes(e), perDirection);
                const RoadClass roadClass = roadClassFromName(t.columns[std::size_t(classC)][i].toString());
                QVERIFY(roadClass != RoadClass::Other);
                QCOMPARE(graph->edgeCapacity(e), perDirection * laneCapacityVehPerHour(roadClass));
            }
            QVERIFY(forwardSeen); // a one-way road runs from_node → to_node
        }
        QVERIFY(onewayRoads > 0);
        QCOMPARE(graph->edgeCount(), expected);
        // every node of road_nodes is in the graph under its node_id
        auto nodes = m_twin->read(QStringLiteral("road_nodes"), {QStringLiteral("node_id")});
        QVERIFY(nodes.ok());
        QCOMPARE(graph->nodeCount(), int(nodes->fids.size()));
        for (std::size_t i = 0; i < nodes->fids.size(); ++i) {
            const int v = graph->nodeOfTwinId(nodes->columns[0][i].toLongLong());
            QVERIFY(v >= 0);
            QCOMPARE(graph->position(v), nodes->geometries[i].points()[0]);
        }
        // CSR: outgoing edges of v have tail v, incoming head v
        for (int v = 0; v < graph->nodeCount(); ++v) {
            for (int e = graph->firstOut(v); e < graph->firstOut(v + 1); ++e)
                QCOMPARE(graph->edgeTail(e), v);
            for (int e : graph->incomingEdges(v))
                QCOMPARE(graph->edgeHead(e), v);
        }
    }

    void nearestNodeMatchesBruteForce()
    {
        auto graph = RoadGraph::fromTwin(*m_twin, Mode::Car);
        QVERIFY(graph.ok());
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (int v = 0; v < graph->nodeCount(); ++v) {
            x0 = std::min(x0, graph->position(v).x);
            x1 = std::max(x1, graph->position(v).x);
            y0 = std::min(y0, graph->position(v).y);
            y1 = std::max(y1, graph->position(v).y);
        }
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> ux(x0 - 2000.0, x1 + 2000.0), uy(y0 - 2000.0, y1 + 2000.0);
        for (int q = 0; q < 300; ++q) {
            const ct::geo::Point p{ux(rng), uy(rng)};
            double best = std::numeric_limits<double>::infinity();
            for (int v = 0; v < graph->nodeCount(); ++v)
                best = std::min(best, std::hypot(graph->position(v).x - p.x, graph->position(v).y - p.y));
            const int found = graph->nearestNode(p);
            QVERIFY(found >= 0);
            QCOMPARE(std::hypot(graph->position(found).x - p.x, graph->position(found).y - p.y), best);
        }
        // a node's own position finds it
        QCOMPARE(graph->nearestNode(graph->position(17)), 17);
    }

    void roadsWithoutNodeIdsAreSnapped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("osm.gpkg"));
        auto created = TwinStore::create(path);
        QVERIFY(created.ok());
        auto &twin = *created.value();
        using T = ct::store::FieldDefinition::Type;
        ct::store::LayerDefinition roads;
        roads.name = QStringLiteral("roads");
        roads.geometryType = ct::geo::GeometryType::LineString;
        roads.fields = {{QStringLiteral("road_id"), T::Integer}, {QStringLiteral("speed_kmh"), T::Real},
                        {QStringLiteral("oneway"), T::Boolean}, {QStringLiteral("road_class"), T::Text}};
        QVERIFY(twin.createLayer(roads).ok());
        QVERIFY(twin.begin().ok());
        {
            auto writer = twin.writer(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("speed_kmh"),
                                                               QStringLiteral("oneway"), QStringLiteral("road_class")});
            QVERIFY(writer.ok());
            // a T: 0 — 1 — 2 along x, and 1 — 3 north with a bend; ends meet at identical coordinates
            QVERIFY(writer->insert(ct::geo::Geometry::lineString({{0, 0}, {100, 0}}), {101, 36.0, false, QStringLiteral("primary")}).ok());
            QVERIFY(writer->insert(ct::geo::Geometry::lineString({{100, 0}, {200, 0}}), {102, 36.0, true, QStringLiteral("primary")}).ok());
            QVERIFY(writer->insert(ct::geo::Geometry::lineString({{100, 0}, {100, 50}, {150, 100}}), {103, 36.0, false, QStringLiteral("service")}).ok());
            QVERIFY(writer->finish().ok());
        }
        QVERIFY(twin.commit().ok());
        auto graph = RoadGraph::fromTwin(twin, Mode::Car);
        QVERIFY2(graph.ok(), graph.ok() ? "" : qPrintable(graph.error().toString()));
        QCOMPARE(graph->nodeCount(), 4);
        QCOMPARE(graph->edgeCount(), 5);
        const int centre = graph->nearestNode({100, 0});
        QCOMPARE(graph->firstOut(centre + 1) - graph->firstOut(centre), 3);
        QVERIFY(graph->twinNodeId(centre) < 0); // synthetic id: the twin has no road_nodes
        const auto bend = graph->edgesOfRoad(103);
        QCOMPARE(bend.size(), std::size_t(2));
        const auto shape = graph->edgeGeometry(bend[0]);
        QCOMPARE(shape.size(), std::size_t(3));
        QCOMPARE(shape.front(), graph->position(graph->edgeTail(bend[0])));
        QCOMPARE(shape.back(), graph->position(graph->edgeHead(bend[0])));
        QVERIFY(std::abs(graph->edgeLength(bend[0]) - (50.0 + std::hypot(50.0, 50.0))) < 1e-9);
        QCOMPARE(graph->edgeCapacity(graph->edgesOfRoad(102)[0]), 1600.0); // one lane (no lanes column)
    }

    void textIdsFromImportedLayersAreKept()
    {
        // Imported layers keep their ids as text ("osm:way/…" or digits): the graph must keep
        // them apart, not read them all as 0.
        QTemporaryDir dir;
        auto created = TwinStore::create(dir.filePath(QStringLiteral("imported.gpkg")));
        QVERIFY(created.ok());
        auto &twin = *created.value();
        using T = ct::store::FieldDefinition::Type;
        ct::store::LayerDefinition nodes{QStringLiteral("road_nodes"), ct::geo::GeometryType::Point, 6677, {}, {},
                                         {{QStringLiteral("node_id"), T::Text}}, {}};
        ct::store::LayerDefinition roads{QStringLiteral("roads"), ct::geo::GeometryType::LineString, 6677, {}, {},
                                         {{QStringLiteral("road_id"), T::Text}, {QStringLiteral("from_node"), T::Text},
                                          {QStringLiteral("to_node"), T::Text}, {QStringLiteral("speed_kmh"), T::Real}},
                                         {}};
        QVERIFY(twin.createLayer(nodes).ok());
        QVERIFY(twin.createLayer(roads).ok());
        QVERIFY(twin.begin().ok());
        {
            auto n = twin.writer(QStringLiteral("road_nodes"), {QStringLiteral("node_id")});
            QVERIFY(n->insert(ct::geo::Geometry::point({0, 0}), {QStringLiteral("osm:node/1")}).ok());
            QVERIFY(n->insert(ct::geo::Geometry::point({100, 0}), {QStringLiteral("osm:node/2")}).ok());
            QVERIFY(n->insert(ct::geo::Geometry::point({100, 100}), {QStringLiteral("77")}).ok());
            QVERIFY(n->finish().ok());
            auto r = twin.writer(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("from_node"),
                                                           QStringLiteral("to_node"), QStringLiteral("speed_kmh")});
            QVERIFY(r->insert(ct::geo::Geometry::lineString({{0, 0}, {100, 0}}),
                              {QStringLiteral("osm:way/5"), QStringLiteral("osm:node/1"), QStringLiteral("osm:node/2"), 36.0}).ok());
            QVERIFY(r->insert(ct::geo::Geometry::lineString({{100, 0}, {100, 100}}),
                              {QStringLiteral("12"), QStringLiteral("osm:node/2"), QStringLiteral("77"), 36.0}).ok());
            QVERIFY(r->finish().ok());
        }
        QVERIFY(twin.commit().ok());
        auto graph = RoadGraph::fromTwin(twin, Mode::Car);
        QVERIFY2(graph.ok(), graph.ok() ? "" : qPrintable(graph.error().toString()));
        QCOMPARE(graph->nodeCount(), 3);
        QCOMPARE(graph->edgeCount(), 4);
        QCOMPARE(graph->edgesOfRoad(12).size(), std::size_t(2)); // a numeric text id is that number
        QCOMPARE(graph->twinNodeId(graph->nearestNode({100, 100})), 77);
        const int a = graph->nearestNode({0, 0});
        const int c = graph->nearestNode({100, 100});
        QVERIFY(graph->twinNodeId(a) != graph->twinNodeId(graph->nearestNode({100, 0})));
        ct::routing::Dijkstra dijkstra(*graph);
        const auto route = dijkstra.route(a, c, ct::routing::Closures(*graph));
        QVERIFY(route.reachable);
        QCOMPARE(route.edges.size(), std::size_t(2));
    }

    void sheltersByHazard_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("all") << QString();
        QTest::newRow("flood") << QStringLiteral("flood");
        QTest::newRow("earthquake") << QStringLiteral("earthquake");
    }
    void sheltersByHazard()
    {
        QFETCH(QString, column);
        auto graph = RoadGraph::fromTwin(*m_twin, Mode::Walk);
        QVERIFY(graph.ok());
        auto sites = suitableShelters(*m_twin, graph.value(), column);
        QVERIFY(sites.ok());
        auto all = m_twin->read(QStringLiteral("shelters"));
        QVERIFY(all.ok());
        int expected = 0;
        const int c = column.isEmpty() ? -1 : int(all->columnNames.indexOf(column));
        for (std::size_t i = 0; i < all->fids.size(); ++i)
            expected += c < 0 || all->columns[std::size_t(c)][i].toBool();
        QCOMPARE(int(sites->size()), expected);
        for (const auto &site : sites.value())
            QCOMPARE(site.node, graph->nearestNode(site.position));
        QCOMPARE(shelterNodes(sites.value()).size(), sites->size());
        QVERIFY(!suitableShelters(*m_twin, graph.value(), QStringLiteral("meteor")).ok());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TwinStore> m_twin;
};

QTEST_GUILESS_MAIN(TestRoadGraph)
#include "tst_roadgraph.moc"
