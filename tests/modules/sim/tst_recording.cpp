// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "simtestsupport.h"

#include "ct/sim/runrecorder.h"
#include "ct/sim/simulation.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::sim;

class TestRecording : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Scenario scenario()
    {
        auto s = Scenario::fromJson(R"({"name": "recorded", "duration": "00:30", "seed": 5,
            "population": {"car_share": 0.5, "departure": {"distribution": "exponential", "mean": "00:04"}},
            "events": [{"at": "00:06", "kind": "close_road", "road": 1001}]})");
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return s.value();
    }

private slots:
    void recordThenReplay()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 60}, {0, 4, 500}};
        grid.homes = {{0, 0, 80}, {2, 2, 50}, {4, 0, 30}};
        auto twin = grid.write(m_dir.filePath(QStringLiteral("rec.gpkg")));
        auto world = SimulationWorld::load(*twin);
        QVERIFY(world.ok());
        SimulationOptions options;
        options.sampleInterval = 2 * kMinute;
        Simulation sim(world.value(), scenario(), options);
        sim.run();
        QCOMPARE(sim.samples().size(), std::size_t(16)); // 00:00, 00:02, … 00:30
        QVERIFY(sim.samples()[3]->moving > 0 || sim.samples()[3]->sheltered > 0);

        auto id = RunRecorder::record(*twin, core::Actor::system(QStringLiteral("test")), sim,
                                      QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        auto id2 = RunRecorder::record(*twin, core::Actor::system(QStringLiteral("test")), sim,
                                       QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
        QVERIFY(id2.ok());
        QVERIFY(id2.value() != id.value());

        auto replay = RunRecorder::replay(*twin, id.value());
        QVERIFY(replay.ok());
        QCOMPARE(replay->size(), sim.samples().size());
        bool anyPositions = false;
        for (std::size_t i = 0; i < replay->size(); ++i) {
            QVERIFY2(*(*replay)[i] == *sim.samples()[i], qPrintable(QStringLiteral("sample %1 differs").arg(i)));
            anyPositions |= !(*replay)[i]->positions.empty();
        }
        QVERIFY(anyPositions);
        auto events = RunRecorder::events(*twin, id.value());
        QVERIFY(events.ok());
        QCOMPARE(events.value(), sim.engine().recordedEvents());

        auto runs = RunRecorder::runs(*twin);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), std::size_t(2));
        QCOMPARE(runs->front().name, QStringLiteral("recorded"));
        QCOMPARE(runs->front().seed, std::uint64_t(5));
        QCOMPARE(runs->front().kpis, sim.kpis());
        QCOMPARE(runs->front().sampleCount, 16);
        QCOMPARE(twin->schemaVersion(RunRecorder::component()), 2);
        QCOMPARE(twin->auditLog(1).front().action, QStringLiteral("simulation.record"));

        auto comparison = RunRecorder::compare(*twin, id.value(), id2.value());
        QVERIFY(comparison.ok());
        const QJsonObject d = comparison->value(QStringLiteral("differences")).toObject()
                                  .value(QStringLiteral("evacuation.sheltered")).toObject();
        QCOMPARE(d.value(QStringLiteral("delta")).toDouble(), 0.0);
        QVERIFY(!RunRecorder::replay(*twin, 999).ok());
    }

    void readOnlyTwinIsRefusedAndUntouched()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 60}};
        grid.homes = {{0, 0, 10}};
        const QString path = m_dir.filePath(QStringLiteral("ro.gpkg"));
        grid.write(path).reset();
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto world = SimulationWorld::load(*twin.value());
        QVERIFY(world.ok());
        Simulation sim(world.value(), scenario());
        sim.run();
        auto id = RunRecorder::record(*twin.value(), core::Actor::system(), sim, {}, {});
        QVERIFY(!id.ok());
        QCOMPARE(twin.value()->schemaVersion(RunRecorder::component()), 0);
        auto runs = RunRecorder::runs(*twin.value());
        QVERIFY(runs.ok());
        QVERIFY(runs->empty());
    }
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
