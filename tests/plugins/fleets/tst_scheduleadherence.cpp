// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Schedule adherence: delays interpolated along a trip's legs, standing at a stop, untimed stops,
// loops; and over a twin with an imported feed and reported positions (after-midnight trip,
// frequency-based trip, unknown trip), exported as CSV.
#include "fleetstestsupport.h"
#include "fleetstwin.h"

#include "ct/fleets/gtfsimporter.h"
#include "ct/fleets/scheduleadherence.h"
#include "ct/fleets/vehiclepositionupdater.h"

#include <QtTest>

using namespace ct;
using namespace ct::fleets;
using geo::Point;
using Where = ScheduleAdherence::Where;

namespace {

constexpr int at(int h, int m, int s = 0) { return h * 3600 + m * 60 + s; }

std::vector<TripStop> line()
{
    return {{QStringLiteral("A"), QStringLiteral("Alpha"), {0, 0}, at(8, 0), at(8, 0)},
            {QStringLiteral("B"), QStringLiteral("Bravo"), {1000, 0}, at(8, 5), at(8, 6)},
            {QStringLiteral("C"), QStringLiteral("Charlie"), {3000, 0}, at(8, 16), at(8, 16)}};
}

VehiclePosition report(const QString &vehicle, const QString &trip, double lat, double lon, const QString &stop,
                       VehiclePosition::Status status, qint64 time)
{
    VehiclePosition p;
    p.vehicleId = vehicle;
    p.tripId = trip;
    p.latitude = lat;
    p.longitude = lon;
    p.stopId = stop;
    p.status = status;
    p.timestamp = time;
    return p;
}

} // namespace

class TestScheduleAdherence : public QObject
{
    Q_OBJECT

private slots:
    void interpolatesAlongTheLeg()
    {
        // Half way from A (dep 08:00) to B (arr 08:05): due 08:02:30.
        auto late = ScheduleAdherence::estimate(line(), {500, 20}, at(8, 4, 30), Where::Moving, QStringLiteral("B"));
        QVERIFY(late);
        QCOMPARE(late->scheduled, at(8, 2, 30));
        QCOMPARE(late->delaySeconds, 120);
        QCOMPARE(late->nextStopId, QStringLiteral("B"));
        // Half way from B (dep 08:06) to C (arr 08:16): due 08:11; at 08:10 a minute early.
        auto early = ScheduleAdherence::estimate(line(), {2000, 0}, at(8, 10), Where::Moving, QStringLiteral("C"));
        QVERIFY(early);
        QCOMPARE(early->delaySeconds, -60);
        QCOMPARE(early->nextStopName, QStringLiteral("Charlie"));
        // Without the stop it heads for: the nearest leg.
        auto any = ScheduleAdherence::estimate(line(), {2500, -30}, at(8, 14), Where::Moving);
        QVERIFY(any);
        QCOMPARE(any->scheduled, at(8, 13, 30));
        QCOMPARE(any->nextStopId, QStringLiteral("C"));
    }

    void standingAtAStop()
    {
        // B: arrival 08:05, departure 08:06 — standing there in between is on time.
        QCOMPARE(ScheduleAdherence::estimate(line(), {1000, 0}, at(8, 5, 30), Where::Stopped, QStringLiteral("B"))->delaySeconds, 0);
        QCOMPARE(ScheduleAdherence::estimate(line(), {1000, 0}, at(8, 9), Where::Stopped, QStringLiteral("B"))->delaySeconds, 180);
        QCOMPARE(ScheduleAdherence::estimate(line(), {1000, 0}, at(8, 4), Where::Stopped, QStringLiteral("B"))->delaySeconds, -60);
    }

    void untimedStopsAndLoops()
    {
        // B without times: interpolated by distance between A (08:00) and C (08:16): 1/3 → 08:05:20.
        auto stops = line();
        stops[1].arrival = stops[1].departure = -1;
        auto e = ScheduleAdherence::estimate(stops, {1000, 0}, at(8, 6), Where::Stopped, QStringLiteral("B"));
        QVERIFY(e);
        QCOMPARE(e->scheduled, at(8, 5, 20));
        // A loop back to A: at A's place at 08:31 the vehicle is on the last leg, not the first.
        std::vector<TripStop> loop = line();
        loop.push_back({QStringLiteral("A2"), QStringLiteral("Alpha"), {0, 0}, at(8, 32), at(8, 32)});
        auto back = ScheduleAdherence::estimate(loop, {100, 0}, at(8, 31), Where::Moving);
        QVERIFY(back);
        QCOMPARE(back->nextStopId, QStringLiteral("A2"));
        QVERIFY(std::abs(back->delaySeconds) < 120);
        // Too few times to work with.
        std::vector<TripStop> bare = line();
        bare[2].arrival = bare[2].departure = -1;
        QVERIFY(!ScheduleAdherence::estimate(bare, {0, 0}, at(8, 0), Where::Moving));
    }

    void overTheTwinAndAsCsv()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        const QString zip = dir.filePath(QStringLiteral("tsukuba.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip,
                                {{QStringLiteral("frequencies.txt"), QByteArray("trip_id,start_time,end_time,headway_secs\nT1,07:00:00,09:00:00,900\n")}}));
        GtfsImporter importer;
        auto imported = importer.import(*twin, zip);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        // 2026-12-01 01:00 JST = 2026-11-30 16:00 UTC: T2 runs 23:50–25:30 on 30 November; the
        // bus is half way from S3 (24:58) to S2 (25:30), due 25:14 — 14 minutes early.
        const qint64 oneAm = QDateTime(QDate(2026, 11, 30), QTime(16, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 nineOhEight = QDateTime(QDate(2026, 11, 30), QTime(0, 8), Qt::UTC).toSecsSinceEpoch();
        const std::vector<VehiclePosition> positions{
            report(QStringLiteral("V1"), QStringLiteral("T2"), (36.1037 + 36.1064) / 2, (140.1045 + 140.1029) / 2, QStringLiteral("S2"),
                   VehiclePosition::Status::InTransitTo, oneAm),
            report(QStringLiteral("V2"), QStringLiteral("T3"), 36.1064, 140.1029, QStringLiteral("S2"), VehiclePosition::Status::StoppedAt, nineOhEight),
            report(QStringLiteral("V3"), QStringLiteral("T1"), 36.0826, 140.1115, {}, VehiclePosition::Status::InTransitTo, nineOhEight),
            report(QStringLiteral("V4"), QStringLiteral("T9"), 36.0826, 140.1115, {}, VehiclePosition::Status::InTransitTo, nineOhEight),
            report(QStringLiteral("V5"), {}, 36.0826, 140.1115, {}, VehiclePosition::Status::InTransitTo, nineOhEight)};
        QVERIFY(VehiclePositionUpdater::apply(*twin, positions));
        auto entries = ScheduleAdherence::compute(*twin);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(entries->size(), std::size_t(4));
        const AdherenceEntry &v1 = (*entries)[0];
        QVERIFY2(v1.known(), qPrintable(v1.problem));
        QCOMPARE(v1.tripId, QStringLiteral("T2"));
        QCOMPARE(v1.feedId, QStringLiteral("tsukuba"));
        QVERIFY2(std::abs(v1.scheduled - at(25, 14)) <= 20, qPrintable(QString::number(v1.scheduled)));
        QVERIFY2(std::abs(v1.delaySeconds + 14 * 60) <= 20, qPrintable(QString::number(v1.delaySeconds)));
        QCOMPARE(v1.nextStopId, QStringLiteral("S2"));
        const AdherenceEntry &v2 = (*entries)[1];
        QVERIFY(v2.known());
        QCOMPARE(v2.scheduled, at(9, 5));
        QCOMPARE(v2.delaySeconds, 180);
        QCOMPARE(v2.routeId, QStringLiteral("R2"));
        QVERIFY((*entries)[2].problem.contains(QStringLiteral("frequencies")));
        QVERIFY((*entries)[3].problem.contains(QStringLiteral("T9")));

        const QString csv = QString::fromUtf8(ScheduleAdherence::toCsv(*entries));
        const QStringList rows = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows[0].startsWith(QStringLiteral("vehicle_id,label,feed_id,trip_id,route_id,reported_at,scheduled,delay_s")));
        QVERIFY2(rows[2].contains(QStringLiteral(",09:05:00,180,S2,筑波大学中央,")), qPrintable(rows[2]));
        QVERIFY2(rows[1].contains(QStringLiteral(",25:1")), qPrintable(rows[1]));
        QVERIFY(rows[3].endsWith(QStringLiteral("trip T1 runs by frequencies (no fixed times)")));
    }
};

QTEST_GUILESS_MAIN(TestScheduleAdherence)
#include "tst_scheduleadherence.moc"
