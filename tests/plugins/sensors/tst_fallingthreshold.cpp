// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Falling thresholds (#7.4): levels where a LOW reading is bad (a battery's charge, a
// reservoir's storage, a water main's pressure), with hysteresis, through the same AlarmEngine
// rule as the rising river levels; stored and read back by the registry; refused when mixed or
// out of order.
#include "alarmengine.h"
#include "sensorstestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ct::sensors;

namespace {

using Direction = Threshold::Direction;

//! A water main's pressure (MPa): 1 low at 0.20, 2 very low at 0.15, 3 critical at 0.10; hysteresis 0.02.
std::vector<Threshold> pressureLevels()
{
    return {{1, QStringLiteral("low"), 0.20, 0.02, Direction::Falling},
            {2, QStringLiteral("very_low"), 0.15, 0.02, Direction::Falling},
            {3, QStringLiteral("critical"), 0.10, 0.02, Direction::Falling}};
}

qint64 addPressureSensor(ct::store::TwinStore &twin)
{
    Sensor s;
    s.sourceId = QStringLiteral("P1");
    s.name = QStringLiteral("main pressure");
    s.kind = SensorKind::EnergyMeter;
    s.quantity = QStringLiteral("pressure");
    s.unit = QStringLiteral("MPa");
    s.intervalS = 60;
    s.thresholds = pressureLevels();
    auto id = SensorRegistry(twin).add(s);
    if (!id)
        qFatal("pressure sensor: %s", qPrintable(id.error().toString()));
    return id.value();
}

} // namespace

class TestFallingThreshold : public QObject
{
    Q_OBJECT

private slots:
    void nextLevel_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("normal pressure") << 0 << 0.30 << 0;
        QTest::newRow("just above low") << 0 << 0.2001 << 0;
        QTest::newRow("low exactly") << 0 << 0.20 << 1;
        QTest::newRow("plunge to critical") << 0 << 0.05 << 3;
        QTest::newRow("recovering inside the band stays") << 1 << 0.215 << 1;
        QTest::newRow("recovered above the band leaves") << 1 << 0.221 << 0;
        QTest::newRow("deep recovery drops two") << 3 << 0.18 << 1;
        QTest::newRow("recovery inside the critical band stays") << 3 << 0.115 << 3;
        QTest::newRow("recovery past critical band lands on reached") << 3 << 0.125 << 2;
        QTest::newRow("NaN keeps the level") << 2 << std::nan("") << 2;
    }
    void nextLevel()
    {
        QFETCH(int, current);
        QFETCH(double, value);
        QFETCH(int, expected);
        QCOMPARE(AlarmEngine::nextLevel(pressureLevels(), current, value), expected);
    }

    void risingIsUnchanged()
    {
        // The same rows as tst_alarmengine with a rising threshold spelled out: nothing moved.
        const auto levels = SensorRegistry::demoGaugeThresholds(1.0);
        for (const Threshold &t : levels)
            QCOMPARE(t.direction, Direction::Rising);
        QCOMPARE(AlarmEngine::nextLevel(levels, 0, 2.0), 1);
        QCOMPARE(AlarmEngine::nextLevel(levels, 1, 1.95), 1);
        QCOMPARE(AlarmEngine::nextLevel(levels, 1, 1.89), 0);
        // A rising sensor reading very low is fine, a falling one is not.
        QCOMPARE(AlarmEngine::nextLevel(levels, 0, 0.0), 0);
        QCOMPARE(AlarmEngine::nextLevel(pressureLevels(), 0, 0.0), 3);
    }

    void storedAndAlarmedWithHysteresis()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
        const qint64 id = addPressureSensor(*twin);
        auto found = SensorRegistry(*twin).find(id);
        QVERIFY(found && found->has_value());
        const Sensor sensor = found->value();
        QCOMPARE(int(sensor.thresholds.size()), 3);
        for (const Threshold &t : sensor.thresholds)
            QCOMPARE(t.direction, Direction::Falling);
        auto all = SensorRegistry(*twin).sensors();
        QVERIFY(all);
        QCOMPARE(all->front().thresholds.back().direction, Direction::Falling);

        AlarmEngine engine(*twin);
        // Noise around 0.20 MPa: one "low" alarm, not four.
        QVERIFY(engine.evaluate(sensor, {{id, 1000, 0.199, 0}, {id, 2000, 0.205, 0}, {id, 3000, 0.198, 0}, {id, 4000, 0.21, 0}}));
        auto alarms = engine.alarms(id);
        QVERIFY(alarms);
        QCOMPARE(int(alarms->size()), 1);
        QCOMPARE(alarms->front().level, 1);
        QVERIFY(alarms->front().isActive());
        // Pressure collapses: critical.
        QVERIFY(engine.evaluate(sensor, {{id, 5000, 0.08, 0}}));
        QCOMPARE(engine.level(id), 3);
        QCOMPARE(engine.alarms(id)->back().level, 3);
        // Recovers to normal: nothing active, and a rising reading of 0.5 raises nothing.
        QVERIFY(engine.evaluate(sensor, {{id, 6000, 0.3, 0}, {id, 7000, 0.5, 0}}));
        QCOMPARE(engine.level(id), 0);
        QVERIFY(engine.activeAlarms()->empty());
    }

    void badThresholdsRefused()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")));
        const qint64 id = addPressureSensor(*twin);
        SensorRegistry registry(*twin);
        // Falling values that rise with the level.
        auto rising = pressureLevels();
        rising[1].value = 0.25;
        auto st = registry.setThresholds(id, rising);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("fall")), qPrintable(st.error().toString()));
        // Mixed directions.
        auto mixed = pressureLevels();
        mixed[2].direction = Direction::Rising;
        mixed[2].value = 0.5;
        st = registry.setThresholds(id, mixed);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("all be rising or all falling")), qPrintable(st.error().toString()));
        // Unchanged after the refusals.
        auto sensor = registry.find(id);
        QCOMPARE(sensor->value().thresholds.size(), std::size_t(3));
        QCOMPARE(sensor->value().thresholds[1].value, 0.15);
    }
};

QTEST_GUILESS_MAIN(TestFallingThreshold)
#include "tst_fallingthreshold.moc"
