// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The shipped example data/scenarios/rainfall-kokai-sakura-storm.json on a generated demo twin
// (scale 0.1, as `citytwin-cli generate --scale 0.1` makes it): it validates, every gauge of the
// twin reaches 氾濫危険水位, roads near the flooding rivers close and reopen, the evacuation sees
// them (against the same scenario without rain), and two runs give the same KPIs.
#include "rainfallmodel.h"
#include "rainfallmodelfactory.h"

#include "ct/citygen/citygenerator.h"
#include "ct/sim/simulation.h"
#include "ct/store/twinstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sensors;

class TestRainfallScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        citygen::GeneratorOptions options;
        options.scale = 0.1;
        auto report = citygen::CityGenerator::generate(path, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin);
        auto world = sim::SimulationWorld::load(*twin.value());
        QVERIFY2(world, world ? "" : qPrintable(world.error().toString()));
        m_world = std::make_unique<sim::SimulationWorld>(std::move(world).value());
        QList<core::Error> errors;
        auto scenario = sim::Scenario::fromFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/rainfall-kokai-sakura-storm.json"), &errors);
        QVERIFY2(scenario, scenario ? "" : qPrintable(scenario.error().toString()));
        m_scenario = std::make_unique<sim::Scenario>(scenario.value());
        QVERIFY(m_scenario->models.contains(QStringLiteral("rainfall")));
    }

    void exampleRunsOnTheDemoTwin()
    {
        sim::SimulationOptions options;
        options.models = {std::make_shared<RainfallModelFactory>()};
        const auto problems = sim::Simulation::validate(*m_world, *m_scenario, options.models);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.front().toString()));
        sim::Simulation wet(*m_world, *m_scenario, options);
        wet.run();
        const QJsonObject k = wet.kpis().value(QStringLiteral("rainfall")).toObject();
        QVERIFY2(!k.contains(QStringLiteral("problem")), qPrintable(k.value(QStringLiteral("problem")).toString()));
        const auto *model = dynamic_cast<const RainfallModel *>(wet.model(QStringLiteral("rainfall")));
        QVERIFY(model);
        QVERIFY(model->gauges().size() >= 2);          // one per generated river at this scale
        for (const RainfallGauge &g : model->gauges()) {
            QCOMPARE(g.catchmentSource, QStringLiteral("attribute"));   // the generator writes catchment_km2
            QCOMPARE(g.maxAlarmLevel, 4);              // 175 mm is heavier than the design storm
            QVERIFY(g.floodedAt >= 0);
            QVERIFY(g.reachedAt[0] < g.reachedAt[3]);
            QVERIFY(g.alarmLevel < 4);                 // ten hours on, every river is falling again
            QVERIFY(g.levelM < g.peakLevelM - 0.5);
        }
        QVERIFY(k.value(QStringLiteral("roads_closed")).toInt() > 0);
        QCOMPARE(k.value(QStringLiteral("road_reopenings")).toInt(), k.value(QStringLiteral("road_closures")).toInt());
        QCOMPARE(k.value(QStringLiteral("roads_closed_at_end")).toInt(), 0);
        QCOMPARE(k.value(QStringLiteral("max_alarm_level")).toInt(), 4);

        // Without the rain: no closure, and the evacuation ends differently.
        sim::Scenario dryScenario = *m_scenario;
        dryScenario.models.remove(QStringLiteral("rainfall"));
        sim::Simulation dry(*m_world, dryScenario, options);
        dry.run();
        const QJsonObject d = dry.kpis().value(QStringLiteral("evacuation")).toObject();
        const QJsonObject w = wet.kpis().value(QStringLiteral("evacuation")).toObject();
        QCOMPARE(d.value(QStringLiteral("roads_closed")).toInt(), 0);
        QCOMPARE(w.value(QStringLiteral("roads_closed")).toInt(), k.value(QStringLiteral("roads_closed")).toInt());
        QVERIFY(wet.evacuation().treeRecomputations() > dry.evacuation().treeRecomputations());
        QVERIFY(w.value(QStringLiteral("evacuated_over_time")) != d.value(QStringLiteral("evacuated_over_time"))
                || w.value(QStringLiteral("stranded")) != d.value(QStringLiteral("stranded"))
                || w.value(QStringLiteral("unreachable")) != d.value(QStringLiteral("unreachable")));

        // Deterministic: the same seed, the same figures.
        sim::Simulation again(*m_world, *m_scenario, options);
        again.run();
        QCOMPARE(QJsonDocument(again.kpis()).toJson(), QJsonDocument(wet.kpis()).toJson());
    }

    void realGaugesUseTheirCatchments()
    {
        // A twin made with the real MLIT gauge list: each station's area_mod is its catchment.
        const QString shared = qEnvironmentVariable("CITYTWIN_SHARED_DATA");
        if (shared.isEmpty() || !QFileInfo::exists(shared + QStringLiteral("/sensors/mlit_water_level_gauges_tsukuba_area.csv")))
            QSKIP("real Tsukuba data not available (CITYTWIN_SHARED_DATA)");
        const QString path = m_dir.filePath(QStringLiteral("real.gpkg"));
        citygen::GeneratorOptions options;
        options.scale = 0.1;
        options.realDataDirectory = shared;
        auto report = citygen::CityGenerator::generate(path, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin);
        auto world = sim::SimulationWorld::load(*twin.value());
        QVERIFY(world);
        sim::SimulationOptions simOptions;
        simOptions.models = {std::make_shared<RainfallModelFactory>()};
        sim::Scenario scenario = *m_scenario;
        scenario.duration = 2 * sim::kHour;
        scenario.trigger = 0;
        QVERIFY(sim::Simulation::validate(world.value(), scenario, simOptions.models).isEmpty());
        sim::Simulation run(world.value(), scenario, simOptions);
        run.run();
        const auto *model = dynamic_cast<const RainfallModel *>(run.model(QStringLiteral("rainfall")));
        QVERIFY(model);
        QCOMPARE(int(model->gauges().size()), 41);   // the rows of the shared gauge list
        bool found = false;
        for (const RainfallGauge &g : model->gauges()) {
            QCOMPARE(g.catchmentSource, QStringLiteral("attribute"));
            if (g.site.sourceId == QLatin1String("MLIT-1853")) {   // 乙戸川 乙戸: area_mod 3.317 km²
                found = true;
                QCOMPARE(g.reservoir.areaKm2(), 3.317);
                QCOMPARE(g.site.river, QStringLiteral("乙戸川"));
            }
        }
        QVERIFY(found);
        // A small catchment answers faster than a large one under the same rain.
        const RainfallGauge *small = nullptr, *large = nullptr;
        for (const RainfallGauge &g : model->gauges()) {
            if (!small || g.reservoir.areaKm2() < small->reservoir.areaKm2())
                small = &g;
            if (!large || g.reservoir.areaKm2() > large->reservoir.areaKm2())
                large = &g;
        }
        QVERIFY(small->reachedAt[0] >= 0 && large->reachedAt[0] >= 0);
        QVERIFY(small->reachedAt[0] < large->reachedAt[0]);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulationWorld> m_world;
    std::unique_ptr<sim::Scenario> m_scenario;
};

QTEST_GUILESS_MAIN(TestRainfallScenario)
#include "tst_rainfallscenario.moc"
