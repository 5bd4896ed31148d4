// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetstestsupport.h"
#include "fleetstwin.h"

#include "ct/fleets/gtfsimporter.h"
#include "ct/fleets/gtfstime.h"

#include <QtTest>

using namespace ct;
using namespace ct::fleets;
using ct::fleets::test::scalar;

class TstGtfsImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Imports inside one transaction, as the console's import does; rolled back on error.
    core::Result<plugin::ImportSummary> importInTransaction(store::TwinStore &twin, const QString &zip)
    {
        store::Transaction t(twin);
        GtfsImporter importer;
        auto result = importer.import(twin, zip);
        if (result) {
            if (core::Status s = t.commit(); !s)
                return s.error();
        }
        return result;
    }

private slots:
    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("morning") << "07:08:30" << 25710;
        QTest::newRow("one-digit hour") << "9:05:00" << 32700;
        QTest::newRow("after midnight") << "25:30:00" << 91800;
        QTest::newRow("midnight") << "24:00:00" << 86400;
        QTest::newRow("minute 61") << "25:61:00" << -1;
        QTest::newRow("second 60") << "10:00:60" << -1;
        QTest::newRow("no seconds") << "10:00" << -1;
        QTest::newRow("letters") << "1a:00:00" << -1;
        QTest::newRow("negative") << "-1:00:00" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        QCOMPARE(GtfsTime::parse(text), seconds);
        if (seconds >= 0 && text.size() == 8)
            QCOMPARE(GtfsTime::format(seconds), text);
    }

    void importsTheWrittenFeed()
    {
        QVERIFY(m_dir.isValid());
        auto twin = test::makeTwin(m_dir, QStringLiteral("good.gpkg"));
        QVERIFY(twin);
        const QString zip = m_dir.filePath(QStringLiteral("tsukuba_bus.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip));
        GtfsImporter importer;
        QCOMPARE(importer.confidence(zip), 95);
        QCOMPARE(importer.confidence(QStringLiteral(CITYTWIN_SOURCE_DIR "/tests/plugins/fleets/data/feed_good/stops.txt")), 0);

        auto result = importInTransaction(*twin, zip);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        // 1 agency + 1 agency_jp + 1 office + 4 stops + 2 routes + 3 trips + 8 stop times
        // + 1 calendar + 2 calendar dates + 2 frequencies
        QCOMPARE(result->imported, 25);
        QCOMPARE(scalar(*twin, "SELECT feed_id FROM gtfs_feed"), QStringLiteral("tsukuba_bus"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop"), QStringLiteral("4"));
        QCOMPARE(scalar(*twin, "SELECT stop_name FROM gtfs_stop WHERE stop_id = 'S2'"), QStringLiteral("筑波大学中央"));
        QCOMPARE(scalar(*twin, "SELECT stop_name FROM gtfs_stop WHERE stop_id = 'S3'"), QStringLiteral("大学会館, \"北\""));
        // Stops between the timed ends may have no time.
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop_time WHERE trip_id = 'T1' AND stop_sequence = 2 AND arrival_time IS NULL"), QStringLiteral("1"));
        QCOMPARE(scalar(*twin, "SELECT parent_station FROM gtfs_stop WHERE stop_id = 'S1'"), QStringLiteral("ST1"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_route"), QStringLiteral("2"));
        QCOMPARE(scalar(*twin, "SELECT jp_parent_route_id FROM gtfs_route WHERE route_id = 'R1'"), QStringLiteral("P1"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_trip"), QStringLiteral("3"));
        QCOMPARE(scalar(*twin, "SELECT jp_office_id FROM gtfs_trip WHERE trip_id = 'T1'"), QStringLiteral("OF1"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop_time"), QStringLiteral("8"));
        // After midnight: 24:58 and 25:30 on the service day, kept past 86 400 s.
        QCOMPARE(scalar(*twin, "SELECT arrival_time FROM gtfs_stop_time WHERE trip_id = 'T2' AND stop_sequence = 3"), QStringLiteral("91800"));
        QCOMPARE(scalar(*twin, "SELECT departure_time FROM gtfs_stop_time WHERE trip_id = 'T3' AND stop_sequence = 1"), QStringLiteral("32700"));
        QCOMPARE(scalar(*twin, "SELECT pickup_type IS NULL FROM gtfs_stop_time WHERE trip_id = 'T2' AND stop_sequence = 2"), QStringLiteral("1"));
        QCOMPARE(scalar(*twin, "SELECT end_time || '/' || headway_secs FROM gtfs_frequency WHERE trip_id = 'T2'"), QStringLiteral("94200/1200"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_calendar_date"), QStringLiteral("2"));
        QCOMPARE(scalar(*twin, "SELECT agency_official_name FROM gtfs_agency_jp"), QStringLiteral("つくば市交通事業者"));
        QCOMPARE(scalar(*twin, "SELECT office_name FROM gtfs_office_jp"), QStringLiteral("北部営業所"));

        // Layers in EPSG:6677: Tsukuba lies ~24 km east and ~9–12 km north of zone IX's origin.
        auto stops = twin->layer(QStringLiteral("gtfs_stops"));
        QVERIFY(stops);
        QCOMPARE(stops->featureCount, 4);
        QCOMPARE(stops->srsId, 6677);
        QVERIFY2(stops->extent.minX > 22000 && stops->extent.maxX < 26000, qPrintable(QString::number(stops->extent.minX)));
        QVERIFY2(stops->extent.minY > 8000 && stops->extent.maxY < 13000, qPrintable(QString::number(stops->extent.minY)));
        auto shapes = twin->read(QStringLiteral("gtfs_shapes"));
        QVERIFY(shapes);
        QCOMPARE(shapes->size(), 1);
        const auto line = shapes->geometries[0].points();
        QCOMPARE(line.size(), 3);
        // Ordered by shape_pt_sequence (the file lists sequence 2 first): S1 (south) → S3 → S2 (north).
        QVERIFY(line[0].y < line[1].y && line[1].y < line[2].y);
        QCOMPARE(scalar(*twin, "SELECT route_ids FROM gtfs_shapes"), QStringLiteral("R1"));

        // The same feed again replaces its rows.
        auto again = importInTransaction(*twin, zip);
        QVERIFY(again);
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop_time"), QStringLiteral("8"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stops"), QStringLiteral("4"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_feed"), QStringLiteral("1"));
    }

    void optionalFilesMayBeMissing()
    {
        auto twin = test::makeTwin(m_dir, QStringLiteral("optional.gpkg"));
        QVERIFY(twin);
        const QString zip = m_dir.filePath(QStringLiteral("minimal.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip,
                                {{QStringLiteral("shapes.txt"), QByteArray()}, {QStringLiteral("frequencies.txt"), QByteArray()},
                                 {QStringLiteral("agency_jp.txt"), QByteArray()}, {QStringLiteral("office_jp.txt"), QByteArray()},
                                 {QStringLiteral("calendar.txt"), QByteArray()},
                                 {QStringLiteral("calendar_dates.txt"), "service_id,date,exception_type\nWD,20261102,1\nHOL,20261103,1\n"},
                                 {QStringLiteral("trips.txt"), "route_id,service_id,trip_id\nR1,WD,T1\nR1,WD,T2\nR2,HOL,T3\n"}}));
        GtfsImporter importer;
        auto result = importer.import(*twin, zip); // no caller transaction: the importer opens its own
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_trip"), QStringLiteral("3"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_shapes"), QStringLiteral("0"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_frequency"), QStringLiteral("0"));
        QVERIFY(!twin->inTransaction());
    }

    void badFeedsChangeNothing_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        const QByteArray stopTimesHead = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n";
        QTest::newRow("no stops.txt") << "stops.txt" << QByteArray() << "" << "stops.txt";
        QTest::newRow("no calendar at all") << "calendar.txt" << QByteArray() << "" << "calendar";
        QTest::newRow("no route_type column") << "routes.txt" << QByteArray("route_id,agency_id,route_short_name\nR1,8050001000001,x\nR2,8050001000001,y\n")
                                               << "routes.txt:1" << "route_type";
        QTest::newRow("trip to unknown route") << "trips.txt" << QByteArray("route_id,service_id,trip_id\nR1,WD,T1\nR9,WD,T2\nR2,HOL,T3\n")
                                                << "trips.txt:3" << "R9";
        QTest::newRow("trip to unknown service") << "trips.txt" << QByteArray("route_id,service_id,trip_id\nR1,WD,T1\nR1,XX,T2\nR2,HOL,T3\n")
                                                  << "trips.txt:3" << "service_id";
        QTest::newRow("stop time at unknown stop") << "stop_times.txt" << stopTimesHead + "T1,07:00:00,07:00:00,S1,1\nT1,07:05:00,07:05:00,S7,2\n"
                                                   << "stop_times.txt:3" << "S7";
        QTest::newRow("stop time of unknown trip") << "stop_times.txt" << stopTimesHead + "T1,07:00:00,07:00:00,S1,1\nT8,07:05:00,07:05:00,S2,1\n"
                                                   << "stop_times.txt:3" << "T8";
        QTest::newRow("minute 61") << "stop_times.txt" << stopTimesHead + "T2,23:50:00,23:50:00,S1,1\nT2,25:61:00,25:61:00,S2,2\n"
                                   << "stop_times.txt:3" << "arrival_time";
        QTest::newRow("time going back") << "stop_times.txt" << stopTimesHead + "T1,07:00:00,07:00:00,S1,1\nT1,06:59:00,07:05:00,S2,2\n"
                                         << "stop_times.txt:3" << "arrival_time";
        QTest::newRow("sequence twice") << "stop_times.txt" << stopTimesHead + "T1,07:00:00,07:00:00,S1,1\nT1,07:05:00,07:05:00,S2,1\n"
                                        << "stop_times.txt:3" << "stop_sequence";
        QTest::newRow("stop id twice") << "stops.txt" << QByteArray("stop_id,stop_name,stop_lat,stop_lon\nS1,a,36.1,140.1\nS2,b,36.1,140.1\nS3,c,36.1,140.1\nS2,d,36.1,140.1\nST1,e,36.1,140.1\n")
                                       << "stops.txt:5" << "stop_id";
        QTest::newRow("latitude out of range") << "stops.txt" << QByteArray("stop_id,stop_name,stop_lat,stop_lon\nS1,a,36.1,140.1\nS2,b,96.1,140.1\nS3,c,36.1,140.1\nST1,e,36.1,140.1\n")
                                               << "stops.txt:3" << "stop_lat";
        QTest::newRow("stop without coordinates") << "stops.txt" << QByteArray("stop_id,stop_name,stop_lat,stop_lon\nS1,a,36.1,140.1\nS2,b,,\nS3,c,36.1,140.1\nST1,e,36.1,140.1\n")
                                                  << "stops.txt:3" << "stop_lat";
        QTest::newRow("trip with one stop") << "stop_times.txt" << stopTimesHead + "T1,07:00:00,07:00:00,S1,1\nT2,07:05:00,07:05:00,S2,1\nT2,07:09:00,07:09:00,S3,2\n"
                                            << "stop_times.txt:2" << "only one stop";
        QTest::newRow("last stop without time") << "stop_times.txt" << stopTimesHead + "T1,07:00:00,07:00:00,S1,1\nT1,,,S3,2\nT1,,,S2,3\n"
                                                << "stop_times.txt:4" << "arrival_time";
        QTest::newRow("calendar ends before it starts") << "calendar.txt" << QByteArray("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20270401,20270331\n")
                                                        << "calendar.txt:2" << "end_date";
        QTest::newRow("bad date") << "calendar_dates.txt" << QByteArray("service_id,date,exception_type\nWD,20261103,2\nHOL,20261332,1\n")
                                  << "calendar_dates.txt:3" << "date";
        QTest::newRow("bad exception type") << "calendar_dates.txt" << QByteArray("service_id,date,exception_type\nWD,20261103,3\n")
                                            << "calendar_dates.txt:2" << "exception_type";
        QTest::newRow("frequency ends before start") << "frequencies.txt" << QByteArray("trip_id,start_time,end_time,headway_secs\nT1,09:00:00,08:00:00,600\n")
                                                     << "frequencies.txt:2" << "end_time";
        QTest::newRow("frequency of unknown trip") << "frequencies.txt" << QByteArray("trip_id,start_time,end_time,headway_secs\nT9,08:00:00,09:00:00,600\n")
                                                   << "frequencies.txt:2" << "trip_id";
        QTest::newRow("trip to unknown shape") << "trips.txt" << QByteArray("route_id,service_id,trip_id,shape_id\nR1,WD,T1,SH1\nR1,WD,T2,SH2\nR2,HOL,T3,\n")
                                               << "trips.txt:3" << "SH2";
        QTest::newRow("trip to unknown office") << "trips.txt" << QByteArray("route_id,service_id,trip_id,jp_office_id\nR1,WD,T1,OF1\nR1,WD,T2,OF2\nR2,HOL,T3,\n")
                                                << "trips.txt:3" << "OF2";
        QTest::newRow("route of unknown agency") << "routes.txt" << QByteArray("route_id,agency_id,route_type\nR1,8050001000001,3\nR2,999,3\n")
                                                 << "routes.txt:3" << "agency_id";
    }
    void badFeedsChangeNothing()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, says);
        auto twin = test::makeTwin(m_dir, QStringLiteral("bad-%1.gpkg").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(twin);
        // A good feed first: the bad one must leave it as it was.
        const QString good = m_dir.filePath(QStringLiteral("feed.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), good));
        QVERIFY(importInTransaction(*twin, good));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop_time"), QStringLiteral("8"));

        QMap<QString, QByteArray> replace{{member, content}};
        if (member == QLatin1String("calendar.txt") && content.isNull())
            replace.insert(QStringLiteral("calendar_dates.txt"), QByteArray()); // neither of the two
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), good, replace));
        auto result = importInTransaction(*twin, good);
        QVERIFY(!result);
        const QString text = result.error().toString();
        if (!where.isEmpty())
            QVERIFY2(result.error().where == where, qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop_time"), QStringLiteral("8"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stops"), QStringLiteral("4"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_shapes"), QStringLiteral("1"));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_trip"), QStringLiteral("3"));
    }

    void aRefusedFirstImportLeavesNoLayers()
    {
        auto twin = test::makeTwin(m_dir, QStringLiteral("fresh.gpkg"));
        QVERIFY(twin);
        QVERIFY(!twin->hasLayer(QStringLiteral("gtfs_stops")));
        const QString zip = m_dir.filePath(QStringLiteral("late.zip"));
        // Valid up to the very last check before writing (a shape of one point).
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip,
                                {{QStringLiteral("shapes.txt"), "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nSH1,36.1,140.1,1\n"}}));
        auto result = importInTransaction(*twin, zip);
        QVERIFY(!result);
        QVERIFY2(result.error().toString().contains(QStringLiteral("SH1")), qPrintable(result.error().toString()));
        QVERIFY(!twin->hasLayer(QStringLiteral("gtfs_stops")));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_feed"), QStringLiteral("0"));
        // A failure while writing (a view already named gtfs_shapes stops the second layer) rolls back
        // the first layer too.
        QVERIFY(sqlite3_exec(twin->handle(), "CREATE VIEW gtfs_shapes AS SELECT 1 AS x", nullptr, nullptr, nullptr) == SQLITE_OK);
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip));
        auto failed = importInTransaction(*twin, zip);
        QVERIFY(!failed);
        QVERIFY(!twin->hasLayer(QStringLiteral("gtfs_stops")));
        QCOMPARE(scalar(*twin, "SELECT count(*) FROM gtfs_stop"), QStringLiteral("0"));
    }

    void notAZip()
    {
        auto twin = test::makeTwin(m_dir, QStringLiteral("notzip.gpkg"));
        QVERIFY(twin);
        const QString path = QStringLiteral(CITYTWIN_SOURCE_DIR "/tests/plugins/fleets/data/feed_good/stops.txt");
        GtfsImporter importer;
        auto result = importer.import(*twin, path);
        QVERIFY(!result);
        QVERIFY(result.error().toString().contains(QStringLiteral("zip")));
    }
};

QTEST_GUILESS_MAIN(TstGtfsImporter)
#include "tst_gtfsimporter.moc"
