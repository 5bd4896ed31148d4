// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The fleets panel's Live page (LivePage.qml from the source tree, the C++ types from ct_fleets)
// on a generated twin with an imported GTFS feed: polling a local VehiclePositions URL turns the
// state to connected, the reported bus appears in schedule adherence with its delay, the mobile
// supermarket's stops show arrival texts; a screenshot is written for review.
#include "fleetstestsupport.h"
#include "fakesession.h"
#include "fleetstwin.h"
#include "twinsql.h"
#include "livepagesupport.h"
#include "localhttpserver.h"

#include "ct/fleets/gtfsimporter.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::fleets;
using ct::testing::FakeSession;
using ct::fleets::test::actor;

namespace {

QString text(QObject *root, const char *name)
{
    QObject *o = root->findChild<QObject *>(QString::fromLatin1(name));
    return o ? o->property("text").toString() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestLivePage : public QObject
{
    Q_OBJECT

private slots:
    void pollsAndShows()
    {
        test::registerLivePageTypes();

        QTemporaryDir dir;
        auto twin = test::generatedLiveTwin(dir);
        QVERIFY(twin);
        const QString zip = dir.filePath(QStringLiteral("tsukuba.zip"));
        QVERIFY(test::writeFeed(QStringLiteral("feed_good"), zip));
        QVERIFY(GtfsImporter().import(*twin, zip));

        // The bus on trip T3 stands at S2 (due 09:05) at 09:12 Japan time; the supermarket
        // reported at its first stop at 10:05.
        const QDateTime nineTwelve(QDate(2026, 11, 30), QTime(0, 12), Qt::UTC);
        test::OfficialVehicle bus;
        bus.entityId = "e1";
        bus.vehicleId = "TB-3";
        bus.label = "つくバス 3";
        bus.tripId = "T3";
        bus.stopId = "S2";
        bus.status = 1; // STOPPED_AT
        bus.latitude = 36.1064f;
        bus.longitude = 140.1029f;
        bus.timestamp = std::uint64_t(nineTwelve.toSecsSinceEpoch());
        test::LocalHttpServer server;
        QVERIFY(server.listen());
        server.files.insert("/vehicle_positions.pb", test::officialFeed({bus}, bus.timestamp));
        QVERIFY(sqlite3_exec(twin->handle(),
                             "UPDATE fleet_vehicle SET x = (SELECT x FROM supermarket_stop WHERE vehicle_id = 'MS-01' AND seq = 1), "
                             "y = (SELECT y FROM supermarket_stop WHERE vehicle_id = 'MS-01' AND seq = 1), "
                             "updated_at = '2026-11-30T01:05:00Z' WHERE vehicle_id = 'MS-01'",
                             nullptr, nullptr, nullptr) == SQLITE_OK);

        FakeSession session(twin.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        QQmlApplicationEngine engine;
        auto *window = test::loadLivePage(engine, &session, 520, 900);
        QCOMPARE(engine.rootObjects().size(), 1);
        QVERIFY(window);
        QTRY_VERIFY(window->findChild<RealtimeFeedPoller *>());
        auto *poller = window->findChild<RealtimeFeedPoller *>();
        QCOMPARE(text(window, "realtimeState"), QStringLiteral("Not polling"));
        poller->setUrl(server.url(QStringLiteral("/vehicle_positions.pb")));
        QVERIFY2(poller->start(), qPrintable(poller->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), RealtimeFeedPoller::State::Connected, 15000);
        QTRY_VERIFY(text(window, "realtimeState").startsWith(QStringLiteral("Connected")));
        auto *adherence = window->findChild<AdherenceModel *>();
        QVERIFY(adherence);
        QTRY_COMPARE(adherence->count(), 1);
        QCOMPARE(adherence->data(adherence->index(0), AdherenceModel::DelayTextRole).toString(), QStringLiteral("7 min late"));
        QCOMPARE(adherence->lateCount(), 1);
        auto *supermarket = window->findChild<SupermarketEtaModel *>();
        QVERIFY(supermarket);
        QCOMPARE(supermarket->vehicleId(), QStringLiteral("MS-01"));
        QCOMPARE(supermarket->rowCount(), 6);
        QVERIFY2(text(window, "supermarketHeadline").contains(QStringLiteral("Here until")), qPrintable(text(window, "supermarketHeadline")));

        // The drone check: the page's button plans the chosen drone's flight to the chosen place;
        // a hospital (inside its helipad zone) is refused in red with the reason.
        auto *drones = window->findChild<DroneFlightCheck *>();
        QVERIFY(drones);
        QVERIFY(!drones->drones().isEmpty());
        auto hospitals = twin->read(QStringLiteral("hospitals"), {QStringLiteral("name")});
        QVERIFY(hospitals && hospitals->size() > 0);
        QObject *placeBox = window->findChild<QObject *>(QStringLiteral("placeBox"));
        QVERIFY(placeBox);
        placeBox->setProperty("currentIndex", drones->places().indexOf(hospitals->columns[0][0].toString()));
        QVERIFY(QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("droneCheckButton")), "clicked"));
        QTRY_VERIFY(text(window, "droneCheckResult").contains(QStringLiteral("no-fly zone")));
        QVERIFY(!drones->feasible());

        QTest::qWait(300);
        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        const QString out = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/tst_livepage.png");
        QVERIFY(shot.save(out));
        qInfo("screenshot: %s", qPrintable(out));
        poller->stop();
    }
};

QTEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
