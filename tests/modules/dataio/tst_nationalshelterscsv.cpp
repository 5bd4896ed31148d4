// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"

#include <QJsonArray>
#include <QTest>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

class TestNationalSheltersCsv : public QObject
{
    Q_OBJECT

private slots:
    void importsEveryEncoding_data();
    void importsEveryEncoding();
    void skipsBadRowsOnlyWhenAsked();
};

void TestNationalSheltersCsv::importsEveryEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf8") << "national_shelters_utf8.csv" << "UTF-8";
    QTest::newRow("utf8-bom") << "national_shelters_bom.csv" << "UTF-8 (BOM)";
    QTest::newRow("shift_jis") << "national_shelters_sjis.csv" << "Shift_JIS";
}

void TestNationalSheltersCsv::importsEveryEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(t::fixture(file));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(formatName(report.format), QStringLiteral("national-shelter-csv"));
    QCOMPARE(report.encoding, encoding);
    QCOMPARE(report.imported(), qint64(3));

    auto table = twin->read(QStringLiteral("shelters"));
    QVERIFY(table.ok());
    const auto byId = t::indexBy(table.value(), QStringLiteral("source_id"));
    QCOMPARE(byId.size(), std::size_t(3));
    const std::size_t sakura = byId.at(QStringLiteral("0001"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("name")).toString(), QStringLiteral("桜中学校"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("name_en")).toString(), QStringLiteral("Sakura Junior High School"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("capacity")).toLongLong(), 850);
    QCOMPARE(t::value(*table, sakura, QStringLiteral("kind")).toString(), QStringLiteral("emergency"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("address")).toString(), QStringLiteral("茨城県つくば市さくらの森32"));
    QCOMPARE(t::value(*table, sakura, QStringLiteral("flood")).toBool(), true);
    QCOMPARE(t::value(*table, sakura, QStringLiteral("inland_flood")).toBool(), false);
    QVERIFY(t::distanceToSource(table->geometries[sakura].points()[0], 140.129771, 36.098502) < 1.0);

    const std::size_t midori = byId.at(QStringLiteral("0002"));
    QCOMPARE(t::value(*table, midori, QStringLiteral("capacity")).toLongLong(), 1200);
    QCOMPARE(t::value(*table, midori, QStringLiteral("flood")).toBool(), false);
    QCOMPARE(t::value(*table, midori, QStringLiteral("landslide")).toBool(), true);
    QCOMPARE(t::value(*table, midori, QStringLiteral("inland_flood")).toBool(), true);

    // "○" marks, an address assembled from its parts, an unknown capacity.
    const std::size_t park = byId.at(QStringLiteral("0003"));
    QCOMPARE(t::value(*table, park, QStringLiteral("flood")).toBool(), true);
    QCOMPARE(t::value(*table, park, QStringLiteral("earthquake")).toBool(), true);
    QCOMPARE(t::value(*table, park, QStringLiteral("fire")).toBool(), false);
    QCOMPARE(t::value(*table, park, QStringLiteral("address")).toString(), QStringLiteral("茨城県つくば市下岩崎2160-10"));
    QVERIFY(t::value(*table, park, QStringLiteral("capacity")).isNull());
}

void TestNationalSheltersCsv::skipsBadRowsOnlyWhenAsked()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    DataImporter importer(*twin);
    const QString path = t::fixture(QStringLiteral("national_shelters_some_bad.csv"));
    const QString before = t::snapshot(*twin);
    const ImportReport strict = importer.importFile(path);
    QVERIFY(!strict.error.isEmpty());
    QVERIFY2(strict.error.startsWith(QLatin1String("national_shelters_some_bad.csv:3:")), qPrintable(strict.error));
    QCOMPARE(t::snapshot(*twin), before);

    ImportOptions options;
    options.skipBad = true;
    const ImportReport lenient = importer.importFile(path, options);
    QVERIFY2(lenient.error.isEmpty(), qPrintable(lenient.error));
    QCOMPARE(lenient.imported(), qint64(3));
    QCOMPARE(lenient.skipped(), qint64(2));
    QCOMPARE(lenient.skippedRows[0].where, QStringLiteral("national_shelters_some_bad.csv:3"));
    QVERIFY(lenient.skippedRows[0].reason.contains(QLatin1String("missing coordinates")));
    QCOMPARE(lenient.skippedRows[1].where, QStringLiteral("national_shelters_some_bad.csv:5"));
    QVERIFY(lenient.skippedRows[1].reason.contains(QStringLiteral("想定収容人数")));
    const QJsonObject json = lenient.toJson();
    QCOMPARE(json.value(QStringLiteral("skipped")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("skippedRows")).toArray().size(), 2);
    QVERIFY(json.value(QStringLiteral("error")).isNull());
    auto table = twin->read(QStringLiteral("shelters"));
    QCOMPARE(table->size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TestNationalSheltersCsv)
#include "tst_nationalshelterscsv.moc"
