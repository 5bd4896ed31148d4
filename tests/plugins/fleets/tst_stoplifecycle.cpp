// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The on-demand stop lifecycle: a dispatcher marks the next stop started and done (pick-up →
// picked_up, drop-off → completed) or a no-show (→ cancelled, reason no_show), in order, each an
// audited action; viewers and planners are refused; position reports standing within 40 m of the
// next stop start it (not further away, not while moving, never done).
#include "fleetstwin.h"
#include "twinsql.h"

#include "ct/fleets/dispatchdesk.h"
#include "ct/fleets/liveoperationsschema.h"
#include "ct/fleets/stoplifecycle.h"
#include "ct/fleets/straightlinetraveltimes.h"
#include "ct/fleets/vehiclepositionupdater.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"

#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;
using namespace ct::fleets::test; // iso, exec, scalar, actor (twinsql.h)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

const core::Actor kDispatcher = actor(core::Role::MobilityDispatcher, QStringLiteral("yamada"));

/// ODB-1 (4 seats) at (0, 0) with two accepted rides along y = 0: #1 1000 → 3000 (2 riders),
/// #2 1500 → 2500 (1 rider); stops: 1 pick-up, 2 pick-up, 2 drop-off, 1 drop-off.
std::unique_ptr<store::TwinStore> twinWithRides(const QTemporaryDir &dir)
{
    auto twin = test::makeTwin(dir);
    if (!twin)
        return nullptr;
    if (!exec(*twin, QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, wheelchair_places, state, x, y, updated_at) "
                                    "VALUES ('ODB-1', 'on_demand_bus', 4, 0, 'idle', 0, 0, '%1')").arg(iso(kNow))))
        return nullptr;
    for (auto [from, to, riders] : {std::tuple{1000, 3000, 2}, std::tuple{1500, 2500, 1}}) {
        if (!exec(*twin, QStringLiteral("INSERT INTO fleet_request (created_at, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, "
                                        "dropoff_y, earliest_pickup, latest_arrival, passengers) VALUES ('%1', 'P%2', %2, 0, 'D%3', %3, 0, "
                                        "'%1', '%4', %5)").arg(iso(kNow)).arg(from).arg(to).arg(iso(kNow.addSecs(3600))).arg(riders)))
            return nullptr;
        auto desk = DispatchDesk::load(*twin, std::make_shared<StraightLineTravelTimes>(10.0, 1.0), kNow, 0.0);
        if (!desk || !desk->accept(*twin, kDispatcher, sqlite3_last_insert_rowid(twin->handle())))
            return nullptr;
    }
    return twin;
}

QString stops(store::TwinStore &twin)
{
    return scalar(twin, QStringLiteral("SELECT group_concat(request_id || kind || started, ',') FROM (SELECT * FROM fleet_stop ORDER BY seq)"));
}

int seqOf(store::TwinStore &twin, int request, const char *kind)
{
    return scalar(twin, QStringLiteral("SELECT seq FROM fleet_stop WHERE request_id = %1 AND kind = '%2'").arg(request).arg(QLatin1String(kind)))
        .toInt();
}

/// A report of ODB-1 at (x, y) EPSG:6677 in WGS 84.
VehiclePosition report(double x, double y, VehiclePosition::Status status, std::optional<double> speed, const QDateTime &at)
{
    auto toWgs84 = geo::CrsTransform::create(geo::crs::kJgd2011ZoneIX, geo::crs::kWgs84);
    geo::Point p{x, y};
    if (!toWgs84 || !toWgs84->forward(p))
        qFatal("no transform");
    VehiclePosition v;
    v.vehicleId = QStringLiteral("ODB-1");
    v.longitude = p.x;
    v.latitude = p.y;
    v.status = status;
    v.speed = speed;
    v.timestamp = at.toSecsSinceEpoch();
    return v;
}

} // namespace

class TestStopLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void lifecycleInOrder()
    {
        QTemporaryDir dir;
        auto twin = twinWithRides(dir);
        QVERIFY(twin);
        QCOMPARE(stops(*twin), QStringLiteral("1pickup0,2pickup0,2dropoff0,1dropoff0"));
        auto planned = StopLifecycle::plannedStops(*twin, QStringLiteral("ODB-1"));
        QVERIFY(planned);
        QCOMPARE(int(planned->size()), 4);
        QVERIFY(planned->at(0).next);
        QVERIFY(!planned->at(1).next);
        QCOMPARE(planned->at(0).placeName, QStringLiteral("P1000"));
        const int audits = int(twin->auditLog(100).size());

        // Out of order: the second pick-up before the first, refused naming the first.
        auto refused = StopLifecycle::complete(*twin, kDispatcher, QStringLiteral("ODB-1"), seqOf(*twin, 2, "pickup"), kNow);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("pick-up of request 1")), qPrintable(refused.error().message));
        QCOMPARE(int(twin->auditLog(100).size()), audits);

        // Arrived at the first pick-up, then done: request 1 on board.
        const int first = seqOf(*twin, 1, "pickup");
        QVERIFY(StopLifecycle::start(*twin, kDispatcher, QStringLiteral("ODB-1"), first, kNow.addSecs(100)));
        QCOMPARE(stops(*twin), QStringLiteral("1pickup1,2pickup0,2dropoff0,1dropoff0"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT started_at FROM fleet_stop WHERE seq = %1").arg(first)), iso(kNow.addSecs(100)));
        auto log = twin->auditLog(1);
        QCOMPARE(log[0].action, LiveOperationsSchema::startStopAction());
        QCOMPARE(log[0].target, QStringLiteral("fleet_request:1"));
        QCOMPARE(log[0].before.value(QStringLiteral("started")).toBool(), false);
        QCOMPARE(log[0].after.value(QStringLiteral("started")).toBool(), true);
        QVERIFY(!StopLifecycle::start(*twin, kDispatcher, QStringLiteral("ODB-1"), first, kNow.addSecs(110))); // already started

        QVERIFY(StopLifecycle::complete(*twin, kDispatcher, QStringLiteral("ODB-1"), first, kNow.addSecs(130)));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status || ' ' || picked_up_at FROM fleet_request WHERE request_id = 1")),
                 QStringLiteral("picked_up %1").arg(iso(kNow.addSecs(130))));
        QCOMPARE(stops(*twin), QStringLiteral("2pickup0,2dropoff0,1dropoff0"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT occupancy FROM fleet_vehicle")), QStringLiteral("2"));
        log = twin->auditLog(1);
        QCOMPARE(log[0].action, LiveOperationsSchema::completeStopAction());
        QCOMPARE(log[0].operatorName, QStringLiteral("yamada"));
        QCOMPARE(log[0].before.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
        QCOMPARE(log[0].after.value(QStringLiteral("status")).toString(), QStringLiteral("picked_up"));

        // A drop-off cannot be a no-show; request 2's pick-up done without "arrived" first.
        QVERIFY(StopLifecycle::complete(*twin, kDispatcher, QStringLiteral("ODB-1"), seqOf(*twin, 2, "pickup"), kNow.addSecs(200)));
        const auto noShowAtDropoff = StopLifecycle::noShow(*twin, kDispatcher, QStringLiteral("ODB-1"), seqOf(*twin, 2, "dropoff"), kNow);
        QVERIFY(!noShowAtDropoff);
        QVERIFY(noShowAtDropoff.error().message.contains(QStringLiteral("drop-off")));
        QVERIFY(StopLifecycle::complete(*twin, kDispatcher, QStringLiteral("ODB-1"), seqOf(*twin, 2, "dropoff"), kNow.addSecs(300)));
        QVERIFY(StopLifecycle::complete(*twin, kDispatcher, QStringLiteral("ODB-1"), seqOf(*twin, 1, "dropoff"), kNow.addSecs(400)));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT group_concat(status, ',') FROM fleet_request")), QStringLiteral("completed,completed"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT dropped_off_at FROM fleet_request WHERE request_id = 1")), iso(kNow.addSecs(400)));
        QCOMPARE(stops(*twin), QString());
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT occupancy FROM fleet_vehicle")), QStringLiteral("0"));
        const auto none = StopLifecycle::complete(*twin, kDispatcher, QStringLiteral("ODB-1"), 0, kNow);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, core::Error::Kind::NotFound);
    }

    void noShowCancelsTheRide()
    {
        QTemporaryDir dir;
        auto twin = twinWithRides(dir);
        QVERIFY(twin);
        QVERIFY(StopLifecycle::noShow(*twin, actor(core::Role::Administrator, QStringLiteral("admin")), QStringLiteral("ODB-1"),
                                      seqOf(*twin, 1, "pickup"), kNow.addSecs(150)));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status || ' ' || reason FROM fleet_request WHERE request_id = 1")),
                 QStringLiteral("cancelled no_show"));
        QCOMPARE(stops(*twin), QStringLiteral("2pickup0,2dropoff0"));
        const auto log = twin->auditLog(1);
        QCOMPARE(log[0].action, LiveOperationsSchema::noShowAction());
        QCOMPARE(log[0].after.value(QStringLiteral("reason")).toString(), QStringLiteral("no_show"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT occupancy FROM fleet_vehicle")), QStringLiteral("0"));
    }

    void refusedForRolesWithoutTheGrant_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("viewer") << int(core::Role::Viewer);
        QTest::newRow("planner") << int(core::Role::Planner);
        QTest::newRow("hq commander") << int(core::Role::HqCommander);
    }

    void refusedForRolesWithoutTheGrant()
    {
        QFETCH(int, role);
        QTemporaryDir dir;
        auto twin = twinWithRides(dir);
        QVERIFY(twin);
        const core::Actor who = actor(core::Role(role), QStringLiteral("someone"));
        const int first = seqOf(*twin, 1, "pickup");
        const int audits = int(twin->auditLog(100).size());
        for (const core::Status &s : {StopLifecycle::start(*twin, who, QStringLiteral("ODB-1"), first, kNow),
                                      StopLifecycle::complete(*twin, who, QStringLiteral("ODB-1"), first, kNow),
                                      StopLifecycle::noShow(*twin, who, QStringLiteral("ODB-1"), first, kNow)}) {
            QVERIFY(!s);
            QCOMPARE(s.error().kind, core::Error::Kind::Refused);
        }
        QCOMPARE(stops(*twin), QStringLiteral("1pickup0,2pickup0,2dropoff0,1dropoff0"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT group_concat(status, ',') FROM fleet_request")), QStringLiteral("assigned,assigned"));
        QCOMPARE(int(twin->auditLog(100).size()), audits);
    }

    void positionReportStartsTheNextStop_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("speed"); // < 0: not reported
        QTest::addColumn<QString>("expected");
        const QString untouched = QStringLiteral("1pickup0,2pickup0,2dropoff0,1dropoff0");
        const QString started = QStringLiteral("1pickup1,2pickup0,2dropoff0,1dropoff0");
        QTest::newRow("stopped at, 25 m away") << 1025.0 << int(VehiclePosition::Status::StoppedAt) << -1.0 << started;
        QTest::newRow("speed 0, 35 m away") << 965.0 << int(VehiclePosition::Status::InTransitTo) << 0.0 << started;
        QTest::newRow("stopped at, 60 m away") << 1060.0 << int(VehiclePosition::Status::StoppedAt) << -1.0 << untouched;
        QTest::newRow("moving, 10 m away") << 1010.0 << int(VehiclePosition::Status::InTransitTo) << 5.0 << untouched;
        QTest::newRow("in transit, no speed") << 1000.0 << int(VehiclePosition::Status::InTransitTo) << -1.0 << untouched;
        // Standing at the second pick-up is not its next stop.
        QTest::newRow("stopped at a later stop") << 1500.0 << int(VehiclePosition::Status::StoppedAt) << -1.0 << untouched;
    }

    void positionReportStartsTheNextStop()
    {
        QFETCH(double, x);
        QFETCH(int, status);
        QFETCH(double, speed);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto twin = twinWithRides(dir);
        QVERIFY(twin);
        const QDateTime at = kNow.addSecs(120);
        auto outcome = VehiclePositionUpdater::apply(*twin, {report(x, 0.0, VehiclePosition::Status(status),
                                                                    speed < 0 ? std::nullopt : std::optional<double>(speed), at)});
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QCOMPARE(outcome->updated, 1);
        QCOMPARE(stops(*twin), expected);
        QCOMPARE(outcome->stopsStarted, expected.startsWith(QStringLiteral("1pickup1")) ? 1 : 0);
        if (outcome->stopsStarted)
            QCOMPARE(scalar(*twin, QStringLiteral("SELECT started_at FROM fleet_stop WHERE request_id = 1 AND kind = 'pickup'")), iso(at));
        // Never done by a report: the request is still waiting for its rider.
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status FROM fleet_request WHERE request_id = 1")), QStringLiteral("assigned"));
    }

    void startedStopIsNotReplanned()
    {
        // A report starts request 1's pick-up; re-optimisation keeps it first on ODB-1.
        QTemporaryDir dir;
        auto twin = twinWithRides(dir);
        QVERIFY(twin);
        QVERIFY(VehiclePositionUpdater::apply(*twin, {report(1000, 0, VehiclePosition::Status::StoppedAt, std::nullopt, kNow.addSecs(60))}));
        auto desk = DispatchDesk::load(*twin, std::make_shared<StraightLineTravelTimes>(10.0, 1.0), kNow.addSecs(60), 0.0);
        QVERIFY(desk);
        QVERIFY(desk->reoptimise(*twin, kDispatcher));
        QVERIFY(stops(*twin).startsWith(QStringLiteral("1pickup1")));
    }
};

QTEST_GUILESS_MAIN(TestStopLifecycle)
#include "tst_stoplifecycle.moc"
