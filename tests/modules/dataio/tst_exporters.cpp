// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include "ct/dataio/dataimporter.h"
#include "ct/dataio/layerexporter.h"
#include "ct/dataio/sumoexporter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace ct;
using namespace ct::dataio;
namespace t = ct::dataio::test;

Q_DECLARE_METATYPE(ct::dataio::ExportFormat)

namespace {

struct NetCounts
{
    int edges = 0;      //!< normal edges (not junction-internal)
    int junctions = 0;  //!< non-internal junctions
};

NetCounts countNet(const QString &path)
{
    NetCounts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("edge") && xml.attributes().value(QLatin1String("function")).isEmpty())
            ++counts.edges;
        else if (xml.name() == QLatin1String("junction") && xml.attributes().value(QLatin1String("type")) != QLatin1String("internal"))
            ++counts.junctions;
    }
    return counts;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void refusesToOverwrite();
    void sumoNetworkPassesNetconvert_data();
    void sumoNetworkPassesNetconvert();
};

void TestExporters::roundTrips_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("tolerance"); // metres
    QTest::newRow("geojson") << ExportFormat::GeoJson << "out.geojson" << 0.05;  // RFC 7946: 7 decimals ≈ 1 cm
    QTest::newRow("csv") << ExportFormat::Csv << "out.csv" << 0.05;
    QTest::newRow("gpkg") << ExportFormat::GeoPackage << "out.gpkg" << 1e-6;
}

void TestExporters::roundTrips()
{
    QFETCH(ExportFormat, format);
    QFETCH(QString, file);
    QFETCH(double, tolerance);
    QTemporaryDir dir;
    auto source = t::newTwin(dir, QStringLiteral("source.gpkg"));
    QVERIFY(source);
    const ImportReport imported = DataImporter(*source).importFile(t::fixture(QStringLiteral("national_shelters_utf8.csv")));
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    const QString out = dir.filePath(file);
    auto written = LayerExporter::exportLayer(*source, QStringLiteral("shelters"), format, out);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QCOMPARE(written.value(), qint64(3));

    auto copy = t::newTwin(dir, QStringLiteral("copy.gpkg"));
    QVERIFY(copy);
    ImportOptions options;
    options.layer = QStringLiteral("shelters_copy");
    const ImportReport back = DataImporter(*copy).importFile(out, options);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.imported(), qint64(3));

    auto a = source->read(QStringLiteral("shelters"));
    auto b = copy->read(QStringLiteral("shelters_copy"));
    QVERIFY(a.ok() && b.ok());
    const auto indexA = t::indexBy(a.value(), QStringLiteral("source_id"));
    const auto indexB = t::indexBy(b.value(), QStringLiteral("source_id"));
    QCOMPARE(indexB.size(), indexA.size()); // the stable id survived the trip
    for (const auto &[id, rowA] : indexA) {
        QVERIFY2(indexB.count(id), qPrintable(id));
        const std::size_t rowB = indexB.at(id);
        const geo::Point pa = a->geometries[rowA].points()[0];
        const geo::Point pb = b->geometries[rowB].points()[0];
        QVERIFY2(std::hypot(pa.x - pb.x, pa.y - pb.y) < tolerance, qPrintable(id));
        for (const QString &column : a->columnNames) {
            const QVariant va = t::value(*a, rowA, column);
            const QVariant vb = t::value(*b, rowB, column);
            QVERIFY2(b->columnIndex(column) >= 0, qPrintable(column));
            if (va.isNull()) {
                QVERIFY2(vb.isNull() || vb.toString().isEmpty(), qPrintable(column + QLatin1Char('=') + vb.toString()));
            } else if (va.typeId() == QMetaType::Bool || column == QLatin1String("flood") || column == QLatin1String("fire")) {
                QCOMPARE(vb.toBool(), va.toBool());
            } else {
                QCOMPARE(vb.toString(), va.toString());
            }
        }
    }
}

void TestExporters::refusesToOverwrite()
{
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    QVERIFY(DataImporter(*twin).importFile(t::fixture(QStringLiteral("national_shelters_utf8.csv"))).error.isEmpty());
    const QString out = dir.filePath(QStringLiteral("exists.geojson"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto result = LayerExporter::exportLayer(*twin, QStringLiteral("shelters"), ExportFormat::GeoJson, out);
    QVERIFY(!result.ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    auto missing = LayerExporter::exportLayer(*twin, QStringLiteral("no_such_layer"), ExportFormat::GeoJson, dir.filePath(QStringLiteral("x.geojson")));
    QVERIFY(!missing.ok());
}

void TestExporters::sumoNetworkPassesNetconvert_data()
{
    QTest::addColumn<QString>("osm");
    QTest::addColumn<int>("expectedEdges"); // -1: just equal to what was written
    // Grid: 12 segments, 2 of them one-way (102 ×2 pieces... 102 and 105 are one-way: 4 pieces) → 8 × 2 + 4 = 20 edges.
    QTest::newRow("grid-fixture") << t::fixture(QStringLiteral("osm_grid.osm")) << 20;
    QTest::newRow("tsukuba-osm") << t::sharedData(QStringLiteral("osm/smaller_tsukuba.osm")) << -1;
}

void TestExporters::sumoNetworkPassesNetconvert()
{
    QFETCH(QString, osm);
    QFETCH(int, expectedEdges);
    if (osm.isEmpty())
        QSKIP("real Tsukuba data not available (CITYTWIN_SHARED_DATA)");
    const QString netconvert = QStandardPaths::findExecutable(QStringLiteral("netconvert"));
    if (netconvert.isEmpty())
        QSKIP("netconvert (Debian package sumo) is not installed");
    QTemporaryDir dir;
    auto twin = t::newTwin(dir);
    QVERIFY(twin);
    const ImportReport report = DataImporter(*twin).importFile(osm);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const QString out = dir.filePath(QStringLiteral("sumo"));
    auto counts = SumoExporter::exportNetwork(*twin, out);
    QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().toString()));
    if (expectedEdges >= 0)
        QCOMPARE(counts->edges, qint64(expectedEdges));

    QProcess process;
    process.setWorkingDirectory(out);
    process.start(netconvert, {QStringLiteral("--node-files"), QStringLiteral("nodes.nod.xml"), QStringLiteral("--edge-files"),
                               QStringLiteral("edges.edg.xml"), QStringLiteral("-o"), QStringLiteral("net.net.xml")});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));
    const NetCounts net = countNet(out + QStringLiteral("/net.net.xml"));
    QCOMPARE(qint64(net.edges), counts->edges);
    QVERIFY(net.junctions > 0);
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
