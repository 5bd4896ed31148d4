// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dispatchfixtures.h"

#include "ct/hydrogen/greedybaseline.h"
#include "ct/hydrogen/powerdispatchoptimizer.h"

#include <QTest>

using namespace ct::hydrogen;

namespace {

double relativeGap(double a, double b) { return std::abs(a - b) / std::max(1.0, std::abs(b)); }

} // namespace

class TestPowerDispatchOptimizer : public QObject
{
    Q_OBJECT

private slots:
    // The optimiser reaches the optimum of the exhaustive search (every plan with at most
    // maxStopsPerBus stops per bus) on small instances.
    void matchesExhaustiveSearch_data()
    {
        QTest::addColumn<uint>("seed");
        QTest::addColumn<int>("buses");
        QTest::addColumn<int>("shelters");
        QTest::addColumn<double>("horizon");
        QTest::addColumn<int>("maxStops");
        for (uint seed = 1; seed <= 12; ++seed)
            QTest::addRow("2 buses, 3 shelters, 72 h, 4 stops, seed %u", seed) << seed << 2 << 3 << 72.0 << 4;
        for (uint seed = 101; seed <= 108; ++seed)
            QTest::addRow("2 buses, 4 shelters, 48 h, 3 stops, seed %u", seed) << seed << 2 << 4 << 48.0 << 3;
        for (uint seed = 201; seed <= 206; ++seed)
            QTest::addRow("3 buses, 3 shelters, 72 h, 3 stops, seed %u", seed) << seed << 3 << 3 << 72.0 << 3;
        for (uint seed = 301; seed <= 304; ++seed)
            QTest::addRow("1 bus, 5 shelters, 72 h, 5 stops, seed %u", seed) << seed << 1 << 5 << 72.0 << 5;
    }

    void matchesExhaustiveSearch()
    {
        QFETCH(uint, seed);
        QFETCH(int, buses);
        QFETCH(int, shelters);
        QFETCH(double, horizon);
        QFETCH(int, maxStops);
        const DispatchProblem problem = testing::randomProblem(seed, buses, shelters, horizon, maxStops);
        std::vector<StopSequence> optimum;
        const double best = testing::exhaustiveBest(problem, &optimum);
        PowerDispatchOptimizer optimizer(problem);
        const auto plan = optimizer.optimise();
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QVERIFY(plan->feasible);
        QVERIFY2(relativeGap(plan->coveredPersonHours, best) < 1e-9,
                 qPrintable(QStringLiteral("optimiser %1, exhaustive %2").arg(plan->coveredPersonHours, 0, 'f', 6).arg(best, 0, 'f', 6)));
        // Exhaustive search is the true optimum, so the baseline cannot beat it either.
        QVERIFY(GreedyBaseline(problem).plan().coveredPersonHours <= best + 1e-9);
    }

    void neverWorseThanTheBaseline()
    {
        for (uint seed = 1; seed <= 15; ++seed) {
            DispatchProblem problem = testing::randomProblem(seed, 6, 30, 72.0, 12);
            problem.options.perturbationRounds = 10;
            const DispatchPlan baseline = GreedyBaseline(problem).plan();
            PowerDispatchOptimizer optimizer(problem);
            const auto plan = optimizer.optimise();
            QVERIFY(plan.ok());
            QVERIFY(plan->feasible);
            QVERIFY(baseline.feasible);
            QVERIFY2(plan->coveredPersonHours >= baseline.coveredPersonHours - 1e-9,
                     qPrintable(QStringLiteral("seed %1: %2 < %3").arg(seed).arg(plan->coveredPersonHours).arg(baseline.coveredPersonHours)));
            QCOMPARE(optimizer.statistics().baselineObjective, baseline.coveredPersonHours);
        }
    }

    void deterministic()
    {
        const DispatchProblem problem = testing::randomProblem(42, 8, 40, 72.0, 12);
        PowerDispatchOptimizer first(problem), second(problem);
        const auto a = first.optimise();
        const auto b = second.optimise();
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->sequences(), b->sequences());
        QCOMPARE(a->coveredPersonHours, b->coveredPersonHours);
        QCOMPARE(first.statistics().evaluations, second.statistics().evaluations);
    }

    void planRespectsTheRules()
    {
        const DispatchProblem problem = testing::randomProblem(7, 6, 25, 72.0, 8);
        PowerDispatchOptimizer optimizer(problem);
        const auto plan = optimizer.optimise();
        QVERIFY(plan.ok());
        const PlanEvaluator evaluator(problem);
        QVERIFY(std::abs(evaluator.objective(plan->sequences()) - plan->coveredPersonHours) < 1e-6);
        for (const BusPlan &bus : plan->buses) {
            QVERIFY(int(bus.sequence.size()) <= problem.options.maxStopsPerBus);
            for (const PlanStop &stop : bus.stops) {
                QVERIFY(stop.energyOnArrivalKwh >= -1e-9);
                QVERIFY(stop.energyOnDepartureKwh <= problem.buses[std::size_t(bus.bus)].specification.tankKwh + 1e-9);
            }
            // The last stop leaves enough to reach a station.
            if (!bus.stops.empty() && bus.stops.back().kind == PlanStop::Kind::Supply) {
                const int site = problem.shelterSite(bus.stops.back().shelter);
                const int station = evaluator.nearestStationSite(site);
                QVERIFY(bus.finalEnergyKwh + 1e-9 >= problem.travel.kilometres(site, station)
                            * problem.buses[std::size_t(bus.bus)].specification.drivingKwhPerKm);
            }
        }
        QVERIFY(optimizer.statistics().evaluations > 0);
        QVERIFY(plan->coveredPersonHours >= optimizer.statistics().constructionObjective - 1e-9);
    }

    void unavailableBusesGetNothing()
    {
        DispatchProblem problem = testing::randomProblem(3, 3, 10, 72.0, 8);
        problem.buses[1].state = BusState::Off;
        PowerDispatchOptimizer optimizer(problem);
        const auto plan = optimizer.optimise();
        QVERIFY(plan.ok());
        QVERIFY(plan->buses[1].sequence.empty());
        QVERIFY(!plan->buses[0].sequence.empty() || !plan->buses[2].sequence.empty());
    }

    void noNeedNoPlan()
    {
        DispatchProblem problem = testing::randomProblem(3, 3, 5, 72.0, 8);
        for (ShelterNeed &need : problem.shelters)
            need.loadKw = 0.0;
        PowerDispatchOptimizer optimizer(problem);
        const auto plan = optimizer.optimise();
        QVERIFY(plan.ok());
        QCOMPARE(plan->coveredPersonHours, 0.0);
        for (const BusPlan &bus : plan->buses)
            QVERIFY(bus.sequence.empty());
    }

    void invalidProblemIsRefused()
    {
        DispatchProblem problem = testing::randomProblem(3, 2, 3, 72.0, 4);
        problem.travel = TravelMatrix(2);
        PowerDispatchOptimizer optimizer(problem);
        const auto plan = optimizer.optimise();
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ct::core::Error::Kind::InvalidInput);
        QVERIFY(plan.error().message.contains(QStringLiteral("travel matrix")));

        problem = testing::randomProblem(3, 2, 3, 72.0, 4);
        problem.buses[0].energyKwh = 500.0;
        const auto tooFull = PowerDispatchOptimizer(problem).optimise();
        QVERIFY(!tooFull.ok());
        QVERIFY(tooFull.error().message.contains(QStringLiteral("FCB01")));
    }

    void cancelling()
    {
        const DispatchProblem problem = testing::randomProblem(5, 5, 20, 72.0, 8);
        PowerDispatchOptimizer optimizer(problem);
        int calls = 0;
        optimizer.setProgress([&](double fraction) {
            ++calls;
            return fraction < 0.25;
        });
        const auto plan = optimizer.optimise();
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ct::core::Error::Kind::Refused);
        QVERIFY(calls > 0);
    }
};

QTEST_GUILESS_MAIN(TestPowerDispatchOptimizer)
#include "tst_powerdispatchoptimizer.moc"
