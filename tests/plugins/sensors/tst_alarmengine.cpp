// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "alarmengine.h"
#include "readingstore.h"
#include "sensorstestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct::sensors;

class TestAlarmEngine : public QObject
{
    Q_OBJECT

private slots:
    void nextLevel_data();
    void nextLevel();
    void hysteresisDoesNotFlap();
    void lateReadingsDoNotMoveThePresent();
    void escalatesOnceWhenNotAcknowledged();
    void acknowledgeNeedsTheGrant();
    void staleSensorAndRecovery();
};

void TestAlarmEngine::nextLevel_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expected");
    // Levels at 2.0, 2.5, 3.2, 3.8 m, hysteresis 0.1 m.
    QTest::newRow("below all") << 0 << 1.9 << 0;
    QTest::newRow("standby exactly") << 0 << 2.0 << 1;
    QTest::newRow("jump to danger") << 0 << 4.0 << 4;
    QTest::newRow("inside hysteresis stays") << 1 << 1.95 << 1;
    QTest::newRow("below hysteresis leaves") << 1 << 1.89 << 0;
    QTest::newRow("deep fall drops two") << 3 << 2.3 << 1;
    QTest::newRow("fall into band of lower level") << 3 << 3.15 << 3;
    QTest::newRow("fall below band lands on reached") << 3 << 3.05 << 2;
}

void TestAlarmEngine::nextLevel()
{
    QFETCH(int, current);
    QFETCH(double, value);
    QFETCH(int, expected);
    QCOMPARE(AlarmEngine::nextLevel(SensorRegistry::demoGaugeThresholds(1.0), current, value), expected);
}

void TestAlarmEngine::hysteresisDoesNotFlap()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 id = test::addGauge(*twin, QStringLiteral("G"));
    auto sensor = SensorRegistry(*twin).find(id).value().value();
    AlarmEngine engine(*twin);
    // Noise around the standby level 2.0 m: one alarm, not five.
    QVERIFY(engine.evaluate(sensor, {{id, 1000, 2.01, 0}, {id, 2000, 1.97, 0}, {id, 3000, 2.02, 0}, {id, 4000, 1.93, 0},
                                     {id, 5000, 2.0, 0}}));
    auto all = engine.alarms(id);
    QVERIFY(all);
    QCOMPARE(int(all->size()), 1);
    QCOMPARE(all->front().level, 1);
    QVERIFY(all->front().isActive());
    // Rise to caution: the standby alarm is cleared and a caution alarm raised.
    QVERIFY(engine.evaluate(sensor, {{id, 6000, 2.6, 0}}));
    all = engine.alarms(id);
    QCOMPARE(int(all->size()), 2);
    QCOMPARE(all->at(0).clearedMs.value_or(-1), qint64(6000));
    QCOMPARE(all->at(1).level, 2);
    QCOMPARE(engine.level(id), 2);
    // Back to normal: nothing active.
    QVERIFY(engine.evaluate(sensor, {{id, 7000, 1.0, 0}}));
    QVERIFY(engine.activeAlarms()->empty());
    QCOMPARE(engine.level(id), 0);
}

void TestAlarmEngine::lateReadingsDoNotMoveThePresent()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 id = test::addGauge(*twin, QStringLiteral("G"));
    auto sensor = SensorRegistry(*twin).find(id).value().value();
    AlarmEngine engine(*twin);
    QVERIFY(engine.evaluate(sensor, {{id, 5000, 1.0, 0}}));
    QVERIFY(engine.evaluate(sensor, {{id, 4000, 3.9, 0}})); // late: older than the newest evaluated
    QCOMPARE(engine.level(id), 0);
    QVERIFY(engine.alarms(id)->empty());
    // Unsorted batch: evaluated in time order, the newest decides.
    QVERIFY(engine.evaluate(sensor, {{id, 7000, 1.0, 0}, {id, 6000, 3.9, 0}}));
    QCOMPARE(engine.level(id), 0);
    QCOMPARE(int(engine.alarms(id)->size()), 1);
}

void TestAlarmEngine::escalatesOnceWhenNotAcknowledged()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 a = test::addGauge(*twin, QStringLiteral("A"));
    const qint64 b = test::addGauge(*twin, QStringLiteral("B"));
    SensorRegistry registry(*twin);
    AlarmEngine engine(*twin);
    const qint64 t0 = 1'750'000'000'000, minute = 60000;
    QVERIFY(engine.evaluate(registry.find(a)->value(), {{a, t0, 3.0, 0}}));
    QVERIFY(engine.evaluate(registry.find(b)->value(), {{b, t0, 3.0, 0}}));
    const qint64 alarmB = engine.alarms(b)->front().id;
    ct::core::Actor hq{QStringLiteral("hq"), ct::core::Role::HqCommander, {}};
    QVERIFY(engine.acknowledge(hq, alarmB, t0 + 5 * minute));
    QVERIFY(engine.escalate(t0 + 14 * minute)->empty()); // default 15 min
    auto escalated = engine.escalate(t0 + 15 * minute);
    QVERIFY(escalated);
    QCOMPARE(int(escalated->size()), 1);
    QCOMPARE(escalated->front().sensorId, a);
    QVERIFY(engine.escalate(t0 + 30 * minute)->empty()); // once
    QCOMPARE(engine.alarms(a)->front().escalatedMs.value_or(0), t0 + 15 * minute);
}

void TestAlarmEngine::acknowledgeNeedsTheGrant()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 id = test::addGauge(*twin, QStringLiteral("G"));
    AlarmEngine engine(*twin);
    QVERIFY(engine.evaluate(SensorRegistry(*twin).find(id)->value(), {{id, 1000, 4.0, 0}}));
    const qint64 alarm = engine.alarms(id)->front().id;
    const int auditBefore = int(twin->auditLog(1000).size());
    ct::core::Actor staff{QStringLiteral("staff"), ct::core::Role::ShelterStaff, {QStringLiteral("shelter:1")}};
    auto refused = engine.acknowledge(staff, alarm, 2000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ct::core::Error::Kind::Refused);
    QCOMPARE(int(twin->auditLog(1000).size()), auditBefore);
    QVERIFY(!engine.alarms(id)->front().acknowledgedMs);

    ct::core::Actor hq{QStringLiteral("tanaka"), ct::core::Role::HqCommander, {}};
    QVERIFY(engine.acknowledge(hq, alarm, 3000));
    const auto acked = engine.alarms(id)->front();
    QCOMPARE(acked.acknowledgedMs.value_or(0), qint64(3000));
    QCOMPARE(acked.acknowledgedBy, QStringLiteral("tanaka"));
    const auto audit = twin->auditLog(1);
    QCOMPARE(audit.front().action, QStringLiteral("sensors.acknowledge"));
    QCOMPARE(audit.front().target, QStringLiteral("sensor:%1").arg(id));
    QVERIFY(!engine.acknowledge(hq, alarm, 4000)); // twice
    QVERIFY(!engine.acknowledge(hq, 999999, 4000)); // unknown
}

void TestAlarmEngine::staleSensorAndRecovery()
{
    QTemporaryDir dir;
    auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
    const qint64 quiet = test::addGauge(*twin, QStringLiteral("Q"), 1.0, 60);
    const qint64 lively = test::addGauge(*twin, QStringLiteral("L"), 1.0, 60);
    test::addGauge(*twin, QStringLiteral("never"), 1.0, 60); // never reported: not stale
    SensorRegistry registry(*twin);
    AlarmEngine engine(*twin);
    QVERIFY(engine.evaluate(registry.find(quiet)->value(), {{quiet, 0, 1.0, 0}}));
    QVERIFY(engine.evaluate(registry.find(lively)->value(), {{lively, 170000, 1.0, 0}}));
    QCOMPARE(engine.checkStale(180000).value(), 0);  // exactly 3 × 60 s silent: not yet
    QCOMPARE(engine.checkStale(180001).value(), 1);
    QCOMPARE(engine.checkStale(200000).value(), 0);  // already raised
    auto active = engine.activeAlarms().value();
    QCOMPARE(int(active.size()), 1);
    QCOMPARE(active.front().sensorId, quiet);
    QCOMPARE(active.front().kind, QStringLiteral("stale"));
    QVERIFY(engine.evaluate(registry.find(quiet)->value(), {{quiet, 210000, 1.0, 0}}));
    QVERIFY(engine.activeAlarms()->empty());
}

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "tst_alarmengine.moc"
