// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QTest>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

class TestStationCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsRiverGauges();
    void importsAmedasStations();
};

void TestStationCsvImporter::importsRiverGauges()
{
    CT_SHARED_DATA_OR_SKIP(path, "sensors/mlit_water_level_gauges_tsukuba_area.csv");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(formatName(report.format), QStringLiteral("mlit-gauge-csv"));
    QCOMPARE(report.encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(report.imported(), qint64(41));
    auto table = twin->read(QStringLiteral("sensor_sites"));
    QVERIFY(table.ok());
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    QCOMPARE(byId.size(), std::size_t(41));
    const std::size_t g = byId.at(QStringLiteral("mlit:1769"));
    QCOMPARE(t::value(*table, g, QStringLiteral("kind")).toString(), QStringLiteral("river_gauge"));
    QCOMPARE(t::value(*table, g, QStringLiteral("name")).toString(), QStringLiteral("土浦出張所"));
    QVERIFY(t::value(*table, g, QStringLiteral("river")).toString().startsWith(QStringLiteral("霞ヶ浦")));
    QCOMPARE(t::value(*table, g, QStringLiteral("catchment_km2")).toDouble(), 351.32);
    QVERIFY(t::distanceToSource(table->geometries[g].points()[0], 140.219, 36.075) < 1.0);
}

void TestStationCsvImporter::importsAmedasStations()
{
    CT_SHARED_DATA_OR_SKIP(path, "sensors/ibaraki_amedas_stations.csv");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(formatName(report.format), QStringLiteral("amedas-csv"));
    QCOMPARE(report.imported(), qint64(14));
    auto table = twin->read(QStringLiteral("sensor_sites"));
    QVERIFY(table.ok());
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    QVERIFY(byId.count(QStringLiteral("amedas:40336")));
    const std::size_t tateno = byId.at(QStringLiteral("amedas:40336"));
    QCOMPARE(t::value(*table, tateno, QStringLiteral("name")).toString(), QStringLiteral("つくば"));
    QCOMPARE(t::value(*table, tateno, QStringLiteral("kind")).toString(), QStringLiteral("weather"));
    QCOMPARE(t::value(*table, tateno, QStringLiteral("interval_s")).toInt(), 600);
    // 36.0567 N 140.125 E as published (36°03.4′ N): within 1 m after the round trip through EPSG:6677.
    const geo::Point p = table->geometries[tateno].points()[0];
    QVERIFY(t::distanceToSource(p, 140.125, 36.056666666666665) < 1.0);
    auto back = geo::CrsTransform::create(6677, 4326);
    geo::Point lonLat = p;
    QVERIFY(back->forward(lonLat));
    QVERIFY(std::abs(lonLat.y - 36.0567) < 0.0001);
    QVERIFY(std::abs(lonLat.x - 140.125) < 0.00001);
}

QTEST_GUILESS_MAIN(TestStationCsvImporter)
#include "tst_stationcsvimporter.moc"
