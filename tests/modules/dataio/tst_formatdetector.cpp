// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/formatdetector.h"

#include <QFile>
#include <QTest>

using namespace ct::dataio;
using ct::dataio::test::fixture;

Q_DECLARE_METATYPE(ct::dataio::SourceFormat)

class TestFormatDetector : public QObject
{
    Q_OBJECT

private slots:
    void detectsFromContent_data();
    void detectsFromContent();
    void ignoresMisleadingExtension_data();
    void ignoresMisleadingExtension();
    void reportsEncoding_data();
    void reportsEncoding();
    void refusesWhatIsNotAFile();
};

namespace {
void addRows()
{
    struct Row { const char *name; const char *path; bool shared; SourceFormat format; const char *driver; };
    const Row rows[] = {
        {"gsi-evacuation", "shelters/tsukuba_evacuation_082201.geojson", true, SourceFormat::GsiShelterGeoJson, "GeoJSON"},
        {"gsi-emergency", "shelters/tsukuba_emergency_082201.geojson", true, SourceFormat::GsiShelterGeoJson, "GeoJSON"},
        {"plateau-urf", "plateau/544010_urf_6697_05_op.gml", true, SourceFormat::PlateauCityGml, "GML"},
        {"plateau-tran", "plateau/54401008_tran_6697_op.gml", true, SourceFormat::PlateauCityGml, "GML"},
        {"boundary-geojson", "plateau/tsukuba_urban_planning_area.geojson", true, SourceFormat::GenericVector, "GeoJSON"},
        {"osm-xml", "osm/smaller_tsukuba.osm", true, SourceFormat::OpenStreetMap, "OSM"},
        {"mlit-gauges", "sensors/mlit_water_level_gauges_tsukuba_area.csv", true, SourceFormat::MlitGaugeCsv, "CSV"},
        {"amedas", "sensors/ibaraki_amedas_stations.csv", true, SourceFormat::AmedasCsv, "CSV"},
        {"national-utf8", "national_shelters_utf8.csv", false, SourceFormat::NationalShelterCsv, "CSV"},
        {"national-bom", "national_shelters_bom.csv", false, SourceFormat::NationalShelterCsv, "CSV"},
        {"national-sjis", "national_shelters_sjis.csv", false, SourceFormat::NationalShelterCsv, "CSV"},
        {"plateau-bldg", "plateau_bldg_small.gml", false, SourceFormat::PlateauCityGml, "GML"},
        {"generic-csv-ja", "generic_stations_ja.csv", false, SourceFormat::GenericVector, "CSV"},
        {"generic-csv", "generic_latlon.csv", false, SourceFormat::GenericVector, "CSV"},
        {"generic-geojson", "generic_points.geojson", false, SourceFormat::GenericVector, "GeoJSON"},
        {"generic-kml", "generic_places.kml", false, SourceFormat::GenericVector, "KML"},
        {"osm-xml-fixture", "osm_grid.osm", false, SourceFormat::OpenStreetMap, "OSM"},
        {"osm-pbf", "osm_grid.osm.pbf", false, SourceFormat::OpenStreetMap, "OSM"},
    };
    for (const Row &r : rows) {
        const QString path = r.shared ? ct::dataio::test::sharedData(QString::fromLatin1(r.path)) : fixture(QString::fromLatin1(r.path));
        QTest::newRow(r.name) << path << r.format << QString::fromLatin1(r.driver);
    }
}
} // namespace

void TestFormatDetector::detectsFromContent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SourceFormat>("format");
    QTest::addColumn<QString>("driver");
    addRows();
}

void TestFormatDetector::detectsFromContent()
{
    QFETCH(QString, path);
    QFETCH(SourceFormat, format);
    QFETCH(QString, driver);
    if (path.isEmpty())
        QSKIP("real Tsukuba data not available (CITYTWIN_SHARED_DATA)");
    auto detected = FormatDetector::detect(path);
    QVERIFY2(detected.ok(), qPrintable(detected.ok() ? QString() : detected.error().toString()));
    QCOMPARE(formatName(detected->format), formatName(format));
    QCOMPARE(detected->driver, driver);
}

void TestFormatDetector::ignoresMisleadingExtension_data()
{
    detectsFromContent_data();
}

void TestFormatDetector::ignoresMisleadingExtension()
{
    QFETCH(QString, path);
    QFETCH(SourceFormat, format);
    QFETCH(QString, driver);
    if (path.isEmpty())
        QSKIP("real Tsukuba data not available (CITYTWIN_SHARED_DATA)");
    QTemporaryDir dir;
    // A shapefile-looking name and a plain .txt: neither may steer the detector.
    for (const QString &name : {QStringLiteral("renamed.shp"), QStringLiteral("renamed.txt"), QStringLiteral("noextension")}) {
        const QString copy = dir.filePath(name);
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));
        auto detected = FormatDetector::detect(copy);
        QVERIFY2(detected.ok(), qPrintable(name + QLatin1String(": ") + (detected.ok() ? QString() : detected.error().toString())));
        QCOMPARE(formatName(detected->format), formatName(format));
        QCOMPARE(detected->driver, driver);
    }
}

void TestFormatDetector::reportsEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf8") << "national_shelters_utf8.csv" << "UTF-8";
    QTest::newRow("bom") << "national_shelters_bom.csv" << "UTF-8 (BOM)";
    QTest::newRow("shift_jis") << "national_shelters_sjis.csv" << "Shift_JIS";
}

void TestFormatDetector::reportsEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    auto detected = FormatDetector::detect(fixture(file));
    QVERIFY(detected.ok());
    QCOMPARE(detected->encoding, encoding);
}

void TestFormatDetector::refusesWhatIsNotAFile()
{
    QTemporaryDir dir;
    auto missing = FormatDetector::detect(dir.filePath(QStringLiteral("nothing.geojson")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ct::core::Error::Kind::NotFound);
    auto directory = FormatDetector::detect(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY(directory.error().message.contains(QLatin1String("directory")));
    QFile empty(dir.filePath(QStringLiteral("empty.csv")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto emptyResult = FormatDetector::detect(empty.fileName());
    QVERIFY(!emptyResult.ok());
    QVERIFY(emptyResult.error().toString().startsWith(QLatin1String("empty.csv:")));
}

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
