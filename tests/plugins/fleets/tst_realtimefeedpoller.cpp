// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The console's GTFS-Realtime polling against a local QTcpServer: positions and reported trips
// written in one audited perform per new feed, an unchanged feed writes nothing, the interval
// polls again, and 404 / corrupt protobuf / timeout / missing permission fail with a clear state
// while the twin stays unchanged.
#include "fleetstestsupport.h"
#include "fleetstwin.h"
#include "localhttpserver.h"

#include "ct/fleets/realtimefeedpoller.h"
#include "ct/pluginapi/twinaccess.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ct;
using fleets::RealtimeFeedPoller;
using fleets::test::scalar;

namespace {

/// The console's session as a panel sees it.
class Session : public QObject, public plugin::TwinAccess
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::TwinAccess)
public:
    store::TwinStore *twin = nullptr;
    core::Actor who;
    store::TwinStore *store() const override { return twin; }
    core::Actor actor() const override { return who; }
};

QByteArray feed(float latitude, std::uint64_t time)
{
    fleets::test::OfficialVehicle bus;
    bus.entityId = "e1";
    bus.vehicleId = "TB-7";
    bus.tripId = "T1";
    bus.routeId = "R1";
    bus.stopId = "S2";
    bus.latitude = latitude;
    bus.longitude = 140.1115f;
    bus.timestamp = time;
    return fleets::test::officialFeed({bus}, time);
}

} // namespace

class TestRealtimeFeedPoller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    Session m_session;
    fleets::test::LocalHttpServer m_server;

    QString count(const char *sql) { return scalar(*m_twin, sql); }

    /// Waits for the next `polled` signal; returns its (ok, wrote).
    std::pair<bool, bool> waitPoll(RealtimeFeedPoller &poller, int ms = 15000)
    {
        QSignalSpy spy(&poller, &RealtimeFeedPoller::polled);
        if (!spy.wait(ms))
            return {false, false};
        return {spy.first().at(0).toBool(), spy.first().at(1).toBool()};
    }

private slots:
    void initTestCase()
    {
        m_twin = fleets::test::makeTwin(m_dir);
        QVERIFY(m_twin);
        m_session.twin = m_twin.get();
        m_session.who = core::Actor{QStringLiteral("dispatcher1"), core::Role::MobilityDispatcher, {}};
        QVERIFY(m_server.listen());
        m_server.files.insert("/vp.pb", feed(36.0826f, 1796000000));
        m_server.files.insert("/corrupt.pb", feed(36.0826f, 1796000000).chopped(5));
        m_server.silent << "/slow.pb";
    }

    void pollsWritesAndSkipsUnchangedFeeds()
    {
        RealtimeFeedPoller poller;
        poller.setTwin(&m_session);
        poller.setUrl(m_server.url(QStringLiteral("/vp.pb")));
        QVERIFY(poller.permitted());
        QCOMPARE(poller.state(), RealtimeFeedPoller::State::Idle);
        QVERIFY2(poller.start(), qPrintable(poller.lastError()));
        QVERIFY(poller.running());
        QCOMPARE(poller.state(), RealtimeFeedPoller::State::Connecting);
        QCOMPARE(waitPoll(poller), std::make_pair(true, true));
        QCOMPARE(poller.state(), RealtimeFeedPoller::State::Connected);
        QCOMPARE(poller.lastVehicles(), 1);
        QVERIFY(poller.stateText().contains(QStringLiteral("1 vehicle")));
        QCOMPARE(count("SELECT count(*) FROM fleet_vehicle WHERE vehicle_id = 'TB-7' AND x IS NOT NULL"), QStringLiteral("1"));
        QCOMPARE(count("SELECT trip_id || '/' || route_id || '/' || stop_id FROM fleet_vehicle_trip WHERE vehicle_id = 'TB-7'"),
                 QStringLiteral("T1/R1/S2"));
        const QString url = poller.url();
        QCOMPARE(count("SELECT count(*) FROM ct_audit WHERE action = 'fleets.realtime.poll' AND operator = 'dispatcher1'"), QStringLiteral("1"));
        QCOMPARE(scalar(*m_twin, "SELECT target FROM ct_audit ORDER BY id DESC LIMIT 1"), url);

        // The same feed again: nothing written, no audit row.
        poller.pollNow();
        QCOMPARE(waitPoll(poller), std::make_pair(true, false));
        QCOMPARE(count("SELECT count(*) FROM ct_audit WHERE action = 'fleets.realtime.poll'"), QStringLiteral("1"));

        // A newer feed: the bus moved north; the interval (5 s) polls by itself.
        const QString y = count("SELECT y FROM fleet_vehicle WHERE vehicle_id = 'TB-7'");
        m_server.files.insert("/vp.pb", feed(36.0900f, 1796000030));
        poller.setIntervalSeconds(1); // clamped to the minimum
        QCOMPARE(poller.intervalSeconds(), RealtimeFeedPoller::kMinimumInterval);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(waitPoll(poller, 12000), std::make_pair(true, true));
        QVERIFY(clock.elapsed() >= 3000); // polled by the timer, not at once
        QVERIFY(count("SELECT y FROM fleet_vehicle WHERE vehicle_id = 'TB-7'").toDouble() > y.toDouble() + 500.0);
        QCOMPARE(poller.writes(), 2);
        poller.stop();
        QVERIFY(!poller.running());
        QCOMPARE(poller.state(), RealtimeFeedPoller::State::Idle);
    }

    void anotherTwinGetsTheSameFeed()
    {
        // The console opens another twin while polling: the unchanged feed is written there too.
        QTemporaryDir dir;
        auto other = fleets::test::makeTwin(dir);
        QVERIFY(other);
        Session session;
        session.twin = m_twin.get();
        session.who = m_session.who;
        RealtimeFeedPoller poller;
        poller.setTwin(&session);
        poller.setUrl(m_server.url(QStringLiteral("/vp.pb")));
        QVERIFY(poller.start());
        QVERIFY(waitPoll(poller).first);
        session.twin = other.get();
        poller.pollNow();
        QCOMPARE(waitPoll(poller), std::make_pair(true, true));
        QCOMPARE(scalar(*other, "SELECT count(*) FROM fleet_vehicle WHERE vehicle_id = 'TB-7'"), QStringLiteral("1"));
        poller.pollNow();
        QCOMPARE(waitPoll(poller), std::make_pair(true, false));
        poller.stop();
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("404") << QStringLiteral("/gone.pb") << QStringLiteral("HTTP 404");
        QTest::newRow("corrupt protobuf") << QStringLiteral("/corrupt.pb") << QStringLiteral("protobuf");
        QTest::newRow("no answer") << QStringLiteral("/slow.pb") << QStringLiteral("no answer within 1 s");
    }

    void failuresChangeNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        const QString audits = count("SELECT count(*) FROM ct_audit");
        const QString positions = count("SELECT group_concat(x || ',' || y) FROM fleet_vehicle");
        RealtimeFeedPoller poller;
        poller.setTwin(&m_session);
        poller.setTimeoutSeconds(1);
        poller.setUrl(m_server.url(path));
        QVERIFY(poller.start());
        QCOMPARE(waitPoll(poller), std::make_pair(false, false));
        QCOMPARE(poller.state(), RealtimeFeedPoller::State::Failed);
        QVERIFY2(poller.lastError().contains(says), qPrintable(poller.lastError()));
        QVERIFY(poller.stateText().contains(says));
        QVERIFY(poller.running()); // keeps trying at the interval
        QCOMPARE(count("SELECT count(*) FROM ct_audit"), audits);
        QCOMPARE(count("SELECT group_concat(x || ',' || y) FROM fleet_vehicle"), positions);
    }

    void refusedWithoutPermissionOrUrl()
    {
        Session viewer;
        viewer.twin = m_twin.get();
        viewer.who = core::Actor{QStringLiteral("visitor"), core::Role::Viewer, {}};
        RealtimeFeedPoller poller;
        poller.setTwin(&viewer);
        poller.setUrl(m_server.url(QStringLiteral("/vp.pb")));
        QVERIFY(!poller.permitted());
        const int before = m_server.requests;
        QVERIFY(!poller.start());
        QVERIFY(!poller.running());
        QCOMPARE(poller.state(), RealtimeFeedPoller::State::Failed);
        QVERIFY2(poller.lastError().contains(QStringLiteral("fleets.realtime.poll")), qPrintable(poller.lastError()));
        QCOMPARE(m_server.requests, before);

        poller.setTwin(&m_session);
        poller.setUrl(QStringLiteral("ftp://127.0.0.1/vp.pb"));
        QVERIFY(!poller.start());
        QVERIFY(poller.lastError().contains(QStringLiteral("not an http(s) URL")));
        Session closed;
        poller.setTwin(&closed);
        poller.setUrl(m_server.url(QStringLiteral("/vp.pb")));
        QVERIFY(!poller.start());
        QVERIFY(poller.lastError().contains(QStringLiteral("no twin")));
    }
};

QTEST_GUILESS_MAIN(TestRealtimeFeedPoller)
#include "tst_realtimefeedpoller.moc"
