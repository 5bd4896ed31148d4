// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Live on-demand operations in the panel's models: the dispatcher's desk re-reads when another
// connection changes the twin (and not otherwise), the automatic re-optimisation acts only when
// the new plan drives less, its settings and the GTFS-Realtime feed's URL / interval /
// start-on-open are remembered in QSettings (a test organisation, a temporary folder).
#include "fakesession.h"
#include "fleetstwin.h"
#include "twinsql.h"

#include "dispatchcontroller.h"

#include "ct/fleets/dispatchdesk.h"
#include "ct/fleets/fleetoperationsschema.h"
#include "ct/fleets/realtimefeedpoller.h"
#include "ct/fleets/straightlinetraveltimes.h"

#include <QJsonArray>
#include <QSettings>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;
using ct::testing::FakeSession;
using namespace ct::fleets::test; // iso, exec, scalar, actor (twinsql.h)

namespace {

/// ODB-1 at x = 0 and ODB-2 at x = 5 km on y = 0; a request from 1 km to 3 km, its window wide
/// open for the next two hours.
qint64 addRequest(store::TwinStore &twin, double from = 1000, double to = 3000)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!exec(twin.handle(), QStringLiteral("INSERT INTO fleet_request (created_at, pickup_x, pickup_y, dropoff_x, dropoff_y, "
                                            "earliest_pickup, latest_arrival, passengers) VALUES ('%1', %2, 0, %3, 0, '%1', '%4', 1)")
                                 .arg(iso(now)).arg(from).arg(to).arg(iso(now.addSecs(7200)))))
        return -1;
    return sqlite3_last_insert_rowid(twin.handle());
}

bool addVehicles(store::TwinStore &twin)
{
    return exec(twin.handle(), QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, wheelchair_places, state, x, y, updated_at) "
                                              "VALUES ('ODB-1', 'on_demand_bus', 4, 0, 'idle', 0, 0, '%1'), "
                                              "('ODB-2', 'on_demand_bus', 4, 0, 'idle', 5000, 0, '%1')")
                                   .arg(iso(QDateTime::currentDateTimeUtc())));
}

bool waitForRead(DispatchController &c, int readsBefore)
{
    return QTest::qWaitFor([&] { return !c.isBusy() && c.reads() > readsBefore; }, 20000);
}

int audits(store::TwinStore &twin, const QString &action)
{
    int n = 0;
    for (const auto &entry : twin.auditLog(1000))
        n += entry.action == action ? 1 : 0;
    return n;
}

} // namespace

class TestLiveOperations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("CityTwinTests-fleetlive"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_liveoperations"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
    }

    void deskFollowsAnotherConnection()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        QVERIFY(addVehicles(*twin));
        FakeSession session(twin.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        DispatchController controller;
        controller.setTwin(&session);
        QVERIFY(waitForRead(controller, 0));
        QCOMPARE(controller.requests().size(), 0);

        // Nothing changes: the watch does not read again.
        const int reads = controller.reads();
        QTest::qWait(DispatchController::kWatchMs * 2 + 500);
        QCOMPARE(controller.reads(), reads);

        // Another process enters a ride: the desk shows it without a click.
        QSignalSpy requestsChanged(&controller, &DispatchController::requestsChanged);
        // The proposals' ETAs are kept to the minute the page shows: the check below that a
        // re-read keeps the list holds only while both reads fall in this minute.
        const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
        {
            auto other = store::TwinStore::open(twin->path(), store::TwinStore::OpenMode::ReadWrite);
            QVERIFY(other);
            QVERIFY(addRequest(*other.value()) > 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(controller.requests().size(), 1, DispatchController::kWatchMs * 4);
        QCOMPARE(requestsChanged.count(), 1);
        QVERIFY(controller.requests().first().toMap().value(QStringLiteral("proposedVehicle")).toString() == QStringLiteral("ODB-1"));

        // A change the requests do not see (a vehicle's label) re-reads but keeps the list as is
        // (proposals are kept to the minute the page shows: checked within one minute).
        const int before = controller.reads();
        {
            auto other = store::TwinStore::open(twin->path(), store::TwinStore::OpenMode::ReadWrite);
            QVERIFY(other);
            QVERIFY(exec(other.value()->handle(), QStringLiteral("UPDATE fleet_vehicle SET label = 'Bus 2' WHERE vehicle_id = 'ODB-2'")));
        }
        QVERIFY(QTest::qWaitFor([&] { return controller.reads() > before && !controller.isBusy(); }, DispatchController::kWatchMs * 4));
        if (QDateTime::currentSecsSinceEpoch() / 60 == minute)
            QCOMPARE(requestsChanged.count(), 1);

        // The stops follow too: accept, then the pick-up is done through the controller.
        QVERIFY(controller.accept(controller.requests().first().toMap().value(QStringLiteral("id")).toLongLong()));
        QTRY_COMPARE_WITH_TIMEOUT(controller.stops().size(), 2, 20000);
        const QVariantMap first = controller.stops().first().toMap();
        QVERIFY(first.value(QStringLiteral("next")).toBool());
        QVERIFY(first.value(QStringLiteral("pickup")).toBool());
        QVERIFY(controller.mayUpdateStops());
        QVERIFY(controller.completeStop(first.value(QStringLiteral("vehicle")).toString(), first.value(QStringLiteral("sequence")).toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(controller.stops().size(), 1, 20000);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status FROM fleet_request")), QStringLiteral("picked_up"));

        // Off screen the twin is watched every 30 s only; back on screen the desk catches up at once.
        QVERIFY(QTest::qWaitFor([&] { return !controller.isBusy(); }, 20000));
        controller.setShown(false);
        {
            auto other = store::TwinStore::open(twin->path(), store::TwinStore::OpenMode::ReadWrite);
            QVERIFY(other);
            QVERIFY(addRequest(*other.value(), 500, 4500) > 0);
        }
        QTest::qWait(DispatchController::kWatchMs * 2);
        QCOMPARE(controller.requests().size(), 0);
        controller.setShown(true);
        QTRY_COMPARE_WITH_TIMEOUT(controller.requests().size(), 1, 20000);
    }

    void autoReoptimiseOnlyWhenItDrivesLess()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        QVERIFY(addVehicles(*twin));
        // The ride given to the far bus by hand: ODB-1 would drive less.
        const qint64 id = addRequest(*twin);
        auto desk = DispatchDesk::load(*twin, std::make_shared<StraightLineTravelTimes>(), QDateTime::currentDateTimeUtc());
        QVERIFY(desk);
        const core::Actor dispatcher{QStringLiteral("dispatcher1"), core::Role::MobilityDispatcher, {}};
        QVERIFY(desk->override(*twin, dispatcher, id, QStringLiteral("ODB-2")));

        FakeSession session(twin.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        DispatchController controller;
        controller.setTwin(&session);
        QVERIFY(waitForRead(controller, 0));
        const int before = audits(*twin, FleetOperationsSchema::reoptimiseAction());
        QVERIFY(controller.reoptimiseIfBetter());
        QCOMPARE(audits(*twin, FleetOperationsSchema::reoptimiseAction()), before + 1);
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT vehicle_id FROM fleet_request")), QStringLiteral("ODB-1"));
        QVERIFY2(controller.autoReport().contains(QStringLiteral("#%1: ODB-2 → ODB-1").arg(id)), qPrintable(controller.autoReport()));
        const auto log = twin->auditLog(1);
        QCOMPARE(log[0].operatorName, QStringLiteral("dispatcher1"));
        QCOMPARE(log[0].after.value(QStringLiteral("moved")).toArray().size(), 1);

        // Read again: nothing better now, so nothing is written (no audit row either).
        QVERIFY(QTest::qWaitFor([&] { return !controller.isBusy(); }, 20000));
        QVERIFY(!controller.reoptimiseIfBetter());
        QVERIFY2(controller.autoReport().contains(QStringLiteral("nothing changed")), qPrintable(controller.autoReport()));
        QCOMPARE(audits(*twin, FleetOperationsSchema::reoptimiseAction()), before + 1);

        // A planner may not: skipped, nothing written.
        session.signIn(actor(core::Role::Planner, QStringLiteral("dispatcher1")));
        QVERIFY(QTest::qWaitFor([&] { return !controller.isBusy(); }, 20000));
        QVERIFY(!controller.reoptimiseIfBetter());
        QCOMPARE(audits(*twin, FleetOperationsSchema::reoptimiseAction()), before + 1);
    }

    void autoReoptimiseSettingsAreRemembered()
    {
        {
            DispatchController first;
            QVERIFY(!first.autoReoptimise()); // off by default
            QCOMPARE(first.autoReoptimiseMinutes(), 10);
            first.setAutoReoptimise(true);
            first.setAutoReoptimiseMinutes(7);
        }
        DispatchController second;
        QVERIFY(second.autoReoptimise());
        QCOMPARE(second.autoReoptimiseMinutes(), 7);
        second.setAutoReoptimise(false);
        QVERIFY(!DispatchController().autoReoptimise());
    }

    void feedIsRememberedPerTwin()
    {
        QTemporaryDir dir;
        auto a = test::makeTwin(dir, QStringLiteral("a.gpkg"));
        auto b = test::makeTwin(dir, QStringLiteral("b.gpkg"));
        QVERIFY(a && b);
        FakeSession session(a.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        {
            RealtimeFeedPoller poller;
            poller.setTwin(&session);
            QCOMPARE(poller.url(), QString());
            poller.setUrl(QStringLiteral("http://127.0.0.1:9/a.pb"));
            poller.setIntervalSeconds(45);
            // Another twin: its own (empty) feed; back to the first: remembered.
            session.open(b.get());
            QCOMPARE(poller.url(), QString());
            QCOMPARE(poller.intervalSeconds(), 30);
            poller.setUrl(QStringLiteral("http://127.0.0.1:9/b.pb"));
            session.open(a.get());
            QCOMPARE(poller.url(), QStringLiteral("http://127.0.0.1:9/a.pb"));
            QCOMPARE(poller.intervalSeconds(), 45);
            QVERIFY(!poller.startOnOpen());
        }
        // A new session (the console started again): remembered, not started.
        RealtimeFeedPoller again;
        again.setTwin(&session);
        QCOMPARE(again.url(), QStringLiteral("http://127.0.0.1:9/a.pb"));
        QCOMPARE(again.intervalSeconds(), 45);
        QVERIFY(!again.running());
        again.setStartOnOpen(true);
        again.setTwin(nullptr);

        // Ticked: polling starts when the twin opens — once an operator who may poll signs in.
        FakeSession viewer(a.get(), actor(core::Role::Viewer, QStringLiteral("dispatcher1")));
        RealtimeFeedPoller third;
        third.setTwin(&viewer);
        QVERIFY(third.startOnOpen());
        QVERIFY(!third.running());
        viewer.signIn(actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        QVERIFY(third.running());
        third.stop();
        // The other twin was not ticked.
        viewer.open(b.get());
        QCOMPARE(third.url(), QStringLiteral("http://127.0.0.1:9/b.pb"));
        QVERIFY(!third.running());
    }
};

QTEST_GUILESS_MAIN(TestLiveOperations)
#include "tst_liveoperations.moc"
