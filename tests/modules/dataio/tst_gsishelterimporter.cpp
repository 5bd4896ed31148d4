// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QTest>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

class TestGsiShelterImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsEvacuationShelters();
    void importsEmergencySitesWithHazards();
    void auditsTheImport();
};

void TestGsiShelterImporter::importsEvacuationShelters()
{
    CT_SHARED_DATA_OR_SKIP(path, "shelters/tsukuba_evacuation_082201.geojson");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(formatName(report.format), QStringLiteral("gsi-shelter-geojson"));
    QCOMPARE(report.layer(), QStringLiteral("shelters"));
    QCOMPARE(report.imported(), qint64(114));
    QCOMPARE(report.updated(), qint64(0));
    QCOMPARE(report.skipped(), qint64(0));

    auto table = twin->read(QStringLiteral("shelters"));
    QVERIFY(table.ok());
    QCOMPARE(table->size(), std::size_t(114));
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    QCOMPARE(byId.size(), std::size_t(114));
    QVERIFY(byId.count(QStringLiteral("E0822000021111")));
    const std::size_t sakura = byId.at(QStringLiteral("E0822000021111"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("name")).toString(), QStringLiteral("桜中学校"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("address")).toString(), QStringLiteral("茨城県つくば市さくらの森32"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("kind")).toString(), QStringLiteral("evacuation"));
    QVERIFY(t::value(*table, sakura, QStringLiteral("capacity")).isNull()); // GSI has no capacity
    const geo::Point p = table->geometries[sakura].points()[0];
    QVERIFY2(t::distanceToSource(p, 140.129771, 36.098502) < 1.0,
             qPrintable(QString::number(t::distanceToSource(p, 140.129771, 36.098502))));
    // Zone IX (origin 36° N, 139°50′ E): Tsukuba lies some 25–35 km east and 0–20 km north of it.
    QVERIFY(p.x > 20000 && p.x < 40000);
    QVERIFY(p.y > 0 && p.y < 30000);
}

void TestGsiShelterImporter::importsEmergencySitesWithHazards()
{
    CT_SHARED_DATA_OR_SKIP(path, "shelters/tsukuba_emergency_082201.geojson");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported(), qint64(11));
    auto table = twin->read(QStringLiteral("shelters"));
    QVERIFY(table.ok());
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    const std::size_t park = byId.at(QStringLiteral("E0822000006201"));
    QCOMPARE(t::value(*table, park, QStringLiteral("name")).toString(), QStringLiteral("茎崎運動公園"));
    QCOMPARE(t::value(*table, park, QStringLiteral("kind")).toString(), QStringLiteral("emergency"));
    for (const char *flag : {"flood", "landslide", "earthquake", "fire", "inland_flood"})
        QVERIFY2(t::value(*table, park, QString::fromLatin1(flag)).toBool(), flag);
    QVERIFY(t::distanceToSource(table->geometries[park].points()[0], 140.102674, 35.98328) < 1.0);
}

void TestGsiShelterImporter::auditsTheImport()
{
    CT_SHARED_DATA_OR_SKIP(path, "shelters/tsukuba_emergency_082201.geojson");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const auto before = twin->auditLog().size();
    const ImportReport report = DataImporter(*twin).importFile(path);
    QVERIFY(report.error.isEmpty());
    const auto log = twin->auditLog();
    QCOMPARE(log.size(), before + 1);
    QCOMPARE(log.front().action, QStringLiteral("layer.import"));
    QCOMPARE(log.front().target, QStringLiteral("tsukuba_emergency_082201.geojson"));
    QCOMPARE(log.front().operatorName, QStringLiteral("citytwin-cli"));
    QCOMPARE(log.front().after.value(QStringLiteral("imported")).toInt(), 11);
}

QTEST_GUILESS_MAIN(TestGsiShelterImporter)
#include "tst_gsishelterimporter.moc"
