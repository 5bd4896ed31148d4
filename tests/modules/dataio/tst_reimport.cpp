// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QTest>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

class TestReimport : public QObject
{
    Q_OBJECT

private slots:
    void updatesInsteadOfDuplicating_data();
    void updatesInsteadOfDuplicating();
};

void TestReimport::updatesInsteadOfDuplicating_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<qint64>("count");
    QTest::newRow("national-csv") << t::fixture(QStringLiteral("national_shelters_sjis.csv")) << "shelters" << qint64(3);
    QTest::newRow("plateau-bldg") << t::fixture(QStringLiteral("plateau_bldg_small.gml")) << "buildings" << qint64(2);
    QTest::newRow("osm") << t::fixture(QStringLiteral("osm_grid.osm")) << "roads" << qint64(12);
    QTest::newRow("osm-pbf") << t::fixture(QStringLiteral("osm_grid.osm.pbf")) << "road_nodes" << qint64(9);
    QTest::newRow("generic-kml-hash-id") << t::fixture(QStringLiteral("generic_places.kml")) << "places" << qint64(2);
    QTest::newRow("generic-csv-id") << t::fixture(QStringLiteral("generic_latlon.csv")) << "generic_latlon" << qint64(2);
    QTest::newRow("gsi-real") << t::sharedData(QStringLiteral("shelters/tsukuba_evacuation_082201.geojson")) << "shelters" << qint64(114);
    QTest::newRow("tran-real") << t::sharedData(QStringLiteral("plateau/54401008_tran_6697_op.gml")) << "road_areas" << qint64(253);
}

void TestReimport::updatesInsteadOfDuplicating()
{
    QFETCH(QString, path);
    QFETCH(QString, layer);
    QFETCH(qint64, count);
    if (path.isEmpty())
        QSKIP("real Tsukuba data not available (CITYTWIN_SHARED_DATA)");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    DataImporter importer(*twin);
    ImportOptions options;
    if (path.endsWith(QLatin1String(".kml")))
        options.layer = QStringLiteral("places");
    ImportReport first = importer.importFile(path, options);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    auto before = twin->read(layer);
    QVERIFY(before.ok());
    QCOMPARE(qint64(before->size()), count);
    QCOMPARE(first.layerCount(layer).imported, count);

    ImportReport second = importer.importFile(path, options);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.layerCount(layer).imported, qint64(0));
    QCOMPARE(second.layerCount(layer).updated, count);
    auto after = twin->read(layer);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
    QCOMPARE(after->fids, before->fids); // updated in place
    for (std::size_t i = 0; i < after->size(); ++i)
        QVERIFY(after->geometries[i] == before->geometries[i]);
    QCOMPARE(after->columns, before->columns);
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
