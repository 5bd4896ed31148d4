// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QTest>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

namespace {

double areaOf(const geo::Geometry &g)
{
    double area = 0.0;
    for (int part = 0; part < g.partCount(); ++part) {
        for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r) {
            const double a = std::abs(geo::signedArea(g.ring(r)));
            area += r == g.firstRingOfPart(part) ? a : -a;
        }
    }
    return area;
}

//! True when every point lies in the part of zone IX that is Tsukuba (about 35.9–36.3 N, 139.95–140.2 E).
bool inTsukuba(const geo::Geometry &g)
{
    auto back = geo::CrsTransform::create(6677, 4326);
    for (geo::Point p : g.points()) {
        if (!back->forward(p) || p.y < 35.9 || p.y > 36.3 || p.x < 139.95 || p.x > 140.2)
            return false;
    }
    return true;
}

} // namespace

class TestPlateauImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsUrbanPlanningAreaAsBoundary();
    void importsRoadSurfaces();
    void importsBuildingsAndOtherTypes();
};

void TestPlateauImporter::importsUrbanPlanningAreaAsBoundary()
{
    CT_SHARED_DATA_OR_SKIP(path, "plateau/544010_urf_6697_05_op.gml");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layer(), QStringLiteral("boundary"));
    QCOMPARE(report.imported(), qint64(1));
    auto table = twin->read(QStringLiteral("boundary"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(1));
    QCOMPARE(t::value(*table, 0, QStringLiteral("name")).toString(), QStringLiteral("研究学園都市計画区域"));
    QCOMPARE(t::value(*table, 0, QStringLiteral("source_id")).toString(), QStringLiteral("urf_58ab8da8-4d19-4d34-92fc-dc1142f59219"));
    // Latitude-first source axes handled: the polygon lands on Tsukuba, and its area in EPSG:6677
    // matches the nominal 28,407 ha within 2 %.
    QVERIFY(inTsukuba(table->geometries[0]));
    const double hectares = areaOf(table->geometries[0]) / 10000.0;
    QVERIFY2(std::abs(hectares - 28407.0) / 28407.0 < 0.02, qPrintable(QString::number(hectares)));
    // No .gfs side file written next to the (read-only) source.
    QVERIFY(!QFileInfo::exists(QString(path).replace(QLatin1String(".gml"), QLatin1String(".gfs"))));
}

void TestPlateauImporter::importsRoadSurfaces()
{
    CT_SHARED_DATA_OR_SKIP(path, "plateau/54401008_tran_6697_op.gml");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layer(), QStringLiteral("road_areas"));
    QCOMPARE(report.imported(), qint64(253)); // every tran:Road, including those whose LOD1 follows LOD3 traffic areas
    auto table = twin->read(QStringLiteral("road_areas"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(253));
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    QVERIFY(byId.count(QStringLiteral("tran_f3bcc49b-555c-4a8d-9541-b760a202be41")));
    QCOMPARE(t::value(*table, byId.at(QStringLiteral("tran_f3bcc49b-555c-4a8d-9541-b760a202be41")), QStringLiteral("road_class")).toString(),
             QStringLiteral("1040"));
    double total = 0.0;
    for (const auto &g : table->geometries) {
        QVERIFY(inTsukuba(g));
        total += areaOf(g);
    }
    QVERIFY(total > 10000.0); // road surfaces of a 1 km² centre: well over a hectare
}

void TestPlateauImporter::importsBuildingsAndOtherTypes()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(QStringLiteral("plateau_bldg_small.gml")));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layers.size(), std::size_t(2));
    auto buildings = twin->read(QStringLiteral("buildings"));
    QVERIFY(buildings.ok());
    QCOMPARE(buildings->size(), std::size_t(2));
    const auto byId = t::indexBy(buildings.value(), QStringLiteral("source_id"));
    const std::size_t hall = byId.at(QStringLiteral("bldg_test-0001"));
    QCOMPARE(t::value(*buildings, hall, QStringLiteral("height_m")).toDouble(), 12.5);
    QCOMPARE(t::value(*buildings, hall, QStringLiteral("floors")).toInt(), 3);
    QCOMPARE(t::value(*buildings, hall, QStringLiteral("use")).toString(), QStringLiteral("411"));
    const geo::Geometry &footprint = buildings->geometries[hall];
    QCOMPARE(footprint.type(), geo::GeometryType::Polygon);
    // 0.0002° × 0.0003° at 36° N ≈ 22.2 m × 27.0 m ≈ 600 m²: the floor, not a wall.
    const double area = areaOf(footprint);
    QVERIFY2(area > 550 && area < 650, qPrintable(QString::number(area)));
    QVERIFY(inTsukuba(footprint));

    auto landUse = twin->read(QStringLiteral("plateau_landuse"));
    QVERIFY2(landUse.ok(), "other feature types go to a generic plateau_<type> layer");
    QCOMPARE(landUse->size(), std::size_t(1));
    QCOMPARE(t::value(*landUse, 0, QStringLiteral("source_id")).toString(), QStringLiteral("luse_test-0001"));
    QCOMPARE(t::value(*landUse, 0, QStringLiteral("class")).toString(), QStringLiteral("201"));
}

QTEST_GUILESS_MAIN(TestPlateauImporter)
#include "tst_plateauimporter.moc"
