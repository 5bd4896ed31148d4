// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/citygen/citygenerator.h"
#include "ct/geo/crstransform.h"
#include "ct/geo/geometry.h"
#include "ct/store/twinstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>

#include <cmath>
#include <map>
#include <queue>

using namespace ct;
using citygen::CityGenerator;
using citygen::CityModel;
using citygen::GeneratorOptions;

class TestCityGenerator : public QObject
{
    Q_OBJECT

private:
    static CityModel buildModel(double scale, std::uint64_t seed = 1, const QString &realData = {})
    {
        GeneratorOptions options;
        options.scale = scale;
        options.seed = seed;
        options.realDataDirectory = realData;
        auto model = CityGenerator::build(options);
        if (!model)
            qFatal("build failed: %s", qPrintable(model.error().toString()));
        return std::move(model.value());
    }

    static geo::Geometry boundaryGeometry(const CityModel &model)
    {
        return geo::Geometry::multiPolygon(model.boundary.front().polygons);
    }

    static bool insideBoundary(const geo::Geometry &boundary, geo::Point p)
    {
        for (int part = 0; part < boundary.partCount(); ++part)
            if (geo::polygonContains(boundary, part, p))
                return true;
        return false;
    }

    static QString realDataDirectory()
    {
        return qEnvironmentVariable("CITYTWIN_SHARED_DATA");
    }

    /// Every layer of a twin, row by row: geometry and attributes.
    static std::map<QString, store::FeatureTable> readAll(const QString &path)
    {
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        if (!twin)
            qFatal("open failed: %s", qPrintable(twin.error().toString()));
        std::map<QString, store::FeatureTable> tables;
        for (const auto &name : CityGenerator::layerNames()) {
            auto table = twin.value()->read(name);
            if (!table)
                qFatal("read %s failed: %s", qPrintable(name), qPrintable(table.error().toString()));
            tables[name] = std::move(table.value());
        }
        return tables;
    }

    static bool sameTables(const store::FeatureTable &a, const store::FeatureTable &b, QString *why)
    {
        if (a.size() != b.size()) {
            *why = QStringLiteral("%1: %2 vs %3 rows").arg(a.layer).arg(a.size()).arg(b.size());
            return false;
        }
        if (a.columnNames != b.columnNames) {
            *why = a.layer + QStringLiteral(": columns differ");
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (a.fids[i] != b.fids[i] || !(a.geometries[i] == b.geometries[i])) {
                *why = QStringLiteral("%1: geometry of row %2 differs").arg(a.layer).arg(i);
                return false;
            }
            for (std::size_t c = 0; c < a.columns.size(); ++c)
                if (a.columns[c][i] != b.columns[c][i]) {
                    *why = QStringLiteral("%1: %2 of row %3 differs").arg(a.layer, a.columnNames[int(c)]).arg(i);
                    return false;
                }
        }
        return true;
    }

private slots:
    void sameSeedGivesIdenticalLayers()
    {
        QTemporaryDir dir;
        GeneratorOptions options;
        options.scale = 0.01;
        options.seed = 7;
        const QString first = dir.filePath(QStringLiteral("a.gpkg")), second = dir.filePath(QStringLiteral("b.gpkg")),
                      other = dir.filePath(QStringLiteral("c.gpkg"));
        QVERIFY(CityGenerator::generate(first, options));
        QVERIFY(CityGenerator::generate(second, options));
        options.seed = 8;
        QVERIFY(CityGenerator::generate(other, options));

        const auto a = readAll(first), b = readAll(second), c = readAll(other);
        QCOMPARE(a.size(), std::size_t(CityGenerator::layerNames().size()));
        for (const auto &[name, table] : a) {
            QString why;
            QVERIFY2(sameTables(table, b.at(name), &why), qPrintable(why));
        }
        // A different seed gives a different city (the outline and the streets move).
        QString why;
        QVERIFY(!sameTables(a.at(QStringLiteral("road_nodes")), c.at(QStringLiteral("road_nodes")), &why));
        QVERIFY(!sameTables(a.at(QStringLiteral("buildings")), c.at(QStringLiteral("buildings")), &why));
    }

    void twinHasMetadataAndOpensWithGdal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.gpkg"));
        GeneratorOptions options;
        options.scale = 0.01;
        options.seed = 3;
        auto report = CityGenerator::generate(path, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->layerCounts.size(), std::size_t(CityGenerator::layerNames().size()));

        {
            auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
            QVERIFY(twin);
            QCOMPARE(twin.value()->metadata(QStringLiteral("twin.crs")), QStringLiteral("EPSG:6677"));
            QCOMPARE(twin.value()->metadata(QStringLiteral("generator.seed")), QStringLiteral("3"));
            QCOMPARE(twin.value()->metadata(QStringLiteral("generator.scale")), QStringLiteral("0.01"));
            QCOMPARE(twin.value()->metadata(QStringLiteral("twin.name")), QStringLiteral("Tsukuba demo city"));
            for (const auto &info : twin.value()->layers()) {
                QCOMPARE(info.srsId, 6677);
                QVERIFY2(info.hasSpatialIndex, qPrintable(info.name));
            }
        }

        GDALAllRegister();
        GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        QStringList names;
        for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
            names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
        for (const auto &layer : CityGenerator::layerNames())
            QVERIFY2(names.contains(layer), qPrintable(layer));
        OGRLayerH buildings = GDALDatasetGetLayerByName(ds, "buildings");
        QCOMPARE(OGR_L_GetFeatureCount(buildings, 1), GIntBig(report->count(QStringLiteral("buildings"))));
        GDALClose(ds);

        // An existing file is refused.
        auto again = CityGenerator::generate(path, options);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, core::Error::Kind::Refused);
    }

    void countsScaleLinearly_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("0.01") << 0.01;
        QTest::newRow("0.05") << 0.05;
    }

    void countsScaleLinearly()
    {
        QFETCH(double, scale);
        const auto model = buildModel(scale);
        auto near = [&](double actual, double perScaleOne, double tolerance) {
            const double expected = perScaleOne * scale;
            return std::abs(actual - expected) <= tolerance * expected;
        };
        QVERIFY2(near(model.areaKm2, 283.72, 0.01), qPrintable(QString::number(model.areaKm2)));
        QVERIFY2(near(double(model.buildings.size()), 100000, 0.10), qPrintable(QString::number(model.buildings.size())));
        QVERIFY2(near(double(model.roadNodes.size()), 50000, 0.10), qPrintable(QString::number(model.roadNodes.size())));
        QVERIFY(model.roads.size() >= model.roadNodes.size() - 1);
        QCOMPARE(model.rivers.size(), std::size_t(2));
        QCOMPARE(model.hydrogenStations.size(), std::size_t(1));
        const double shelters = double(model.shelters.size());
        QVERIFY2(shelters >= 1 && std::abs(shelters - 125 * scale) <= std::max(3.0, 0.2 * 125 * scale), qPrintable(QString::number(shelters)));
        QVERIFY(!model.hospitals.empty());
        QVERIFY(!model.busStops.empty());
        QVERIFY(!model.busRoutes.empty());
        QVERIFY(!model.streetlights.empty());
        QVERIFY(!model.policeBoxes.empty());
        QVERIFY(!model.fuelCellBuses.empty());
        for (const auto &bus : model.fuelCellBuses)
            QVERIFY(bus.energyKwh <= 235.0 && bus.exportKw == 9.0);
        QStringList kinds;
        for (const auto &s : model.sensorSites)
            if (!kinds.contains(s.kind))
                kinds << s.kind;
        for (const char *kind : {"river_gauge", "weather", "air_quality", "people_flow", "traffic_counter", "energy_meter"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }

    void populationIsDistributedOverHomes_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("0.01") << 0.01;
        QTest::newRow("0.05") << 0.05;
    }

    void populationIsDistributedOverHomes()
    {
        QFETCH(double, scale);
        const auto model = buildModel(scale);
        const double expected = 256000.0 * scale;
        QVERIFY(std::abs(double(model.population()) - expected) <= 0.01 * expected);
        QStringList uses;
        for (const auto &b : model.buildings) {
            if (b.use != QLatin1String("residential"))
                QCOMPARE(b.residents, 0);
            QVERIFY(b.heightM > 0.0 && b.floors >= 1);
            if (!uses.contains(b.use))
                uses << b.use;
            if (b.use == QLatin1String("school") || b.use == QLatin1String("hospital"))
                QVERIFY(!b.name.isEmpty());
        }
        for (const char *use : {"residential", "commercial", "school", "hospital", "public"})
            QVERIFY2(uses.contains(QLatin1String(use)), use);
    }

    void roadNetworkIsConnected_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<std::uint64_t>("seed");
        QTest::newRow("0.01 seed 1") << 0.01 << std::uint64_t(1);
        QTest::newRow("0.05 seed 2") << 0.05 << std::uint64_t(2);
        QTest::newRow("0.2 seed 3") << 0.2 << std::uint64_t(3);
    }

    void roadNetworkIsConnected()
    {
        QFETCH(double, scale);
        QFETCH(std::uint64_t, seed);
        const auto model = buildModel(scale, seed);
        const std::size_t n = model.roadNodes.size();
        QVERIFY(n > 0);
        std::vector<std::vector<int>> adjacency(n);
        std::vector<int> degree(n, 0);
        int bridges = 0;
        for (const auto &road : model.roads) {
            QVERIFY(road.fromNode >= 1 && road.fromNode <= qint64(n));
            QVERIFY(road.toNode >= 1 && road.toNode <= qint64(n));
            // The line runs from its from-node to its to-node, and length_m is its length.
            QCOMPARE(road.points.front(), model.roadNodes[road.fromNode - 1].position);
            QCOMPARE(road.points.back(), model.roadNodes[road.toNode - 1].position);
            QVERIFY(std::abs(road.lengthM - geo::length(road.points)) < 1e-6);
            adjacency[road.fromNode - 1].push_back(int(road.toNode - 1));
            adjacency[road.toNode - 1].push_back(int(road.fromNode - 1));
            ++degree[road.fromNode - 1];
            ++degree[road.toNode - 1];
            bridges += road.bridge;
        }
        for (std::size_t i = 0; i < n; ++i) {
            QCOMPARE(model.roadNodes[i].id, qint64(i) + 1);
            QCOMPARE(model.roadNodes[i].degree, degree[i]);
        }
        std::vector<char> seen(n, 0);
        std::queue<int> queue;
        queue.push(0);
        seen[0] = 1;
        std::size_t reached = 1;
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop();
            for (const int w : adjacency[v])
                if (!seen[w]) {
                    seen[w] = 1;
                    ++reached;
                    queue.push(w);
                }
        }
        QCOMPARE(reached, n);
        QVERIFY2(bridges > 0, "rivers are crossed on bridges");
    }

    void roadsCrossRiversOnlyOnBridges()
    {
        const auto model = buildModel(0.05);
        for (const auto &road : model.roads) {
            if (road.bridge)
                continue;
            for (const auto &river : model.rivers)
                for (std::size_t k = 1; k < river.points.size(); ++k) {
                    const auto a = road.points.front(), b = road.points.back();
                    const auto c = river.points[k - 1], d = river.points[k];
                    auto orient = [](geo::Point p, geo::Point q, geo::Point r) {
                        return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
                    };
                    const bool crosses = orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
                    QVERIFY2(!crosses, qPrintable(QStringLiteral("road %1 crosses %2 without a bridge").arg(road.id).arg(river.name)));
                }
        }
    }

    void everythingIsInsideTheBoundary()
    {
        const auto model = buildModel(0.05, 5);
        const auto boundary = boundaryGeometry(model);
        for (const auto &b : model.buildings)
            for (const auto &p : b.footprint)
                QVERIFY2(insideBoundary(boundary, p), qPrintable(b.use));
        for (const auto &n : model.roadNodes)
            QVERIFY(insideBoundary(boundary, n.position));
        auto check = [&](const auto &features, const char *layer) {
            for (const auto &f : features)
                QVERIFY2(insideBoundary(boundary, f.position), layer);
        };
        check(model.shelters, "shelters");
        check(model.hospitals, "hospitals");
        check(model.schools, "schools");
        check(model.busStops, "bus_stops");
        check(model.sensorSites, "sensor_sites");
        check(model.streetlights, "streetlights");
        check(model.policeBoxes, "police_boxes");
        check(model.hydrogenStations, "hydrogen_stations");
        for (const auto &river : model.rivers)
            for (const auto &p : river.points)
                QVERIFY(insideBoundary(boundary, p));
    }

    void schoolDistrictsHoldTheirSchools()
    {
        const auto model = buildModel(0.2, 4);
        int elementary = 0;
        double districtArea = 0.0;
        for (const auto &school : model.schools) {
            if (school.kind != QLatin1String("elementary"))
                continue;
            ++elementary;
            bool found = false;
            for (const auto &district : model.schoolDistricts)
                if (district.schoolName == school.name) {
                    QVERIFY2(!found, "one district per school");
                    found = true;
                    const auto g = geo::Geometry::polygon(district.rings);
                    QVERIFY2(geo::polygonContains(g, 0, school.position), qPrintable(school.name));
                }
            QVERIFY2(found, qPrintable(school.name));
        }
        QCOMPARE(int(model.schoolDistricts.size()), elementary);
        for (const auto &district : model.schoolDistricts)
            districtArea += std::abs(geo::signedArea(district.rings.front()));
        // The districts tile the city (a little may be lost where a cell falls apart).
        QVERIFY2(std::abs(districtArea / 1e6 - model.areaKm2) < 0.03 * model.areaKm2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(districtArea / 1e6).arg(model.areaKm2)));
    }

    void hydrogenStationIsInKasugaAtScaleOne()
    {
        // Only the boundary stage depends on the scale for this; build a full city once anyway.
        const auto model = buildModel(1.0);
        QCOMPARE(model.hydrogenStations.size(), std::size_t(1));
        auto transform = geo::CrsTransform::create(4326, 6677);
        QVERIFY(transform);
        geo::Point kasuga{140.1125, 36.0855};
        QVERIFY(transform->forward(kasuga));
        const auto at = model.hydrogenStations.front().position;
        QVERIFY(std::hypot(at.x - kasuga.x, at.y - kasuga.y) < 1.0);
        QVERIFY(std::abs(double(model.population()) - 256000.0) < 1.0);
    }

    void realDataReplacesBoundarySheltersAndGauges()
    {
        const QString dir = realDataDirectory();
        if (dir.isEmpty() || !QDir(dir).exists())
            QSKIP("CITYTWIN_SHARED_DATA is not set or missing: the real Tsukuba data is not available");
        const auto model = buildModel(0.05, 1, dir);
        QVERIFY(model.realBoundary && model.realShelters && model.realSensors);
        QVERIFY2(std::abs(model.areaKm2 - 284.07) < 5.0, qPrintable(QString::number(model.areaKm2)));
        QVERIFY(model.shelters.size() >= 114);

        // 桜中学校 is in the GSI file at 140.129771 E, 36.098502 N.
        auto transform = geo::CrsTransform::create(4326, 6677);
        QVERIFY(transform);
        geo::Point sakura{140.129771, 36.098502};
        QVERIFY(transform->forward(sakura));
        bool found = false;
        for (const auto &s : model.shelters)
            if (s.name == QStringLiteral("桜中学校")) {
                found = true;
                QVERIFY(std::hypot(s.position.x - sakura.x, s.position.y - sakura.y) < 1.0);
                QCOMPARE(s.kind, QStringLiteral("school"));
                QVERIFY(s.capacity > 0);
                QVERIFY(s.sourceId.startsWith(QLatin1String("E08220")));
            }
        QVERIFY(found);
        // The emergency sites carry their hazard flags (茎崎運動公園: 地震 "1").
        bool flagged = false;
        for (const auto &s : model.shelters)
            flagged = flagged || (s.name == QStringLiteral("茎崎運動公園") && s.earthquake);
        QVERIFY(flagged);

        int gauges = 0;
        bool tateno = false;
        for (const auto &s : model.sensorSites) {
            gauges += s.kind == QLatin1String("river_gauge");
            tateno = tateno || (s.kind == QLatin1String("weather") && s.sourceId == QLatin1String("JMA-40336"));
        }
        QCOMPARE(gauges, 41);
        QVERIFY(tateno);

        // Generated things still fit inside the real outline.
        const auto boundary = boundaryGeometry(model);
        for (const auto &n : model.roadNodes)
            QVERIFY(insideBoundary(boundary, n.position));
        for (const auto &b : model.buildings)
            QVERIFY(insideBoundary(boundary, b.footprint.front()));
    }

    void missingRealFileIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("plateau")));
        GeneratorOptions options;
        options.scale = 0.01;
        options.realDataDirectory = dir.path();
        auto model = CityGenerator::build(options);
        QVERIFY(!model);
        QVERIFY2(model.error().toString().contains(QLatin1String("tsukuba_urban_planning_area.geojson")),
                 qPrintable(model.error().toString()));
    }

    void badScaleIsRefused()
    {
        GeneratorOptions options;
        options.scale = 0.0;
        QVERIFY(!CityGenerator::build(options));
        options.scale = -1.0;
        QVERIFY(!CityGenerator::build(options));
    }
};

QTEST_GUILESS_MAIN(TestCityGenerator)
#include "tst_citygenerator.moc"
