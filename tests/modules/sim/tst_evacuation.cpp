// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "simtestsupport.h"

#include "ct/sim/simulation.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

namespace {

Scenario scenario(const QByteArray &extra, const QByteArray &population = R"("compliance": 1, "departure": {"distribution": "immediate"})")
{
    const QByteArray json = R"({"name": "test", "duration": "01:00", "seed": 7, "population": {)" + population + "}"
        + (extra.isEmpty() ? QByteArray() : QByteArray(", ") + extra) + "}";
    auto s = Scenario::fromJson(json);
    if (!s)
        qFatal("bad test scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

} // namespace

class TestEvacuation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    SimulationWorld world(const test::GridTwin &grid)
    {
        auto twin = grid.write(m_dir.filePath(QStringLiteral("twin%1.gpkg").arg(++m_count)));
        auto w = SimulationWorld::load(*twin);
        if (!w)
            qFatal("world: %s", qPrintable(w.error().toString()));
        return std::move(w.value());
    }

    static void checkConservation(const Simulation &sim)
    {
        const auto &e = sim.evacuation();
        QCOMPARE(e.waiting() + e.moving() + e.sheltered() + e.unreachable() + e.stranded() + e.noRoom(), e.complying());
    }

private slots:
    void everyoneReachableIsSheltered()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 1000}};
        grid.homes = {{0, 0, 60}, {2, 1, 40}, {3, 3, 25}, {0, 4, 30}};
        const SimulationWorld w = world(grid);
        Simulation sim(w, scenario({}));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().population(), 155);
        QCOMPARE(sim.evacuation().complying(), 155);
        QCOMPARE(sim.evacuation().sheltered(), 155);
        QCOMPARE(sim.evacuation().shelterOccupancy(0), 155);
        QCOMPARE(sim.evacuation().unreachable(), 0);
        const QJsonObject k = sim.kpis().value(QStringLiteral("evacuation")).toObject();
        QVERIFY(k.value(QStringLiteral("time_to_100")).isString());
        QCOMPARE(k.value(QStringLiteral("share_evacuated")).toDouble(), 1.0);
        // Nobody is faster than free flow: 800 m on foot at 1.25 m/s is 640 s.
        QVERIFY(*parseDuration(k.value(QStringLiteral("time_to_100")).toString()) >= 0);
    }

    void unsuitableSheltersNeverReceive()
    {
        test::GridTwin grid;
        grid.shelters = {{0, 1, 1000, /*flood*/ false, true}, {4, 4, 1000, true, true}};
        grid.homes = {{0, 0, 50}, {1, 1, 50}};
        const SimulationWorld w = world(grid);
        Simulation sim(w, scenario(R"("hazard": "flood")"));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().shelterOccupancy(0), 0);
        QCOMPARE(sim.evacuation().shelterOccupancy(1), 100);
        QCOMPARE(sim.evacuation().unsuitableAdmissions(), 0);
        // For an earthquake the near shelter is suitable and takes everyone.
        Simulation quake(w, scenario(R"("hazard": "earthquake")"));
        quake.run();
        QCOMPARE(quake.evacuation().shelterOccupancy(0), 100);
    }

    void fullShelterOverflowsToTheNext()
    {
        test::GridTwin grid;
        grid.shelters = {{1, 0, 20}, {4, 4, 1000}};
        grid.homes = {{0, 0, 100}};
        const SimulationWorld w = world(grid);
        Simulation sim(w, scenario({}));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().shelterOccupancy(0), 20);
        QCOMPARE(sim.evacuation().shelterOccupancy(1), 80);
        QCOMPARE(sim.evacuation().sheltered(), 100);
        bool fullEvent = false;
        for (const auto &e : sim.engine().recordedEvents())
            fullEvent |= e.kind == QLatin1String("shelter_full") && e.payload.value(QStringLiteral("occupancy")).toInt() == 20;
        QVERIFY(fullEvent);
    }

    void noRoomAnywhereIsCounted()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 30}};
        grid.homes = {{0, 0, 100}};
        const SimulationWorld w = world(grid);
        Simulation sim(w, scenario({}));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().sheltered(), 30);
        QCOMPARE(sim.evacuation().noRoom(), 70);
    }

    void closedRoadIsNeverEntered()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 0, 1000}};
        grid.homes = {{0, 0, 80}};
        const SimulationWorld w = world(grid);
        const qint64 closed = grid.horizontalRoad(2, 0);
        Simulation sim(w, scenario(QStringLiteral(R"("closures": [{"road": %1, "at": "00:00"}])").arg(closed).toUtf8(),
                                   R"("compliance": 1, "car_share": 0.5, "departure": {"distribution": "uniform", "min": "00:01", "max": "00:10"})"));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().sheltered(), 80);
        for (int mode = 0; mode < 2; ++mode) {
            const auto &graph = mode == 0 ? w.carGraph() : w.walkGraph();
            const auto &net = mode == 0 ? sim.evacuation().carNetwork() : sim.evacuation().walkNetwork();
            for (int edge : graph.edgesOfRoad(closed))
                QCOMPARE(net.cumulativeOutflow(edge), 0.0);
        }
    }

    void closureMidRunReroutes()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 0, 1000}};
        grid.homes = {{0, 0, 80}};
        const SimulationWorld w = world(grid);
        const qint64 closed = grid.horizontalRoad(3, 0);
        const QByteArray population = R"("compliance": 1, "car_share": 0, "departure": {"distribution": "uniform", "min": "00:00", "max": "00:20"})";
        Simulation open(w, scenario({}, population));
        open.run();
        Simulation sim(w, scenario(QStringLiteral(R"("events": [{"at": "00:08", "kind": "close_road", "road": %1}])").arg(closed).toUtf8(), population));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().sheltered(), 80);
        QVERIFY(sim.evacuation().treeRecomputations() >= 2);
        const auto &net = sim.evacuation().walkNetwork();
        double through = 0, throughOpen = 0;
        for (int edge : w.walkGraph().edgesOfRoad(closed)) {
            through += net.cumulativeOutflow(edge);
            throughOpen += open.evacuation().walkNetwork().cumulativeOutflow(edge);
        }
        // Before the closure people used the road; afterwards they took the detour.
        QVERIFY(through > 0);
        QVERIFY(through < throughOpen);
        QCOMPARE(throughOpen, 80.0);
    }

    void unreachableIsCountedNotCrashed()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 1000}};
        grid.homes = {{0, 0, 40}, {4, 4, 5}};
        const SimulationWorld w = world(grid);
        // Cut the shelter's corner off: both roads into (4, 4).
        Simulation sim(w, scenario(QStringLiteral(R"("closures": [{"roads": [%1, %2], "at": "00:00"}])")
                                       .arg(grid.horizontalRoad(3, 4))
                                       .arg(grid.verticalRoad(4, 3))
                                       .toUtf8()));
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().unreachable(), 40);
        QCOMPARE(sim.evacuation().sheltered(), 5); // those living at the shelter
        const QJsonObject k = sim.kpis().value(QStringLiteral("evacuation")).toObject();
        QCOMPARE(k.value(QStringLiteral("unreachable")).toInteger(), 40);
        QVERIFY(k.value(QStringLiteral("time_to_100")).isNull());
    }

    void complianceAndHouseholds()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 100000}};
        grid.homes = {{0, 0, 5000}};
        const SimulationWorld w = world(grid);
        Simulation sim(w, scenario({}, R"("compliance": 0.6, "household_size": 2.5, "car_share": 0.3, "departure": {"distribution": "immediate"})"));
        sim.engine().start();
        const double share = double(sim.evacuation().complying()) / 5000.0;
        QVERIFY2(share > 0.55 && share < 0.65, qPrintable(QString::number(share)));
        const QJsonObject k = sim.kpis().value(QStringLiteral("evacuation")).toObject();
        const double meanSize = 5000.0 / k.value(QStringLiteral("households")).toDouble();
        QVERIFY2(meanSize > 2.3 && meanSize < 2.7, qPrintable(QString::number(meanSize)));
    }

    void twinWithoutRoadsIsRefused()
    {
        test::GridTwin grid;
        grid.withRoads = false;
        auto twin = grid.write(m_dir.filePath(QStringLiteral("noroads.gpkg")));
        auto w = SimulationWorld::load(*twin);
        QVERIFY(!w.ok());
        QVERIFY2(w.error().message.contains(QStringLiteral("no roads")), qPrintable(w.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestEvacuation)
#include "tst_evacuation.moc"
