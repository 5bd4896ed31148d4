// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The "hydrogen" simulation model: buses executing a dispatch plan in simulated time. Alone in
// an Engine on plain problems (it reproduces the plan exactly, and departs from it under heavier
// loads or consumption), and through its factory in a full Simulation on a generated twin with
// an accepted plan.
#include "dispatchfixtures.h"
#include "outagefixture.h"

#include "ct/hydrogen/dispatchorderbook.h"
#include "ct/hydrogen/powerdispatchmodel.h"
#include "ct/hydrogen/powerdispatchmodelfactory.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"
#include "ct/hydrogen/twindispatchproblem.h"

#include "ct/sim/engine.h"
#include "ct/sim/simulation.h"
#include "ct/sim/snapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct::hydrogen;
namespace sim = ct::sim;

namespace {

struct Run
{
    std::unique_ptr<sim::Engine> engine;
    PowerDispatchModel *model = nullptr;
};

Run run(const DispatchProblem &problem, const std::vector<StopSequence> &plan, PowerDispatchModel::Factors factors, double hours)
{
    Run r;
    r.engine = std::make_unique<sim::Engine>(1, sim::fromSeconds(hours * 3600.0));
    auto model = std::make_unique<PowerDispatchModel>(QStringLiteral("hydrogen"), std::make_shared<DispatchProblem>(problem), plan, factors);
    r.model = model.get();
    r.engine->addModel(std::move(model));
    r.engine->start();
    r.engine->run();
    return r;
}

double relativeGap(double a, double b) { return std::abs(a - b) / std::max(1.0, std::abs(b)); }

} // namespace

class TestPowerDispatchModel : public QObject
{
    Q_OBJECT

private slots:
    void reproducesThePlan_data()
    {
        QTest::addColumn<uint>("seed");
        QTest::addColumn<double>("hours");
        for (uint seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u, whole horizon", seed) << seed << 80.0;
        for (uint seed = 11; seed <= 13; ++seed)
            QTest::addRow("seed %u, first 10 h", seed) << seed << 10.0;
    }

    void reproducesThePlan()
    {
        QFETCH(uint, seed);
        QFETCH(double, hours);
        const DispatchProblem problem = testing::randomProblem(seed, 4, 14, 72.0, 10);
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        const Run r = run(problem, plan->sequences(), {}, hours);
        const QJsonObject kpis = r.model->kpis();
        // What the plan promised by the end of the run, computed independently of the model.
        const PlanEvaluator evaluator(problem);
        std::vector<std::vector<PlanEvaluator::Interval>> perShelter(problem.shelters.size());
        std::vector<PlanEvaluator::Interval> intervals;
        double km = 0.0;
        int refuels = 0;
        for (std::size_t b = 0; b < problem.buses.size(); ++b) {
            QVERIFY(evaluator.decode(int(b), plan->buses[b].sequence, intervals));
            for (auto iv : intervals) {
                iv.end = std::min(iv.end, hours * 3600.0);
                if (iv.end > iv.start)
                    perShelter[std::size_t(iv.shelter)].push_back(iv);
            }
            for (const PlanStop &stop : plan->buses[b].stops) {
                if (stop.arriveSeconds <= hours * 3600.0)
                    km += stop.driveKm;
                refuels += stop.kind == PlanStop::Kind::Refuel && stop.serviceEndSeconds <= hours * 3600.0 ? 1 : 0;
            }
        }
        double promised = 0.0;
        for (std::size_t s = 0; s < perShelter.size(); ++s)
            promised += evaluator.shelterCoverage(int(s), perShelter[s]);
        QVERIFY(promised > 0.0);
        QVERIFY2(relativeGap(kpis.value(QStringLiteral("covered_person_hours")).toDouble(), promised) < 1e-9,
                 qPrintable(QStringLiteral("simulated %1, plan %2").arg(kpis.value(QStringLiteral("covered_person_hours")).toDouble()).arg(promised)));
        QVERIFY(relativeGap(kpis.value(QStringLiteral("planned_person_hours")).toDouble(), promised) < 1e-9);
        QVERIFY(std::abs(kpis.value(QStringLiteral("km_driven")).toDouble() - km) < 1e-6);
        QCOMPARE(kpis.value(QStringLiteral("refuellings")).toInt(), refuels);
        QCOMPARE(kpis.value(QStringLiteral("buses_held")).toInt(), 0);
        if (hours > 72.0) {
            QVERIFY(relativeGap(promised, plan->coveredPersonHours) < 1e-9);
            for (std::size_t b = 0; b < problem.buses.size(); ++b)
                QVERIFY2(std::abs(r.model->energyKwh(int(b)) - plan->buses[b].finalEnergyKwh) < 1e-6,
                         qPrintable(QStringLiteral("bus %1: %2 kWh simulated, %3 planned").arg(b).arg(r.model->energyKwh(int(b))).arg(plan->buses[b].finalEnergyKwh)));
        }
    }

    void heavierLoadsCoverLess()
    {
        const DispatchProblem problem = testing::randomProblem(4, 4, 14, 72.0, 10);
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        const Run r = run(problem, plan->sequences(), {1.5, 1.0}, 72.0);
        const QJsonObject kpis = r.model->kpis();
        QVERIFY(kpis.value(QStringLiteral("covered_person_hours")).toDouble() < kpis.value(QStringLiteral("planned_person_hours")).toDouble());
        QCOMPARE(kpis.value(QStringLiteral("load_factor")).toDouble(), 1.5);
    }

    void thirstyDrivingHoldsBuses()
    {
        const DispatchProblem problem = testing::randomProblem(4, 4, 14, 72.0, 10);
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        const Run r = run(problem, plan->sequences(), {1.0, 30.0}, 72.0);
        QVERIFY(r.model->heldBuses() >= 1);
        bool recorded = false;
        for (const auto &e : r.engine->recordedEvents())
            recorded = recorded || e.kind == QLatin1String("held");
        QVERIFY(recorded);
        QVERIFY(r.model->coveredPersonHours() < plan->coveredPersonHours);
    }

    void snapshotsCarryTheBuses()
    {
        DispatchProblem problem = testing::randomProblem(5, 3, 8, 72.0, 8);
        auto plan = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(plan.ok());
        const Run r = run(problem, plan->sequences(), {}, 5.0);
        sim::Snapshot snapshot;
        snapshot.time = r.engine->now();
        r.model->contribute(snapshot);
        const sim::FeatureState *state = snapshot.featureState(QStringLiteral("fuel_cell_buses"));
        QVERIFY(state);
        QCOMPARE(int(state->size()), 3);
        for (std::size_t b = 0; b < 3; ++b) {
            const int row = state->row(problem.buses[b].fid);
            QVERIFY(row >= 0);
            QVERIFY(std::abs(state->numbers[std::size_t(row) * 2] - r.model->energyKwh(int(b))) < 1e-9);
        }
    }

    void factoryOnATwinWithAnAcceptedPlan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outage.gpkg"));
        testing::OutageOptions options;
        options.scale = 0.02;
        options.buses = 3;
        const QString error = testing::outageTwin(path, QStringLiteral(CITYTWIN_PLUGIN_DIR), options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto world = [&] {
            auto twin = ct::store::TwinStore::open(path, ct::store::TwinStore::OpenMode::ReadOnly);
            return sim::SimulationWorld::load(*twin.value());
        }();
        QVERIFY(world.ok());
        PowerDispatchModelFactory factory;
        const QString at = QStringLiteral("models.hydrogen");
        // Section checks, named.
        auto errors = factory.validate(QJsonObject{{QStringLiteral("plan"), QStringLiteral("best")}, {QStringLiteral("load_factor"), -1},
                                                   {QStringLiteral("speed"), 3}},
                                       at, world.value());
        QStringList where;
        for (const auto &e : errors)
            where << e.where;
        where.sort();
        QCOMPARE(where, (QStringList{QStringLiteral("models.hydrogen.load_factor"), QStringLiteral("models.hydrogen.plan"),
                                     QStringLiteral("models.hydrogen.speed")}));
        errors = factory.validate(QJsonObject{{QStringLiteral("plan"), QStringLiteral("accepted")}}, at, world.value());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().where, QStringLiteral("models.hydrogen.plan"));
        QVERIFY(factory.validate(QJsonObject{{QStringLiteral("plan"), QStringLiteral("optimise")}}, at, world.value()).isEmpty());

        // Accept a plan, then simulate it through a whole Simulation.
        double planned = 0.0;
        qint64 planId = 0;
        {
            auto twin = ct::store::TwinStore::open(path);
            QVERIFY(twin.ok());
            auto loaded = TwinDispatchProblem::load(*twin.value(), DispatchOptions{});
            QVERIFY(loaded.ok());
            auto plan = PowerDispatchOptimizer(loaded.value()->problem()).optimise();
            QVERIFY(plan.ok());
            auto accepted = DispatchOrderBook(*twin.value())
                                .accept(ct::core::Actor{QStringLiteral("sato"), ct::core::Role::HqCommander, {}},
                                        loaded.value()->problem(), plan.value(), QDateTime::currentDateTimeUtc());
            QVERIFY(accepted.ok());
            planId = accepted.value();
            // What the plan promises in the run's 6 hours.
            const Run r = run(loaded.value()->problem(), plan->sequences(), {}, 6.0);
            planned = r.model->plannedPersonHours();
            QVERIFY(planned > 0.0);
        }
        QVERIFY(factory.validate(QJsonObject{{QStringLiteral("plan"), QStringLiteral("accepted")}}, at, world.value()).isEmpty());
        const QByteArray json = R"({"format": "citytwin-scenario", "version": 1, "name": "outage", "duration": "06:00", "seed": 3,
            "population": {"compliance": 0.0}, "shelters": {"initial": "all_open"},
            "models": {"hydrogen": {"plan": "accepted"}}})";
        auto scenario = sim::Scenario::fromJson(json);
        QVERIFY2(scenario.ok(), scenario.ok() ? "" : qPrintable(scenario.error().toString()));
        sim::SimulationOptions simOptions;
        simOptions.models = {std::make_shared<PowerDispatchModelFactory>()};
        QVERIFY(sim::Simulation::validate(world.value(), scenario.value(), simOptions.models).isEmpty());
        sim::Simulation simulation(world.value(), scenario.value(), simOptions);
        simulation.run();
        const QJsonObject kpis = simulation.kpis().value(QStringLiteral("hydrogen")).toObject();
        QCOMPARE(qint64(kpis.value(QStringLiteral("plan_id")).toDouble()), planId);
        QCOMPARE(kpis.value(QStringLiteral("skipped_orders")).toInt(), 0);
        QVERIFY(kpis.value(QStringLiteral("plan_feasible")).toBool());
        QVERIFY(relativeGap(kpis.value(QStringLiteral("covered_person_hours")).toDouble(), planned) < 1e-9);
        QVERIFY(relativeGap(kpis.value(QStringLiteral("planned_person_hours")).toDouble(), planned) < 1e-9);
        bool arrived = false;
        for (const auto &e : simulation.engine().recordedEvents())
            arrived = arrived || (e.source == QLatin1String("hydrogen") && e.kind == QLatin1String("arrive"));
        QVERIFY(arrived);
        QVERIFY(!simulation.samples().empty());
        QVERIFY(simulation.samples().back()->featureState(QStringLiteral("fuel_cell_buses")));
    }
};

QTEST_GUILESS_MAIN(TestPowerDispatchModel)
#include "tst_powerdispatchmodel.moc"
