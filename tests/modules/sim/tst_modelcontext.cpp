// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "liveprobemodel.h"
#include "simtestsupport.h"

#include "ct/sim/simulation.h"
#include "ct/sim/simulationrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::sim;

namespace {

Scenario scenario(const char *initial)
{
    auto s = Scenario::fromJson(QStringLiteral(R"({"name": "branch", "duration": "00:10", "seed": 3,
        "population": {"compliance": 1, "departure": {"distribution": "immediate"}},
        "shelters": {"initial": "%1"}, "models": {"liveprobe": {}}})").arg(QLatin1String(initial)).toUtf8());
    if (!s)
        qFatal("bad test scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

} // namespace

/// ModelContext tells a domain model whether the run branches from the live state and lets it
/// read the twin (read-only, opened on the run's thread).
class TestModelContext : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twinPath;
    std::unique_ptr<SimulationWorld> m_world;

private slots:
    void initTestCase()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 100}, {0, 4, 100}, {4, 0, 100}};
        grid.homes = {{0, 0, 20}, {2, 2, 20}};
        m_twinPath = m_dir.filePath(QStringLiteral("live.gpkg"));
        auto twin = grid.write(m_twinPath);
        // The shelters plugin's live table: 10, 20 and 30 persons inside.
        char *message = nullptr;
        const int rc = sqlite3_exec(twin->handle(),
                                    "CREATE TABLE shelter_status (shelter_fid INTEGER PRIMARY KEY, status TEXT NOT NULL, occupancy INTEGER NOT NULL);"
                                    "INSERT INTO shelter_status SELECT fid, 'open', fid * 10 FROM shelters;",
                                    nullptr, nullptr, &message);
        QVERIFY2(rc == SQLITE_OK, message);
        auto world = SimulationWorld::load(*twin);
        QVERIFY(world.ok());
        m_world = std::make_unique<SimulationWorld>(std::move(world.value()));
        QVERIFY(m_world->loadedAt().isValid());
    }

    void branchedRunStartsFromTheLiveTables()
    {
        auto probe = std::make_shared<test::LiveProbe>();
        SimulationOptions options;
        options.models = {std::make_shared<test::LiveProbeFactory>(probe)};
        const Scenario live = scenario("live");
        QVERIFY(live.branchesFromLive());
        QVERIFY(Simulation::validate(*m_world, live, options.models).isEmpty());
        Simulation sim(*m_world, live, options);
        QVERIFY(probe->created);
        QVERIFY(probe->branched);
        sim.engine().start();
        QVERIFY2(probe->problem.isEmpty(), qPrintable(probe->problem));
        QVERIFY(probe->opened);
        QVERIFY(probe->readOnly);
        QVERIFY(probe->writeRefused); // read access only: the twin is not changed by a run
        QCOMPARE(probe->liveOccupancy.size(), 3);
        // The model starts from the same live occupancy as the evacuation and the world.
        int fromWorld = 0;
        for (std::size_t i = 0; i < m_world->shelters().size(); ++i) {
            const auto &s = m_world->shelters()[i];
            QVERIFY(s.hasLiveStatus);
            QCOMPARE(probe->liveOccupancy.value(s.fid, -1), s.liveOccupancy);
            QCOMPARE(sim.evacuation().shelterOccupancy(int(i)), s.liveOccupancy);
            fromWorld += s.liveOccupancy;
        }
        QCOMPARE(fromWorld, 60);
        sim.run();
        QCOMPARE(sim.kpis().value(QStringLiteral("liveprobe")).toObject().value(QStringLiteral("live_occupancy")).toInt(), 60);
        // Nothing was written.
        auto again = store::TwinStore::open(m_twinPath, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(again.ok());
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(again.value()->handle(), "SELECT sum(occupancy) FROM shelter_status", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 60);
        sqlite3_finalize(st);
    }

    void scenarioRunIsNotBranched()
    {
        auto probe = std::make_shared<test::LiveProbe>();
        SimulationOptions options;
        options.models = {std::make_shared<test::LiveProbeFactory>(probe)};
        Simulation sim(*m_world, scenario("all_open"), options);
        sim.run();
        QVERIFY(probe->created);
        QVERIFY(!probe->branched);
        QVERIFY(!probe->opened);
        QCOMPARE(sim.evacuation().shelterOccupancy(0) + sim.evacuation().shelterOccupancy(1) + sim.evacuation().shelterOccupancy(2), 40);
        // The twin can still be read (a model may want static tables in any run).
        QVERIFY(probe->opener);
        auto twin = probe->opener();
        QVERIFY2(twin.ok(), twin.ok() ? "" : qPrintable(twin.error().toString()));
        QVERIFY(twin.value()->isReadOnly());
        QCOMPARE(twin.value()->path(), m_twinPath);
    }

    //! Under the console's runner the model opens the twin on the worker thread, not the caller's.
    void modelsOpenTheTwinOnTheRunThread()
    {
        auto probe = std::make_shared<test::LiveProbe>();
        SimulationOptions options;
        options.models = {std::make_shared<test::LiveProbeFactory>(probe)};
        SimulationRunner runner(std::make_unique<Simulation>(*m_world, scenario("live"), options));
        runner.start();
        runner.waitUntilFinished();
        QVERIFY(runner.isFinished());
        QCOMPARE(probe->createdOn, std::this_thread::get_id());
        QVERIFY(probe->startedOn != std::this_thread::get_id());
        QVERIFY(probe->opened);
        QCOMPARE(probe->liveOccupancy.size(), 3);
    }

    void openerNamesAMissingTwin()
    {
        const QString copy = m_dir.filePath(QStringLiteral("gone.gpkg"));
        QVERIFY(QFile::copy(m_twinPath, copy));
        std::unique_ptr<SimulationWorld> world;
        {
            auto twin = store::TwinStore::open(copy, store::TwinStore::OpenMode::ReadOnly);
            QVERIFY(twin.ok());
            auto loaded = SimulationWorld::load(*twin.value());
            QVERIFY(loaded.ok());
            world = std::make_unique<SimulationWorld>(std::move(loaded.value()));
        }
        QVERIFY(QFile::remove(copy));
        auto probe = std::make_shared<test::LiveProbe>();
        SimulationOptions options;
        options.models = {std::make_shared<test::LiveProbeFactory>(probe)};
        Simulation sim(*world, scenario("live"), options);
        sim.engine().start();
        QVERIFY(!probe->opened);
        QVERIFY2(probe->problem.contains(copy), qPrintable(probe->problem));
    }
};

QTEST_GUILESS_MAIN(TestModelContext)
#include "tst_modelcontext.moc"
