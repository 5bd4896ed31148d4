// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dataiotestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace t = ct::dataio::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

/// `citytwin-cli import` and `export` as a user runs them: exit codes, --json, --help.
class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importPrintsJsonSummary();
    void importFailureExitsOneAndNamesTheLine();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void exportWritesFiles();
};

void TestCliCommands::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli")),
             "citytwin-cli must be built before this test (it is a build dependency)");
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--help")}).exitCode, 0);
}

void TestCliCommands::importPrintsJsonSummary()
{
    QTemporaryDir dir;
    const QString twin = dir.filePath(QStringLiteral("t.gpkg"));
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--create"), twin, t::fixture(QStringLiteral("national_shelters_sjis.csv")),
                         t::fixture(QStringLiteral("generic_points.geojson")), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray summaries = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(summaries.size(), 2);
    const QJsonObject first = summaries[0].toObject();
    QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("national-shelter-csv"));
    QCOMPARE(first.value(QStringLiteral("layer")).toString(), QStringLiteral("shelters"));
    QCOMPARE(first.value(QStringLiteral("imported")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("skipped")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("encoding")).toString(), QStringLiteral("Shift_JIS"));
    QVERIFY(first.value(QStringLiteral("error")).isNull());
    QVERIFY(first.value(QStringLiteral("skippedRows")).isArray());

    const Run again = cli({QStringLiteral("import"), twin, t::fixture(QStringLiteral("national_shelters_sjis.csv")), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out).array()[0].toObject();
    QCOMPARE(second.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("updated")).toInt(), 3);
}

void TestCliCommands::importFailureExitsOneAndNamesTheLine()
{
    QTemporaryDir dir;
    const QString twin = dir.filePath(QStringLiteral("t.gpkg"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--create"), twin, t::fixture(QStringLiteral("national_shelters_utf8.csv"))}).exitCode, 0);
    const QString bad = t::fixture(QStringLiteral("national_shelters_some_bad.csv"));
    const Run strict = cli({QStringLiteral("import"), twin, bad, QStringLiteral("--json")});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains(QLatin1String("national_shelters_some_bad.csv:3: missing coordinates")), qPrintable(strict.err));
    const QJsonObject summary = QJsonDocument::fromJson(strict.out).array()[0].toObject();
    QVERIFY(summary.value(QStringLiteral("error")).toString().contains(QLatin1String(":3:")));

    const Run lenient = cli({QStringLiteral("import"), twin, bad, QStringLiteral("--skip-bad")});
    QVERIFY2(lenient.exitCode == 0, qPrintable(lenient.err));
    QVERIFY(lenient.out.contains("skipped national_shelters_some_bad.csv:3"));
    QVERIFY(lenient.out.contains("skipped national_shelters_some_bad.csv:5"));

    const Run missingTwin = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.gpkg")), bad});
    QCOMPARE(missingTwin.exitCode, 1);
}

void TestCliCommands::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("import-no-file") << QStringList{QStringLiteral("import"), QStringLiteral("t.gpkg")};
    QTest::newRow("import-unknown-option") << QStringList{QStringLiteral("import"), QStringLiteral("--frobnicate"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("import-lon-without-lat") << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--lon-field"), QStringLiteral("x")};
    QTest::newRow("import-crs-not-code") << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--crs"), QStringLiteral("wgs84")};
    QTest::newRow("export-no-format") << QStringList{QStringLiteral("export"), QStringLiteral("t.gpkg"), QStringLiteral("--layer"), QStringLiteral("x"), QStringLiteral("-o"), QStringLiteral("o")};
    QTest::newRow("export-bad-format") << QStringList{QStringLiteral("export"), QStringLiteral("t.gpkg"), QStringLiteral("--format"), QStringLiteral("dxf"), QStringLiteral("-o"), QStringLiteral("o")};
    QTest::newRow("export-no-layer") << QStringList{QStringLiteral("export"), QStringLiteral("t.gpkg"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("o")};
    QTest::newRow("export-no-output") << QStringList{QStringLiteral("export"), QStringLiteral("t.gpkg"), QStringLiteral("--format"), QStringLiteral("sumo")};
}

void TestCliCommands::badArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCliCommands::exportWritesFiles()
{
    QTemporaryDir dir;
    const QString twin = dir.filePath(QStringLiteral("t.gpkg"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--create"), twin, t::fixture(QStringLiteral("osm_grid.osm")),
                  t::fixture(QStringLiteral("national_shelters_utf8.csv"))}).exitCode, 0);
    const QString geojson = dir.filePath(QStringLiteral("shelters.geojson"));
    const Run exported = cli({QStringLiteral("export"), twin, QStringLiteral("--layer"), QStringLiteral("shelters"),
                              QStringLiteral("--format"), QStringLiteral("geojson"), QStringLiteral("-o"), geojson});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(geojson);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject collection = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(collection.value(QStringLiteral("features")).toArray().size(), 3);
    // Exporting over an existing file is refused.
    QCOMPARE(cli({QStringLiteral("export"), twin, QStringLiteral("--layer"), QStringLiteral("shelters"), QStringLiteral("--format"),
                  QStringLiteral("geojson"), QStringLiteral("-o"), geojson}).exitCode, 1);

    const QString sumo = dir.filePath(QStringLiteral("sumo"));
    const Run network = cli({QStringLiteral("export"), twin, QStringLiteral("--format"), QStringLiteral("sumo"), QStringLiteral("-o"), sumo});
    QVERIFY2(network.exitCode == 0, qPrintable(network.err));
    QVERIFY(QFileInfo::exists(sumo + QStringLiteral("/nodes.nod.xml")));
    QVERIFY(QFileInfo::exists(sumo + QStringLiteral("/edges.edg.xml")));
    QVERIFY(network.out.contains("20 edges"));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
