// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetstwin.h"
#include "twinsql.h"

#include "ct/fleets/dispatchdesk.h"
#include "ct/fleets/fleetoperationsschema.h"
#include "ct/fleets/requestintake.h"
#include "ct/fleets/straightlinetraveltimes.h"

#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;
using namespace ct::fleets::test; // iso, exec, scalar, actor (twinsql.h)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

/// ODB-1: 4 seats, no wheelchair place, at x = 0; ODB-2: 8 seats, one wheelchair place, at
/// x = 5 km; both on the line y = 0, driven at 10 m/s in straight lines.
void addVehicles(store::TwinStore &twin)
{
    QVERIFY(exec(twin, QStringLiteral(
        "INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, wheelchair_places, state, x, y, updated_at) VALUES "
        "('ODB-1', 'on_demand_bus', 4, 0, 'idle', 0, 0, '%1'), ('ODB-2', 'on_demand_bus', 8, 1, 'idle', 5000, 0, '%1'), "
        "('CB-1', 'community_bus', 30, 2, 'in_service', 100, 0, '%1')").arg(iso(kNow))));
}

qint64 addRequest(store::TwinStore &twin, double fromX, double toX, int earliestAfter, int latestAfter, int passengers, bool wheelchair)
{
    const bool ok = exec(twin, QStringLiteral(
        "INSERT INTO fleet_request (created_at, pickup_x, pickup_y, dropoff_x, dropoff_y, earliest_pickup, latest_arrival, passengers, "
        "wheelchair) VALUES ('%1', %2, 0, %3, 0, '%4', '%5', %6, %7)")
        .arg(iso(kNow)).arg(fromX).arg(toX).arg(iso(kNow.addSecs(earliestAfter))).arg(iso(kNow.addSecs(latestAfter)))
        .arg(passengers).arg(wheelchair ? 1 : 0));
    return ok ? sqlite3_last_insert_rowid(twin.handle()) : -1;
}

DispatchDesk loadDesk(store::TwinStore &twin)
{
    auto desk = DispatchDesk::load(twin, std::make_shared<StraightLineTravelTimes>(10.0, 1.0), kNow, 0.0);
    if (!desk)
        qFatal("%s", qPrintable(desk.error().toString()));
    return std::move(desk).value();
}

} // namespace

class TestDispatchDesk : public QObject
{
    Q_OBJECT

private slots:
    void proposalIsTheCheapestInsertion()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const qint64 id = addRequest(*twin, 1000, 3000, 0, 3600, 2, false);
        const DispatchDesk desk = loadDesk(*twin);
        QCOMPARE(int(desk.openRequests().size()), 1);
        QCOMPARE(int(desk.vehicleIds().size()), 2); // the community bus takes no on-demand rides
        const auto p = desk.proposal(id);
        QVERIFY(p);
        QCOMPARE(p->vehicleId, QStringLiteral("ODB-1"));
        QCOMPARE(p->pickupEta, kNow.addSecs(100));
        QCOMPARE(p->dropoffEta, kNow.addSecs(300));
        QCOMPARE(p->detourSeconds, 300.0);
        QCOMPARE(p->directSeconds, 200.0);
        const auto all = desk.alternatives(id);
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(all[1].vehicleId, QStringLiteral("ODB-2"));
        QCOMPARE(all[1].pickupEta, kNow.addSecs(400));
    }

    void acceptIsAuditedAndPlansTheStops()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const qint64 id = addRequest(*twin, 1000, 3000, 0, 3600, 2, false);
        const DispatchDesk desk = loadDesk(*twin);
        const auto status = desk.accept(*twin, actor(core::Role::MobilityDispatcher, QStringLiteral("yamada")), id);
        QVERIFY2(status, status ? "" : qPrintable(status.error().toString()));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status || ' ' || vehicle_id || ' ' || decision || ' ' || decided_by FROM fleet_request")),
                 QStringLiteral("assigned ODB-1 accepted yamada"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT pickup_eta FROM fleet_request")), iso(kNow.addSecs(100)));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT group_concat(kind || '@' || planned_at, ',') FROM (SELECT * FROM fleet_stop ORDER BY seq)")),
                 QStringLiteral("pickup@%1,dropoff@%2").arg(iso(kNow.addSecs(100)), iso(kNow.addSecs(300))));
        const auto log = twin->auditLog(1);
        QCOMPARE(int(log.size()), 1);
        QCOMPARE(log[0].action, FleetOperationsSchema::acceptAction());
        QCOMPARE(log[0].operatorName, QStringLiteral("yamada"));
        QCOMPARE(log[0].target, QStringLiteral("fleet_request:%1").arg(id));
        QCOMPARE(log[0].after.value(QStringLiteral("vehicle")).toString(), QStringLiteral("ODB-1"));

        // The next request sees ODB-1's stops: the desk reads them back.
        const qint64 second = addRequest(*twin, 1500, 2500, 0, 3600, 1, false);
        const DispatchDesk again = loadDesk(*twin);
        QCOMPARE(int(again.openRequests().size()), 1);
        const auto p = again.proposal(second);
        QVERIFY(p);
        QCOMPARE(p->vehicleId, QStringLiteral("ODB-1"));
        QCOMPARE(p->detourSeconds, 0.0); // on the way
        QVERIFY(again.accept(*twin, actor(core::Role::Administrator, QStringLiteral("admin")), second));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT group_concat(request_id || kind, ',') FROM (SELECT * FROM fleet_stop ORDER BY seq)")),
                 QStringLiteral("%1pickup,%2pickup,%2dropoff,%1dropoff").arg(id).arg(second));
    }

    void overrideToAnotherFeasibleVehicle()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const qint64 id = addRequest(*twin, 1000, 3000, 0, 3600, 2, false);
        const DispatchDesk desk = loadDesk(*twin);
        QVERIFY(desk.infeasibility(id, QStringLiteral("ODB-2")).isEmpty());
        QVERIFY(desk.override(*twin, actor(core::Role::MobilityDispatcher, QStringLiteral("yamada")), id, QStringLiteral("ODB-2")));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT vehicle_id || ' ' || decision || ' ' || pickup_eta FROM fleet_request")),
                 QStringLiteral("ODB-2 overridden %1").arg(iso(kNow.addSecs(400))));
        QCOMPARE(twin->auditLog(1)[0].action, FleetOperationsSchema::overrideAction());
    }

    void infeasibleOverrideIsRefusedWithTheReason_data()
    {
        QTest::addColumn<double>("fromX");
        QTest::addColumn<double>("toX");
        QTest::addColumn<int>("latest");
        QTest::addColumn<int>("passengers");
        QTest::addColumn<bool>("wheelchair");
        QTest::addColumn<QString>("vehicle");
        QTest::addColumn<QString>("reason");
        QTest::newRow("seats") << 1000.0 << 3000.0 << 3600 << 6 << false << "ODB-1" << "capacity: ODB-1 has 4 seats, the request needs 6";
        QTest::newRow("wheelchair") << 1000.0 << 3000.0 << 3600 << 1 << true << "ODB-1" << "capacity: ODB-1 has no wheelchair place";
        // ODB-2 needs 400 s to the pick-up and 200 s more to the drop-off: 10 minutes do not do.
        QTest::newRow("time window") << 1000.0 << 3000.0 << 500 << 1 << false << "ODB-2" << "time window: ODB-2 reaches the pick-up";
    }

    void infeasibleOverrideIsRefusedWithTheReason()
    {
        QFETCH(double, fromX);
        QFETCH(double, toX);
        QFETCH(int, latest);
        QFETCH(int, passengers);
        QFETCH(bool, wheelchair);
        QFETCH(QString, vehicle);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const qint64 id = addRequest(*twin, fromX, toX, 0, latest, passengers, wheelchair);
        const DispatchDesk desk = loadDesk(*twin);
        const auto status = desk.override(*twin, actor(core::Role::MobilityDispatcher, QStringLiteral("yamada")), id, vehicle);
        QVERIFY(!status);
        QVERIFY2(status.error().message.startsWith(reason), qPrintable(status.error().message));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status FROM fleet_request")), QStringLiteral("open"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM fleet_stop")), QStringLiteral("0"));
        QVERIFY(twin->auditLog(5).empty());
    }

    void rolesWithoutTheRightAreRefused_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("viewer") << int(core::Role::Viewer);
        QTest::newRow("planner") << int(core::Role::Planner);
        QTest::newRow("hq-commander") << int(core::Role::HqCommander);
    }

    void rolesWithoutTheRightAreRefused()
    {
        QFETCH(int, role);
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const qint64 id = addRequest(*twin, 1000, 3000, 0, 3600, 2, false);
        const DispatchDesk desk = loadDesk(*twin);
        const core::Actor who = actor(core::Role(role), QStringLiteral("someone"));
        QVERIFY(!desk.accept(*twin, who, id));
        QVERIFY(!desk.override(*twin, who, id, QStringLiteral("ODB-2")));
        QVERIFY(!desk.reject(*twin, who, id, QStringLiteral("no")));
        QVERIFY(!desk.reoptimise(*twin, who));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status FROM fleet_request")), QStringLiteral("open"));
        QVERIFY(twin->auditLog(5).empty());
    }

    void rejectNeedsAReasonAndIsAudited()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const qint64 id = addRequest(*twin, 1000, 3000, 0, 3600, 2, false);
        const DispatchDesk desk = loadDesk(*twin);
        const core::Actor who = actor(core::Role::MobilityDispatcher, QStringLiteral("yamada"));
        QVERIFY(!desk.reject(*twin, who, id, QStringLiteral("  ")));
        QVERIFY(twin->auditLog(5).empty());
        QVERIFY(desk.reject(*twin, who, id, QStringLiteral("outside the service area")));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status || '/' || reason FROM fleet_request")),
                 QStringLiteral("rejected/outside the service area"));
        QCOMPARE(twin->auditLog(1)[0].action, FleetOperationsSchema::rejectAction());
        // A decided request is no longer open.
        QVERIFY(!desk.accept(*twin, who, id));
    }

    void newRequestsAreCheckedAndAudited_data()
    {
        QTest::addColumn<double>("fromX");
        QTest::addColumn<double>("toX");
        QTest::addColumn<int>("earliest");
        QTest::addColumn<int>("latest");
        QTest::addColumn<int>("passengers");
        QTest::addColumn<bool>("wheelchair");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("good") << 1000.0 << 3000.0 << 0 << 3600 << 2 << false << QString();
        QTest::newRow("outside the zones") << 4000.0 << 3000.0 << 0 << 3600 << 2 << false << "fleet_request.pickup";
        QTest::newRow("no passengers") << 1000.0 << 3000.0 << 0 << 3600 << 0 << false << "fleet_request.passengers";
        QTest::newRow("more than any bus seats") << 1000.0 << 3000.0 << 0 << 3600 << 9 << false << "fleet_request.passengers";
        QTest::newRow("same place") << 1000.0 << 1010.0 << 0 << 3600 << 1 << false << "fleet_request.dropoff";
        QTest::newRow("window backwards") << 1000.0 << 3000.0 << 600 << 300 << 1 << false << "fleet_request.latest_arrival";
        QTest::newRow("window passed") << 1000.0 << 3000.0 << -3600 << -60 << 1 << false << "fleet_request.latest_arrival";
        // 2 km at 10 m/s is 200 s: two minutes cannot do.
        QTest::newRow("impossible window") << 1000.0 << 3000.0 << 0 << 120 << 1 << false << "fleet_request.latest_arrival";
    }

    void newRequestsAreCheckedAndAudited()
    {
        QFETCH(double, fromX);
        QFETCH(double, toX);
        QFETCH(int, earliest);
        QFETCH(int, latest);
        QFETCH(int, passengers);
        QFETCH(bool, wheelchair);
        QFETCH(QString, error);
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        // One on-demand zone: x 0..3500, y −1000..1000.
        store::LayerDefinition routes;
        routes.name = QStringLiteral("bus_routes");
        routes.geometryType = geo::GeometryType::LineString;
        routes.fields = {{QStringLiteral("kind"), store::FieldDefinition::Type::Text, false}};
        QVERIFY(twin->createLayer(routes));
        auto writer = twin->writer(QStringLiteral("bus_routes"), {QStringLiteral("kind")});
        QVERIFY(writer);
        QVERIFY(writer->insert(geo::Geometry::lineString({{0, -1000}, {3500, -1000}, {3500, 1000}, {0, 1000}, {0, -1000}}),
                               {QStringLiteral("on_demand_zone")}));
        QVERIFY(writer->finish());
        NewRideRequest r;
        r.pickup = {fromX, 0};
        r.dropoff = {toX, 0};
        r.earliestPickup = kNow.addSecs(earliest);
        r.latestArrival = kNow.addSecs(latest);
        r.passengers = passengers;
        r.wheelchair = wheelchair;
        const StraightLineTravelTimes times(10.0, 1.0);
        // A viewer may not enter rides.
        QVERIFY(!RequestIntake::submit(*twin, actor(core::Role::Viewer, QStringLiteral("v")), r, times, kNow));
        const auto id = RequestIntake::submit(*twin, actor(core::Role::MobilityDispatcher, QStringLiteral("yamada")), r, times, kNow);
        if (error.isEmpty()) {
            QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
            QCOMPARE(scalar(*twin, QStringLiteral("SELECT status || ' ' || passengers FROM fleet_request")), QStringLiteral("open %1").arg(passengers));
            QCOMPARE(twin->auditLog(1)[0].action, FleetOperationsSchema::requestAction());
            // The desk proposes a vehicle for it.
            QVERIFY(loadDesk(*twin).proposal(id.value()));
        } else {
            QVERIFY(!id);
            QCOMPARE(id.error().where, error);
            QCOMPARE(scalar(*twin, QStringLiteral("SELECT count(*) FROM fleet_request")), QStringLiteral("0"));
            QVERIFY(twin->auditLog(5).empty());
        }
    }

    void reoptimiseMovesNotStartedPickups()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        addVehicles(*twin);
        const core::Actor who = actor(core::Role::MobilityDispatcher, QStringLiteral("yamada"));
        // A ride near ODB-2 put on ODB-1 by hand: re-optimisation gives it to ODB-2.
        const qint64 id = addRequest(*twin, 5200, 5800, 0, 7200, 1, false);
        QVERIFY(loadDesk(*twin).override(*twin, who, id, QStringLiteral("ODB-1")));
        double saved = 0;
        const auto status = loadDesk(*twin).reoptimise(*twin, who, &saved);
        QVERIFY2(status, status ? "" : qPrintable(status.error().toString()));
        QCOMPARE(saved, 500.0); // 520 s from ODB-1 against 20 s from ODB-2
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT vehicle_id FROM fleet_request")), QStringLiteral("ODB-2"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT group_concat(DISTINCT vehicle_id) FROM fleet_stop")), QStringLiteral("ODB-2"));
        QCOMPARE(twin->auditLog(1)[0].action, FleetOperationsSchema::reoptimiseAction());

        // A started stop stays where it is.
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_stop SET started = 1 WHERE kind = 'pickup'")));
        QVERIFY(exec(*twin, QStringLiteral("UPDATE fleet_vehicle SET x = 5100 WHERE vehicle_id = 'ODB-1'")));
        QVERIFY(loadDesk(*twin).reoptimise(*twin, who, &saved));
        QCOMPARE(saved, 0.0);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT vehicle_id FROM fleet_request")), QStringLiteral("ODB-2"));
    }
};

QTEST_GUILESS_MAIN(TestDispatchDesk)
#include "tst_dispatchdesk.moc"
