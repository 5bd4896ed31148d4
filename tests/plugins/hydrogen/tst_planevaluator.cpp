// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "dispatchfixtures.h"

#include "ct/hydrogen/planevaluator.h"

#include <QTest>

using namespace ct::hydrogen;

namespace {

// Sites: shelter 0, station 1, bus 2. Round numbers: 1 kWh per km, 9 kW export, 18 kW load.
DispatchProblem oneBusOneShelter(double outageHours, double energyKwh)
{
    DispatchProblem p;
    p.options.horizonHours = 72.0;
    p.options.medicalFactor = 2.0;
    ShelterNeed shelter;
    shelter.fid = 7;
    shelter.occupancy = 100;
    shelter.medicalCount = 10;          // weight 100 + 2 × 10 = 120
    shelter.loadKw = 18.0;              // one bus carries half the load
    shelter.expectedOutageHours = outageHours;
    p.shelters.push_back(shelter);
    p.stations.push_back({1, QStringLiteral("station"), {}});
    FuelCellBus bus;
    bus.busId = QStringLiteral("FCB01");
    bus.energyKwh = energyKwh;
    bus.specification.drivingKwhPerKm = 1.0;
    bus.specification.refuelMinutes = 30.0;
    p.buses.push_back(bus);
    p.travel = TravelMatrix(3);
    p.travel.set(2, 0, 1800, 10);   // bus → shelter
    p.travel.set(2, 1, 1200, 8);    // bus → station
    p.travel.set(0, 1, 600, 5);     // shelter → station
    p.travel.set(1, 0, 600, 5);     // station → shelter
    return p;
}

} // namespace

class TestPlanEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void supplyStopsAtTheReserveForTheStation()
    {
        const DispatchProblem p = oneBusOneShelter(10.0, 100.0);
        const PlanEvaluator evaluator(p);
        QCOMPARE(evaluator.shelterWeight(0), 120.0);
        // Arrive at 1800 s with 90 kWh; keep 5 kWh for the station: 85 kWh / 9 kW = 34000 s.
        const DispatchPlan plan = evaluator.plan({{0}});
        QVERIFY(plan.feasible);
        QCOMPARE(plan.buses[0].stops.size(), std::size_t(1));
        const PlanStop &stop = plan.buses[0].stops[0];
        QCOMPARE(stop.arriveSeconds, 1800.0);
        QCOMPARE(stop.energyOnArrivalKwh, 90.0);
        QCOMPARE(stop.serviceEndSeconds, 35800.0);
        QCOMPARE(stop.supplyKw, 9.0);
        QVERIFY(std::abs(stop.energyOnDepartureKwh - 5.0) < 1e-9);
        // 120 weighted persons × half the load × 34000 s.
        const double expected = 120.0 * 0.5 * 34000.0 / 3600.0;
        QVERIFY(std::abs(plan.coveredPersonHours - expected) < 1e-9);
        QVERIFY(std::abs(evaluator.objective({{0}}) - expected) < 1e-9);
        QVERIFY(std::abs(stop.coveredPersonHours - expected) < 1e-9);
    }

    void supplyStopsWhenTheNeedEnds()
    {
        const DispatchProblem p = oneBusOneShelter(5.0, 200.0);
        const PlanEvaluator evaluator(p);
        const DispatchPlan plan = evaluator.plan({{0}});
        // 5 h outage: power from 1800 s to 18000 s, energy 190 − 9 × 4.5 h.
        QCOMPARE(plan.buses[0].stops[0].serviceEndSeconds, 18000.0);
        QVERIFY(std::abs(plan.buses[0].finalEnergyKwh - (190.0 - 9.0 * 4.5)) < 1e-9);
        QVERIFY(std::abs(plan.coveredPersonHours - 120.0 * 0.5 * 4.5) < 1e-9);
    }

    void refuellingAndReturning()
    {
        const DispatchProblem p = oneBusOneShelter(30.0, 100.0);
        const PlanEvaluator evaluator(p);
        const DispatchPlan plan = evaluator.plan({{0, kRefuelStop, 0}});
        QVERIFY2(plan.feasible, qPrintable(plan.buses[0].problem));
        const auto &stops = plan.buses[0].stops;
        QCOMPARE(stops.size(), std::size_t(3));
        QCOMPARE(stops[0].serviceEndSeconds, 35800.0);          // as above: reserve for the station
        QCOMPARE(stops[1].kind, PlanStop::Kind::Refuel);
        QCOMPARE(stops[1].station, 0);
        QCOMPARE(stops[1].arriveSeconds, 36400.0);
        QCOMPARE(stops[1].serviceEndSeconds, 38200.0);          // 30 min
        QCOMPARE(stops[1].energyOnDepartureKwh, 235.0);
        QCOMPARE(stops[2].arriveSeconds, 38800.0);
        QCOMPARE(stops[2].energyOnArrivalKwh, 230.0);
        QCOMPARE(stops[2].serviceEndSeconds, 108000.0);         // the 30 h outage ends first
        const double expected = 60.0 * (34000.0 + 69200.0) / 3600.0;
        QVERIFY(std::abs(plan.coveredPersonHours - expected) < 1e-9);
        QVERIFY(std::abs(stops[0].coveredPersonHours + stops[2].coveredPersonHours - expected) < 1e-9);
    }

    void infeasibleSequences_data()
    {
        QTest::addColumn<double>("energy");
        QTest::addColumn<QString>("state");
        QTest::addColumn<std::vector<int>>("sequence");
        QTest::addColumn<bool>("feasible");
        QTest::newRow("too little to reach the shelter and the station") << 12.0 << "in_service" << std::vector<int>{0} << false;
        QTest::newRow("enough for the station") << 12.0 << "in_service" << std::vector<int>{kRefuelStop} << true;
        QTest::newRow("refuel then supply") << 12.0 << "in_service" << std::vector<int>{kRefuelStop, 0} << true;
        QTest::newRow("stranded") << 5.0 << "in_service" << std::vector<int>{kRefuelStop} << false;
        QTest::newRow("an empty plan is always feasible") << 0.0 << "in_service" << std::vector<int>{} << true;
        QTest::newRow("a bus that is off") << 100.0 << "off" << std::vector<int>{0} << false;
        QTest::newRow("no such shelter") << 100.0 << "in_service" << std::vector<int>{3} << false;
    }

    void infeasibleSequences()
    {
        QFETCH(double, energy);
        QFETCH(QString, state);
        QFETCH(std::vector<int>, sequence);
        QFETCH(bool, feasible);
        DispatchProblem p = oneBusOneShelter(10.0, energy);
        QVERIFY(busStateFromName(state, &p.buses[0].state));
        const PlanEvaluator evaluator(p);
        std::vector<PlanEvaluator::Interval> intervals;
        QCOMPARE(evaluator.decode(0, sequence, intervals), feasible);
        const DispatchPlan plan = evaluator.plan({sequence});
        QCOMPARE(plan.feasible, feasible);
        if (!feasible) {
            QVERIFY(!plan.buses[0].problem.isEmpty());
            QVERIFY(std::isinf(evaluator.objective({sequence})));
        }
    }

    void closedRoadMakesAStopInfeasible()
    {
        DispatchProblem p = oneBusOneShelter(10.0, 100.0);
        p.travel.set(2, 0, TravelMatrix::kUnreachable, TravelMatrix::kUnreachable);
        const PlanEvaluator evaluator(p);
        const DispatchPlan plan = evaluator.plan({{0}});
        QVERIFY(!plan.feasible);
        QVERIFY(plan.buses[0].problem.contains(QStringLiteral("closed")));
        // Via the station the shelter can still be reached.
        QVERIFY(evaluator.plan({{kRefuelStop, 0}}).feasible);
    }

    void coverageTakesTheBestBusAtEachMoment()
    {
        DispatchProblem p = oneBusOneShelter(72.0, 100.0);
        p.shelters[0].occupancy = 10;
        p.shelters[0].medicalCount = 0;
        const PlanEvaluator evaluator(p);
        using I = PlanEvaluator::Interval;
        // Half the load for an hour, the whole load for an hour overlapping by half an hour.
        const std::vector<I> intervals{{0, 0, 3600, 0.5}, {0, 1800, 5400, 1.0}};
        QVERIFY(std::abs(evaluator.shelterCoverage(0, intervals) - 10.0 * (0.5 * 0.5 + 1.0 * 1.0)) < 1e-9);
        // The same interval twice counts once.
        const std::vector<I> twice{{0, 0, 3600, 1.0}, {0, 0, 3600, 1.0}};
        QVERIFY(std::abs(evaluator.shelterCoverage(0, twice) - 10.0) < 1e-9);
        // Beyond the need window nothing counts.
        p.shelters[0].expectedOutageHours = 0.5;
        const PlanEvaluator shorter(p);
        QVERIFY(std::abs(shorter.shelterCoverage(0, twice) - 5.0) < 1e-9);
    }

    void sharesSumToTheObjective()
    {
        for (std::uint32_t seed = 1; seed <= 20; ++seed) {
            const DispatchProblem p = testing::randomProblem(seed, 3, 4, 48.0, 5);
            const PlanEvaluator evaluator(p);
            // Everybody to shelter 0 first (overlaps), then somewhere else.
            const std::vector<StopSequence> plan{{0, kRefuelStop, 1}, {0, 2}, {3, 0}};
            const DispatchPlan timed = evaluator.plan(plan);
            if (!timed.feasible)
                continue;
            double shares = 0.0;
            for (const BusPlan &bus : timed.buses) {
                double t = p.buses[std::size_t(bus.bus)].readyInSeconds;
                for (const PlanStop &stop : bus.stops) {
                    shares += stop.coveredPersonHours;
                    QVERIFY(stop.departSeconds >= t - 1e-9);
                    QVERIFY(stop.arriveSeconds >= stop.departSeconds);
                    QVERIFY(stop.serviceEndSeconds >= stop.serviceStartSeconds);
                    QVERIFY(stop.energyOnDepartureKwh >= -1e-9);
                    if (stop.kind == PlanStop::Kind::Supply)
                        QVERIFY(stop.serviceEndSeconds <= evaluator.needEndSeconds(stop.shelter) + 1e-9
                                || stop.serviceEndSeconds == stop.serviceStartSeconds);
                    t = stop.serviceEndSeconds;
                }
            }
            QVERIFY(std::abs(shares - timed.coveredPersonHours) < 1e-6);
            QVERIFY(std::abs(evaluator.objective(plan) - timed.coveredPersonHours) < 1e-6);
        }
    }

    void weightFormula_data()
    {
        QTest::addColumn<int>("occupancy");
        QTest::addColumn<int>("medical");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("weight");
        QTest::newRow("no medical needs") << 200 << 0 << 2.0 << 200.0;
        QTest::newRow("medical count triple") << 200 << 20 << 2.0 << 240.0;
        QTest::newRow("factor zero") << 200 << 20 << 0.0 << 200.0;
        QTest::newRow("medical above occupancy is capped") << 10 << 30 << 2.0 << 30.0;
        QTest::newRow("empty shelter") << 0 << 0 << 2.0 << 0.0;
    }

    void weightFormula()
    {
        QFETCH(int, occupancy);
        QFETCH(int, medical);
        QFETCH(double, factor);
        QFETCH(double, weight);
        ShelterNeed need;
        need.occupancy = occupancy;
        need.medicalCount = medical;
        QCOMPARE(need.weight(factor), weight);
    }
};

QTEST_GUILESS_MAIN(TestPlanEvaluator)
#include "tst_planevaluator.moc"
