// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The Dispatch tab's stops under Xvfb (DispatchPage.qml from the source tree, its controller
// compiled from the plugin's ui/ folder): the chosen bus's next stop marked arrived, picked up,
// and a no-show after the confirmation; another connection's change is picked up by itself while
// the chosen bus and a half-typed request stay. Screenshots written for review.
#include "fakesession.h"
#include "fleetstwin.h"
#include "twinsql.h"

#include "dispatchcontroller.h"

#include "ct/fleets/dispatchdesk.h"
#include "ct/fleets/straightlinetraveltimes.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;
using ct::testing::FakeSession;
using namespace ct::fleets::test; // iso, exec, scalar, actor (twinsql.h)

namespace {

qint64 addRequest(sqlite3 *db, const char *from, double fromX, const char *to, double toX)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!exec(db, QStringLiteral("INSERT INTO fleet_request (created_at, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, dropoff_y, "
                                 "earliest_pickup, latest_arrival, passengers) VALUES ('%1', '%2', %3, 0, '%4', %5, 0, '%1', '%6', 1)")
                      .arg(iso(now), QString::fromUtf8(from)).arg(fromX).arg(QString::fromUtf8(to)).arg(toX).arg(iso(now.addSecs(7200)))))
        return -1;
    return sqlite3_last_insert_rowid(db);
}

/// The visible item called `name` (Repeater delegates are not QObject children of the page).
QQuickItem *item(QQuickWindow *window, const QString &name)
{
    std::vector<QQuickItem *> todo{window->contentItem()};
    while (!todo.empty()) {
        QQuickItem *i = todo.back();
        todo.pop_back();
        if (i->objectName() == name && i->isVisible())
            return i;
        for (QQuickItem *child : i->childItems())
            todo.push_back(child);
    }
    return nullptr;
}

void shoot(QQuickWindow *window, const char *name)
{
    QTest::qWait(300);
    const QImage shot = window->grabWindow();
    const QString out = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/%1.png").arg(QLatin1String(name));
    QVERIFY(shot.save(out));
    qInfo("screenshot: %s", qPrintable(out));
}

} // namespace

class TestDispatchStopsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CityTwinTests-fleetlive"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dispatchstopspage"));
    }

    void stopsOnThePage()
    {
        qmlRegisterType<DispatchController>("CityTwin.Fleets", 1, 0, "DispatchController");
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir);
        QVERIFY(twin);
        QVERIFY(exec(twin->handle(), QStringLiteral("INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, wheelchair_places, state, x, y, "
                                                    "updated_at) VALUES ('ODB-1', 'on_demand_bus', 4, 0, 'idle', 0, 0, '%1'), "
                                                    "('ODB-2', 'on_demand_bus', 4, 0, 'idle', 9000, 0, '%1')")
                                         .arg(iso(QDateTime::currentDateTimeUtc()))));
        const core::Actor dispatcher{QStringLiteral("dispatcher1"), core::Role::MobilityDispatcher, {}};
        for (auto [from, fromX, to, toX] : {std::tuple{"駅前", 1000.0, "病院", 3000.0}, std::tuple{"公民館", 1500.0, "図書館", 2500.0},
                                            std::tuple{"東口", 8500.0, "市役所", 7000.0}}) {
            const qint64 id = addRequest(twin->handle(), from, fromX, to, toX);
            auto desk = DispatchDesk::load(*twin, std::make_shared<StraightLineTravelTimes>(), QDateTime::currentDateTimeUtc());
            QVERIFY(desk);
            QVERIFY(desk->accept(*twin, dispatcher, id));
        }
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT group_concat(DISTINCT vehicle_id) FROM fleet_request")), QStringLiteral("ODB-1,ODB-2"));

        FakeSession session(twin.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        DispatchController controller;
        controller.setTwin(&session);
        QQmlApplicationEngine engine;
        engine.rootContext()->setContextProperty(QStringLiteral("dispatch"), &controller);
        const QUrl page = QUrl::fromLocalFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/plugins/fleets/DispatchPage.qml"));
        engine.loadData(QStringLiteral("import QtQuick\nimport QtQuick.Controls\nApplicationWindow { width: 560; height: 760; visible: true\n"
                                       "  Loader { id: loader; anchors.fill: parent }\n"
                                       "  Component.onCompleted: loader.setSource('%1', { controller: dispatch }) }\n")
                            .arg(page.toString())
                            .toUtf8());
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(controller.stops().size(), 6, 20000);
        QTRY_VERIFY(item(window, QStringLiteral("stopsFrame")));
        auto *vehicleBox = item(window, QStringLiteral("stopsVehicle"));
        QVERIFY(vehicleBox);
        QCOMPARE(vehicleBox->property("currentText").toString(), QStringLiteral("ODB-1"));

        // Arrived, then picked up: request 1 is on board, its pick-up leaves the list.
        auto *arrived = item(window, QStringLiteral("stopArrived"));
        QVERIFY(arrived);
        QVERIFY(QMetaObject::invokeMethod(arrived, "clicked"));
        QTRY_COMPARE(scalar(*twin, QStringLiteral("SELECT started FROM fleet_stop WHERE request_id = 1 AND kind = 'pickup'")), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.stops().first().toMap().value(QStringLiteral("started")).toBool(), 20000);
        QTRY_VERIFY(!item(window, QStringLiteral("stopArrived"))); // only "Picked up" and "No-show…" left
        shoot(window, "tst_dispatchstopspage-arrived");
        QVERIFY(QMetaObject::invokeMethod(item(window, QStringLiteral("stopDone")), "clicked"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status FROM fleet_request WHERE request_id = 1")), QStringLiteral("picked_up"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.stops().size(), 5, 20000);

        // Nobody at request 2's pick-up: the page asks, "No" keeps the ride, "Yes" cancels it.
        QTRY_VERIFY(item(window, QStringLiteral("stopNoShow")));
        QVERIFY(QMetaObject::invokeMethod(item(window, QStringLiteral("stopNoShow")), "clicked"));
        QObject *dialog = window->findChild<QObject *>(QStringLiteral("noShowDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        shoot(window, "tst_dispatchstopspage-noshow");
        QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
        QCOMPARE(scalar(*twin, QStringLiteral("SELECT status FROM fleet_request WHERE request_id = 2")), QStringLiteral("assigned"));
        QVERIFY(QMetaObject::invokeMethod(item(window, QStringLiteral("stopNoShow")), "clicked"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_COMPARE(scalar(*twin, QStringLiteral("SELECT status || ' ' || reason FROM fleet_request WHERE request_id = 2")),
                     QStringLiteral("cancelled no_show"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.stops().size(), 3, 20000);

        // The dispatcher looks at ODB-2 and starts typing a new ride; another console enters one.
        vehicleBox->setProperty("currentIndex", 1);
        QVERIFY(QMetaObject::invokeMethod(vehicleBox, "activated", Q_ARG(int, 1)));
        QTRY_COMPARE(vehicleBox->property("currentText").toString(), QStringLiteral("ODB-2"));
        QObject *newRequest = window->findChild<QObject *>(QStringLiteral("newRequestButton"));
        QVERIFY(newRequest);
        newRequest->setProperty("checked", true);
        QVERIFY(QMetaObject::invokeMethod(newRequest, "toggled"));
        auto *pickupName = item(window, QStringLiteral("pickupName"));
        QVERIFY(pickupName);
        pickupName->setProperty("text", QStringLiteral("つくば駅"));
        const int reads = controller.reads();
        {
            auto other = store::TwinStore::open(twin->path(), store::TwinStore::OpenMode::ReadWrite);
            QVERIFY(other);
            QVERIFY(addRequest(other.value()->handle(), "学園", 4000.0, "駅", 6000.0) > 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(controller.requests().size(), 1, DispatchController::kWatchMs * 4);
        QVERIFY(controller.reads() > reads);
        QCOMPARE(vehicleBox->property("currentText").toString(), QStringLiteral("ODB-2"));
        QCOMPARE(pickupName->property("text").toString(), QStringLiteral("つくば駅"));
        shoot(window, "tst_dispatchstopspage-refreshed");
    }
};

QTEST_MAIN(TestDispatchStopsPage)
#include "tst_dispatchstopspage.moc"
