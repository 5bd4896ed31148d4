// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The real citytwin-cli with the built plugins: `import` hands GTFS feeds and GTFS-Realtime files
// to the fleets plugin's importers (one audited transaction each, as File → Import), falls back
// to the GDAL import for other files, and fetches http(s) URLs once (served here by a local
// QTcpServer): HTTP errors, timeouts and corrupt protobuf are refused and change nothing.
#include "fleetstestsupport.h"
#include "localhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace ct;
using fleets::test::scalar;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs citytwin-cli while this thread's event loop keeps serving (the local HTTP server).
Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString count(const QString &twin, const char *sql)
{
    auto store = store::TwinStore::open(twin, store::TwinStore::OpenMode::ReadOnly);
    return store ? scalar(*store.value(), sql) : QStringLiteral("cannot open");
}

QByteArray bytes(const QString &text) { return text.toUtf8(); }

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void importsAWrittenFeedThroughThePlugin()
    {
        const QString zip = path(QStringLiteral("tsukuba.zip")), twin = path(QStringLiteral("feed.gpkg"));
        QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip));
        const Run run = cli({QStringLiteral("import"), twin, zip, QStringLiteral("--create"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray summaries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries[0].toObject().value(QStringLiteral("format")).toString(), QStringLiteral("gtfs"));
        QVERIFY(summaries[0].toObject().value(QStringLiteral("error")).isNull());
        QCOMPARE(count(twin, "SELECT count(*) FROM gtfs_trip WHERE feed_id = 'tsukuba'"), QStringLiteral("3"));
        QCOMPARE(count(twin, "SELECT count(*) FROM gtfs_stops"), QStringLiteral("4"));
        // One audit row, as File → Import writes it.
        QCOMPARE(count(twin, "SELECT count(*) FROM ct_audit WHERE action = 'layer.import' AND target = 'tsukuba.zip' "
                             "AND operator = 'citytwin-cli' AND json_extract(after_json, '$.importer') = 'gtfs'"),
                 QStringLiteral("1"));
        // The text summary names the importer.
        const Run again = cli({QStringLiteral("import"), twin, zip});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("GTFS")), qPrintable(again.out));
        QCOMPARE(count(twin, "SELECT count(*) FROM gtfs_trip"), QStringLiteral("3"));
    }

    void importsTheEdgeCaseFeed()
    {
        // After-midnight times, frequencies past 24:00, no shapes/calendar_dates/JP files.
        const QString zip = path(QStringLiteral("night.zip")), twin = path(QStringLiteral("night.gpkg"));
        QVERIFY(fleets::test::writeFeed(
            QStringLiteral("feed_good"), zip,
            {{QStringLiteral("shapes.txt"), QByteArray()},
             {QStringLiteral("calendar_dates.txt"), QByteArray()},
             {QStringLiteral("agency_jp.txt"), QByteArray()},
             {QStringLiteral("office_jp.txt"), QByteArray()},
             {QStringLiteral("feed_info.txt"), QByteArray()},
             {QStringLiteral("trips.txt"), bytes(QStringLiteral("route_id,service_id,trip_id,trip_headsign\nR1,WD,N1,深夜便\nR1,WD,N2,深夜便\n"))},
             {QStringLiteral("stop_times.txt"), bytes(QStringLiteral("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                                                                     "N1,24:50:00,24:50:00,S1,1\nN1,25:30:00,25:31:00,S2,2\n"
                                                                     "N2,23:55:00,23:55:00,S2,1\nN2,24:10:00,24:10:00,S1,2\n"))},
             {QStringLiteral("frequencies.txt"), bytes(QStringLiteral("trip_id,start_time,end_time,headway_secs\nN1,24:00:00,26:30:00,1800\n"))}}));
        const Run run = cli({QStringLiteral("import"), twin, zip, QStringLiteral("--create")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count(twin, "SELECT arrival_time FROM gtfs_stop_time WHERE trip_id = 'N1' AND stop_sequence = 2"), QStringLiteral("91800"));
        QCOMPARE(count(twin, "SELECT end_time FROM gtfs_frequency WHERE trip_id = 'N1'"), QStringLiteral("95400"));
        QCOMPARE(count(twin, "SELECT count(*) FROM gtfs_calendar_date"), QStringLiteral("0"));
    }

    void brokenReferenceNamesFileAndLineAndChangesNothing()
    {
        const QString zip = path(QStringLiteral("tsukuba.zip")), twin = path(QStringLiteral("broken.gpkg"));
        QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip));
        QCOMPARE(cli({QStringLiteral("import"), twin, zip, QStringLiteral("--create")}).exitCode, 0);
        const QString auditBefore = count(twin, "SELECT count(*) FROM ct_audit");
        // The same feed again, now with a trip on a route that does not exist (line 3).
        QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip,
                                        {{QStringLiteral("trips.txt"), bytes(QStringLiteral("route_id,service_id,trip_id\nR1,WD,T1\nR9,WD,T2\n"))}}));
        const Run run = cli({QStringLiteral("import"), twin, zip});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("trips.txt:3")) && run.err.contains(QStringLiteral("R9")), qPrintable(run.err));
        // The earlier import stands untouched: three trips, and no audit row for the refused one.
        QCOMPARE(count(twin, "SELECT count(*) FROM gtfs_trip"), QStringLiteral("3"));
        QCOMPARE(count(twin, "SELECT group_concat(trip_id) FROM (SELECT trip_id FROM gtfs_trip ORDER BY trip_id)"), QStringLiteral("T1,T2,T3"));
        QCOMPARE(count(twin, "SELECT count(*) FROM ct_audit"), auditBefore);
        // A bad time: 25:61:00 is refused naming the file.
        QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip,
                                        {{QStringLiteral("stop_times.txt"), bytes(QStringLiteral("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                                                                                                 "T1,25:00:00,25:00:00,S1,1\nT1,25:61:00,25:61:00,S2,2\n"))}}));
        const QString stopTimes = count(twin, "SELECT count(*) FROM gtfs_stop_time");
        const Run badTime = cli({QStringLiteral("import"), twin, zip});
        QCOMPARE(badTime.exitCode, 1);
        QVERIFY2(badTime.err.contains(QStringLiteral("stop_times.txt:3")), qPrintable(badTime.err));
        QCOMPARE(count(twin, "SELECT count(*) FROM gtfs_stop_time"), stopTimes);
    }

    void otherFilesStillGoToGdal()
    {
        const QString geojson = path(QStringLiteral("points.geojson")), twin = path(QStringLiteral("gdal.gpkg"));
        QFile f(geojson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[140.1,36.08]}}]})");
        f.close();
        const Run run = cli({QStringLiteral("import"), twin, geojson, QStringLiteral("--create"), QStringLiteral("--json"), QStringLiteral("--layer"), QStringLiteral("points")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QVERIFY(summary.value(QStringLiteral("format")).toString() != QStringLiteral("gtfs"));
        QCOMPARE(count(twin, "SELECT count(*) FROM points"), QStringLiteral("1"));
    }

    void policeCrimeCsvGoesToTheSafetyPlugin()
    {
        // Another plugin's format through the same path: the safety plugin recognises the national
        // police crime CSV and refuses it here with its own reason (a new twin has no city
        // boundary to check places against); nothing is written, not even an audit row.
        const QString csv = path(QStringLiteral("crimes.csv")), twin = path(QStringLiteral("safety.gpkg"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("罪名,手口,市区町村コード(発生地),市区町村(発生地),町丁目(発生地),発生年月日(始期),発生時(始期)\n"
                               "窃盗,ひったくり,08220,つくば市,竹園１丁目,2026-10-01,18\n").toUtf8());
        f.close();
        const Run run = cli({QStringLiteral("import"), twin, csv, QStringLiteral("--create"), QStringLiteral("--json")});
        // The safety plugin is built with every tree: its absence is a failure, not a skip.
        QVERIFY2(!run.err.contains(QStringLiteral("plugin safety not loaded")), qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QCOMPARE(summary.value(QStringLiteral("format")).toString(), QStringLiteral("safety.police-crime-csv"));
        QVERIFY2(summary.value(QStringLiteral("error")).toString().contains(QStringLiteral("boundary")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("boundary")), qPrintable(run.err));
        QCOMPARE(count(twin, "SELECT count(*) FROM ct_audit WHERE action = 'layer.import'"), QStringLiteral("0"));
    }

    void vehiclePositionsFromALocalUrl()
    {
        fleets::test::LocalHttpServer server;
        QVERIFY(server.listen());
        fleets::test::OfficialVehicle bus;
        bus.entityId = "e1";
        bus.vehicleId = "TB-7";
        bus.tripId = "T1";
        bus.routeId = "R1";
        bus.latitude = 36.0826f;
        bus.longitude = 140.1115f;
        bus.timestamp = 1796000000;
        const QByteArray feed = fleets::test::officialFeed({bus}, 1796000000);
        server.files.insert("/vehicle_positions.pb", feed);
        server.files.insert("/corrupt/vehicle_positions.pb", feed.chopped(5));
        server.silent << "/slow/vehicle_positions.pb";
        const QString twin = path(QStringLiteral("rt.gpkg")), zip = path(QStringLiteral("rt.zip"));
        QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip));
        QCOMPARE(cli({QStringLiteral("import"), twin, zip, QStringLiteral("--create")}).exitCode, 0);

        const QString url = server.url(QStringLiteral("/vehicle_positions.pb"));
        const Run run = cli({QStringLiteral("import"), twin, url, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("gtfs-realtime"));
        QCOMPARE(count(twin, "SELECT count(*) FROM fleet_vehicle WHERE vehicle_id = 'TB-7' AND x IS NOT NULL"), QStringLiteral("1"));
        QCOMPARE(count(twin, "SELECT target FROM ct_audit WHERE json_extract(after_json, '$.importer') = 'gtfs-realtime'"), url);
        const QString vehicles = count(twin, "SELECT count(*) FROM fleet_vehicle");
        const QString audits = count(twin, "SELECT count(*) FROM ct_audit");

        const Run missing = cli({QStringLiteral("import"), twin, server.url(QStringLiteral("/nothing.pb"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("HTTP 404")) && missing.err.contains(QStringLiteral("/nothing.pb")), qPrintable(missing.err));

        const Run corrupt = cli({QStringLiteral("import"), twin, server.url(QStringLiteral("/corrupt/vehicle_positions.pb"))});
        QCOMPARE(corrupt.exitCode, 1);
        QVERIFY2(corrupt.err.contains(QStringLiteral("protobuf")) && corrupt.err.contains(QStringLiteral("vehicle_positions.pb")), qPrintable(corrupt.err));

        QElapsedTimer clock;
        clock.start();
        const Run slow = cli({QStringLiteral("import"), twin, server.url(QStringLiteral("/slow/vehicle_positions.pb")), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(slow.exitCode, 1);
        QVERIFY2(slow.err.contains(QStringLiteral("no answer within 1 s")), qPrintable(slow.err));
        QVERIFY(clock.elapsed() < 20000);

        // A port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run refused = cli({QStringLiteral("import"), twin, QStringLiteral("http://127.0.0.1:%1/vehicle_positions.pb").arg(port)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot fetch")), qPrintable(refused.err));

        QCOMPARE(count(twin, "SELECT count(*) FROM fleet_vehicle"), vehicles);
        QCOMPARE(count(twin, "SELECT count(*) FROM ct_audit"), audits);
        QCOMPARE(cli({QStringLiteral("import"), twin, QStringLiteral("--timeout"), QStringLiteral("0"), url}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
