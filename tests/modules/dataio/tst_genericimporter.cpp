// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QFile>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

namespace {

//! Writes a small polygon layer with GDAL in `driver` format and `epsg` CRS.
bool writeWithGdal(const QString &path, const char *driver, int epsg)
{
    GDALAllRegister();
    GDALDriver *d = GetGDALDriverManager()->GetDriverByName(driver);
    if (!d)
        return false;
    GDALDataset *ds = d->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer("parcels", &srs, wkbPolygon, nullptr);
    OGRFieldDefn code("code", OFTString);
    OGRFieldDefn area("area_m2", OFTReal);
    layer->CreateField(&code);
    layer->CreateField(&area);
    // 50 m squares around (x, y) = (30000, 10000) in zone IX, or their WGS84 equivalents.
    auto toSource = geo::CrsTransform::create(6677, epsg);
    for (int i = 0; i < 3; ++i) {
        OGRFeature *f = OGRFeature::CreateFeature(layer->GetLayerDefn());
        f->SetField("code", QStringLiteral("P-%1").arg(i).toUtf8().constData());
        f->SetField("area_m2", 2500.0);
        auto *ring = new OGRLinearRing;
        const double x0 = 30000 + 100 * i;
        const double y0 = 10000;
        for (auto [dx, dy] : {std::pair{0, 0}, {50, 0}, {50, 50}, {0, 50}, {0, 0}}) {
            geo::Point p{x0 + dx, y0 + dy};
            toSource->forward(p);
            ring->addPoint(p.x, p.y);
        }
        OGRPolygon polygon;
        polygon.addRingDirectly(ring);
        f->SetGeometry(&polygon);
        layer->CreateFeature(f);
        OGRFeature::DestroyFeature(f);
    }
    GDALClose(ds);
    return true;
}

double areaOf(const geo::Geometry &g)
{
    return std::abs(geo::signedArea(g.ring(0)));
}

} // namespace

class TestGenericImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsGeoJson();
    void importsCsvWithJapaneseColumns();
    void importsCsvWithLatLon();
    void importsProjectedCsvWithOptions();
    void importsShapefileAndGeoPackage_data();
    void importsShapefileAndGeoPackage();
    void importsKml();
    void importsRealBoundaryGeoJson();
};

void TestGenericImporter::importsGeoJson()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(QStringLiteral("generic_points.geojson")));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layer(), QStringLiteral("bus_stops_sample"));
    QCOMPARE(report.imported(), qint64(3));
    auto info = twin->layer(QStringLiteral("bus_stops_sample"));
    QVERIFY(info.ok());
    QCOMPARE(info->geometryType, geo::GeometryType::MultiPoint); // Point and MultiPoint mixed → multi
    auto table = twin->read(QStringLiteral("bus_stops_sample"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(3));
    QVERIFY(table->columnIndex(QStringLiteral("stop_name")) >= 0);
    QVERIFY(table->columnIndex(QStringLiteral("routes")) >= 0);
    bool found = false;
    for (std::size_t i = 0; i < table->size(); ++i) {
        if (t::value(*table, i, QStringLiteral("stop_name")).toString() == QStringLiteral("つくばセンター")) {
            found = true;
            QCOMPARE(t::value(*table, i, QStringLiteral("routes")).toInt(), 12);
            QVERIFY(t::distanceToSource(table->geometries[i].points()[0], 140.1117, 36.0822) < 1.0);
        }
    }
    QVERIFY(found);
}

void TestGenericImporter::importsCsvWithJapaneseColumns()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    ImportOptions options;
    options.layer = QStringLiteral("stations");
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(QStringLiteral("generic_stations_ja.csv")), options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layer(), QStringLiteral("stations"));
    QCOMPARE(report.imported(), qint64(3));
    auto table = twin->read(QStringLiteral("stations"));
    QVERIFY(table.ok());
    // Japanese column names translated (the twin's columns are ASCII); coordinates live in the geometry.
    QVERIFY(table->columnIndex(QStringLiteral("name")) >= 0);
    QVERIFY(table->columnIndex(QStringLiteral("kind")) >= 0);
    QVERIFY(table->columnIndex(QStringLiteral("lat")) < 0);
    QCOMPARE(twin->layer(QStringLiteral("stations"))->featureCount, qint64(3));
    const auto byName = t::indexBy(table.value(), QStringLiteral("name"));
    QCOMPARE(t::value(*table, byName.at(QStringLiteral("つくば駅")), QStringLiteral("kind")).toString(), QStringLiteral("駅"));
    QVERIFY(t::distanceToSource(table->geometries[byName.at(QStringLiteral("つくば駅"))].points()[0], 140.1116, 36.0826) < 1.0);
}

void TestGenericImporter::importsCsvWithLatLon()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(QStringLiteral("generic_latlon.csv")));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layer(), QStringLiteral("generic_latlon"));
    auto table = twin->read(QStringLiteral("generic_latlon"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(2));
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    QVERIFY(byId.count(QStringLiteral("1")) && byId.count(QStringLiteral("2"))); // the id column is the stable id
    QCOMPARE(t::value(*table, byId.at(QStringLiteral("1")), QStringLiteral("value")).toDouble(), 12.5);
    QVERIFY(t::distanceToSource(table->geometries[byId.at(QStringLiteral("2"))].points()[0], 140.08, 36.05) < 1.0);
}

void TestGenericImporter::importsProjectedCsvWithOptions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metric.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,east,north\nA,30000.5,10000.25\nB,31000,11000\n");
    file.close();
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    ImportOptions options;
    options.lonField = QStringLiteral("east");
    options.latField = QStringLiteral("north");
    options.crs = QStringLiteral("EPSG:6677");
    options.idField = QStringLiteral("code");
    const ImportReport report = DataImporter(*twin).importFile(path, options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    auto table = twin->read(QStringLiteral("metric"));
    QVERIFY(table.ok());
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    const geo::Point a = table->geometries[byId.at(QStringLiteral("A"))].points()[0];
    QVERIFY(std::abs(a.x - 30000.5) < 1e-6 && std::abs(a.y - 10000.25) < 1e-6);
}

void TestGenericImporter::importsShapefileAndGeoPackage_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("epsg");
    QTest::newRow("shapefile-wgs84") << "ESRI Shapefile" << "parcels.shp" << 4326;
    QTest::newRow("shapefile-zone-ix") << "ESRI Shapefile" << "parcels.shp" << 6677;
    QTest::newRow("geopackage-jgd2011") << "GPKG" << "parcels.gpkg" << 6668;
}

void TestGenericImporter::importsShapefileAndGeoPackage()
{
    QFETCH(QString, driver);
    QFETCH(QString, file);
    QFETCH(int, epsg);
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QVERIFY(writeWithGdal(path, driver.toUtf8().constData(), epsg));
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.layer(), QStringLiteral("parcels"));
    QCOMPARE(report.imported(), qint64(3));
    auto table = twin->read(QStringLiteral("parcels"));
    QVERIFY(table.ok());
    for (std::size_t i = 0; i < table->size(); ++i) {
        QVERIFY2(std::abs(areaOf(table->geometries[i]) - 2500.0) < 1.0, qPrintable(QString::number(areaOf(table->geometries[i]))));
        QCOMPARE(t::value(*table, i, QStringLiteral("area_m2")).toDouble(), 2500.0);
    }
    const auto byCode = t::indexBy(table.value(), QStringLiteral("code"));
    const geo::Point corner = table->geometries[byCode.at(QStringLiteral("P-1"))].ring(0)[0];
    QVERIFY(std::abs(corner.x - 30100.0) < 0.01 && std::abs(corner.y - 10000.0) < 0.01);
}

void TestGenericImporter::importsKml()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    ImportOptions options;
    options.layer = QStringLiteral("places");
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(QStringLiteral("generic_places.kml")), options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    auto table = twin->read(QStringLiteral("places"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(2));
    const auto byName = t::indexBy(table.value(), QStringLiteral("name"));
    QVERIFY(byName.count(QStringLiteral("筑波山")));
    QVERIFY(t::distanceToSource(table->geometries[byName.at(QStringLiteral("筑波山"))].points()[0], 140.1, 36.2253) < 1.0);
}

void TestGenericImporter::importsRealBoundaryGeoJson()
{
    CT_SHARED_DATA_OR_SKIP(path, "plateau/tsukuba_urban_planning_area.geojson");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    auto table = twin->read(report.layer());
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(1));
    QCOMPARE(t::value(*table, 0, QStringLiteral("name")).toString(), QStringLiteral("研究学園都市計画区域"));
    double area = 0;
    const geo::Geometry &g = table->geometries[0];
    for (int part = 0; part < g.partCount(); ++part)
        area += std::abs(geo::signedArea(g.ring(g.firstRingOfPart(part))));
    QVERIFY2(std::abs(area / 10000.0 - 28407.0) / 28407.0 < 0.02, qPrintable(QString::number(area / 10000.0)));
}

QTEST_GUILESS_MAIN(TestGenericImporter)
#include "tst_genericimporter.moc"
