// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Schedule adherence: delays interpolated along a trip's legs, standing at a stop, untimed stops,
// loops; along a curved GTFS shape (a U-shaped route where the straight leg is wrong, hand-worked)
// with the stops placed by shape_dist_traveled when the feed has it; and over a twin with an
// imported feed and reported positions (after-midnight trip, frequency-based trip, unknown trip,
// trips with shapes), exported as CSV.
#include "fleetstestsupport.h"
#include "fleetstwin.h"

#include "ct/fleets/gtfsimporter.h"
#include "ct/fleets/scheduleadherence.h"
#include "ct/fleets/vehiclepositionupdater.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"

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

/// A U-shaped route from U1 (0, 0) up 1000 m, across 200 m and down to U2 (200, 0), 2200 m in
/// 22 minutes (100 m a minute); the straight leg U1 → U2 is only 200 m long.
const std::vector<Point> kU{{0, 0}, {0, 1000}, {200, 1000}, {200, 0}};

std::vector<TripStop> uStops()
{
    return {{QStringLiteral("U1"), QStringLiteral("Up"), {0, 0}, at(8, 0), at(8, 0)},
            {QStringLiteral("U2"), QStringLiteral("Down"), {200, 0}, at(8, 22), at(8, 22)}};
}

/// Out and back along one street, 10 m between the directions: 2010 m. B stands on the middle
/// of the street (500, 5) and is served on the way back (1510 m, shape_dist_traveled 1.51 km):
/// projected in order it would land on the way out (500 m, the first of two equally near places).
const std::vector<Point> kOutAndBack{{0, 0}, {1000, 0}, {1000, 10}, {0, 10}};

std::vector<TripStop> outAndBackStops(bool withDistances)
{
    std::vector<TripStop> stops{{QStringLiteral("A"), QStringLiteral("Alpha"), {0, 0}, at(8, 0), at(8, 0)},
                                {QStringLiteral("B"), QStringLiteral("Bravo"), {500, 5}, at(8, 15, 6), at(8, 15, 6)},
                                {QStringLiteral("C"), QStringLiteral("Charlie"), {0, 10}, at(8, 20, 6), at(8, 20, 6)}};
    if (withDistances) {
        stops[0].shapeDistance = 0.0;
        stops[1].shapeDistance = 1.51;
        stops[2].shapeDistance = 2.01;
    }
    return stops;
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

    void alongACurvedShape()
    {
        const TripShape u(kU);
        QCOMPARE(u.length(), 2200.0);
        // Half way up the left side (500 m along the shape) at 08:05: due 08:05, on time. The
        // straight leg U1 → U2 puts the bus at U1 (due 08:00) and calls it 5 minutes late.
        auto shaped = ScheduleAdherence::estimate(uStops(), {0, 500}, at(8, 5), Where::Moving, QStringLiteral("U2"), u);
        QVERIFY(shaped);
        QCOMPARE(shaped->scheduled, at(8, 5));
        QCOMPARE(shaped->delaySeconds, 0);
        QVERIFY(shaped->alongShape);
        auto straight = ScheduleAdherence::estimate(uStops(), {0, 500}, at(8, 5), Where::Moving, QStringLiteral("U2"));
        QVERIFY(straight);
        QCOMPARE(straight->delaySeconds, 300);
        QVERIFY(!straight->alongShape);
        // 100 m down the right side (1300 m along) at 08:14: due 08:13, a minute late. The
        // straight leg puts it at U2 (due 08:22): "8 minutes early".
        auto down = ScheduleAdherence::estimate(uStops(), {205, 900}, at(8, 14), Where::Moving, QStringLiteral("U2"), u);
        QVERIFY(down);
        QCOMPARE(down->scheduled, at(8, 13));
        QCOMPARE(down->delaySeconds, 60);
        QCOMPARE(ScheduleAdherence::estimate(uStops(), {205, 900}, at(8, 14), Where::Moving, QStringLiteral("U2"))->delaySeconds, -480);
        // Without the stop it heads for: the nearest point of the whole shape.
        auto any = ScheduleAdherence::estimate(uStops(), {100, 1010}, at(8, 12), Where::Moving, {}, u);
        QVERIFY(any);
        QCOMPARE(any->scheduled, at(8, 11));
        // An untimed stop half way along the shape (at the top's middle, 1100 m) gets 08:11,
        // not the time of its straight distance from U1 (1005 m of 1205 m by the straight legs).
        std::vector<TripStop> three = uStops();
        three.insert(three.begin() + 1, TripStop{QStringLiteral("T"), QStringLiteral("Top"), {100, 1000}, -1, -1});
        auto top = ScheduleAdherence::estimate(three, {100, 1000}, at(8, 11), Where::Stopped, QStringLiteral("T"), u);
        QVERIFY(top);
        QCOMPARE(top->scheduled, at(8, 11));
        QCOMPARE(top->delaySeconds, 0);
    }

    void shapeDistTraveledPlacesTheStops()
    {
        const TripShape line(kOutAndBack);
        // The feed's kilometres, mapped onto the 2010 m line by its end stops: B at 1510 m.
        const std::vector<double> placed = line.locate(outAndBackStops(true));
        QCOMPARE(placed.size(), std::size_t(3));
        QCOMPARE(placed[0], 0.0);
        QVERIFY(std::abs(placed[1] - 1510.0) < 1e-9);
        QCOMPARE(placed[2], 2010.0);
        // Projected in order instead, B lands on the way out.
        QCOMPARE(line.locate(outAndBackStops(false))[1], 500.0);
        // 700 m out at 08:07, heading for B: due 700/1510 of the 906 s to B = 08:07:00, on time.
        auto withDistances = ScheduleAdherence::estimate(outAndBackStops(true), {700, 0}, at(8, 7), Where::Moving, QStringLiteral("B"), line);
        QVERIFY(withDistances);
        QCOMPARE(withDistances->scheduled, at(8, 7));
        QCOMPARE(withDistances->delaySeconds, 0);
        // With B projected at 500 m the bus could be no further than B (never past the stop it
        // heads for): due at B, 08:15:06 — a wrong 8 min 6 s early.
        auto projected = ScheduleAdherence::estimate(outAndBackStops(false), {700, 0}, at(8, 7), Where::Moving, QStringLiteral("B"), line);
        QVERIFY(projected);
        QCOMPARE(projected->delaySeconds, -486);
        // Distances that go backwards are not trusted: the stops are projected instead.
        std::vector<TripStop> broken = outAndBackStops(true);
        broken[1].shapeDistance = 2.5;
        QCOMPARE(line.locate(broken)[1], 500.0);
    }

    void shapesOverTheTwin()
    {
        // The U and the out-and-back street in a real feed (WGS 84, stop_times with and without
        // shape_dist_traveled), imported, positions reported through GTFS-Realtime.
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        auto toWgs = geo::CrsTransform::create(geo::crs::kJgd2011ZoneIX, geo::crs::kWgs84);
        QVERIFY(toWgs);
        auto toPlane = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
        QVERIFY(toPlane);
        Point base{140.1115, 36.0826};
        QVERIFY(toPlane->forward(base));
        auto wgs = [&](Point p) {
            Point q{base.x + p.x, base.y + p.y};
            toWgs->forward(q);
            return q;   // x longitude, y latitude
        };
        auto latLon = [&](Point p) {
            const Point q = wgs(p);
            return QStringLiteral("%1,%2").arg(q.y, 0, 'f', 10).arg(q.x, 0, 'f', 10);
        };
        QByteArray stops = "stop_id,stop_name,stop_lat,stop_lon\n";
        stops += QStringLiteral("U1,Up,%1\nU2,Down,%2\nA,Alpha,%3\nB,Bravo,%4\nC,Charlie,%5\n")
                     .arg(latLon({0, 0}), latLon({200, 0}), latLon({0, 0}), latLon({500, 5}), latLon({0, 10})).toUtf8();
        QByteArray shapes = "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n";
        for (int i = 0; i < 4; ++i) {
            shapes += QStringLiteral("SHU,%1,%2\n").arg(latLon(kU[std::size_t(i)])).arg(i + 1).toUtf8();
            shapes += QStringLiteral("SHS,%1,%2\n").arg(latLon(kOutAndBack[std::size_t(i)])).arg(i + 1).toUtf8();
        }
        const QByteArray trips = "route_id,service_id,trip_id,shape_id\nR1,WD,TU,SHU\nR1,WD,TS,SHS\nR1,WD,TN,SHS\nR2,WD,TL,\n";
        const QByteArray stopTimes = "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n"
                                     "TU,08:00:00,08:00:00,U1,1,\nTU,08:22:00,08:22:00,U2,2,\n"
                                     "TS,08:00:00,08:00:00,A,1,0\nTS,08:15:06,08:15:06,B,2,1.51\nTS,08:20:06,08:20:06,C,3,2.01\n"
                                     "TN,08:00:00,08:00:00,A,1,\nTN,08:15:06,08:15:06,B,2,\nTN,08:20:06,08:20:06,C,3,\n"
                                     "TL,08:00:00,08:00:00,U1,1,\nTL,08:22:00,08:22:00,U2,2,\n";
        const QString zip = dir.filePath(QStringLiteral("shapes.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip,
                                {{QStringLiteral("stops.txt"), stops}, {QStringLiteral("shapes.txt"), shapes},
                                 {QStringLiteral("trips.txt"), trips}, {QStringLiteral("stop_times.txt"), stopTimes},
                                 {QStringLiteral("frequencies.txt"), QByteArray()}, {QStringLiteral("office_jp.txt"), QByteArray()}}));
        GtfsImporter importer;
        auto imported = importer.import(*twin, zip);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        auto reportAt = [&](const QString &vehicle, const QString &trip, Point p, const QString &stop, QTime time) {
            const Point q = wgs(p);
            return report(vehicle, trip, q.y, q.x, stop, VehiclePosition::Status::InTransitTo,
                          QDateTime(QDate(2026, 12, 1), time, QTimeZone("Asia/Tokyo")).toSecsSinceEpoch());
        };
        QVERIFY(VehiclePositionUpdater::apply(*twin, {reportAt(QStringLiteral("V1"), QStringLiteral("TU"), {0, 500}, QStringLiteral("U2"), QTime(8, 5)),
                                                      reportAt(QStringLiteral("V2"), QStringLiteral("TS"), {700, 0}, QStringLiteral("B"), QTime(8, 7)),
                                                      reportAt(QStringLiteral("V3"), QStringLiteral("TN"), {700, 0}, QStringLiteral("B"), QTime(8, 7)),
                                                      reportAt(QStringLiteral("V4"), QStringLiteral("TL"), {0, 500}, QStringLiteral("U2"), QTime(8, 5))}));
        auto entries = ScheduleAdherence::compute(*twin);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().toString()));
        QCOMPARE(entries->size(), std::size_t(4));
        for (const AdherenceEntry &e : *entries)
            QVERIFY2(e.known(), qPrintable(e.vehicleId + QLatin1String(": ") + e.problem));
        // Along the U: on time (within the round trip through WGS 84); the same place on the
        // trip without a shape is measured on the straight leg: 5 minutes late.
        QVERIFY2(std::abs((*entries)[0].delaySeconds) <= 1, qPrintable(QString::number((*entries)[0].delaySeconds)));
        QVERIFY((*entries)[0].alongShape);
        QVERIFY2(std::abs((*entries)[3].delaySeconds - 300) <= 1, qPrintable(QString::number((*entries)[3].delaySeconds)));
        QVERIFY(!(*entries)[3].alongShape);
        // shape_dist_traveled from stop_times places B on the way back: on time; the same trip
        // without it projects B on the way out: 486 s early.
        QVERIFY2(std::abs((*entries)[1].delaySeconds) <= 1, qPrintable(QString::number((*entries)[1].delaySeconds)));
        QVERIFY2(std::abs((*entries)[2].delaySeconds + 486) <= 1, qPrintable(QString::number((*entries)[2].delaySeconds)));
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
