// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "simtestsupport.h"

#include "ct/sim/runrecorder.h"
#include "ct/sim/shelterarrival.h"
#include "ct/sim/simulation.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

namespace {

Scenario scenario(const QByteArray &buses, const QByteArray &population, std::uint64_t seed = 7, const QByteArray &extra = {})
{
    const QByteArray json = R"({"name": "buses", "duration": "02:00", "seed": )" + QByteArray::number(qulonglong(seed))
        + R"(, "population": {)" + population + "}" + (buses.isEmpty() ? QByteArray() : ", \"buses\": " + buses)
        + (extra.isEmpty() ? QByteArray() : ", " + extra) + "}";
    QList<core::Error> errors;
    auto s = Scenario::fromJson(json, &errors);
    if (!s)
        qFatal("bad test scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

//! Everyone without a car rides when a stop is nearer than the shelter (walk limit 0).
const QByteArray kCarless = R"("compliance": 1, "car_share": 0, "departure": {"distribution": "uniform", "min": "00:00", "max": "00:10"})";

} // namespace

/// Evacuation buses: riders walk to collection points, buses carry them to shelters and return.
class TestBuses : public QObject
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

    //! A 7 × 3 grid: homes on the west edge, stops beside them, the only shelter on the east edge.
    static test::GridTwin corridor(int shelterCapacity = 10000)
    {
        test::GridTwin grid;
        grid.columns = 7;
        grid.rows = 3;
        grid.shelters = {{6, 1, shelterCapacity}};
        grid.homes = {{0, 0, 40}, {0, 2, 30}, {1, 1, 25}, {4, 1, 6}};
        grid.busStops = {{0, 1}, {1, 0}};
        return grid;
    }

    /// Everyone is at home, walking, driving, at a stop, on a bus, sheltered, unreachable,
    /// stranded or without room; the per-person counts agree with the fleet's.
    static void checkConservation(const Simulation &sim)
    {
        const auto &e = sim.evacuation();
        QCOMPARE(e.waiting() + e.moving() + e.atStops() + e.onBuses() + e.sheltered() + e.unreachable() + e.stranded() + e.noRoom(),
                 e.complying());
        QCOMPARE(e.atStops(), e.buses().personsWaiting());
        QCOMPARE(e.onBuses(), e.buses().personsOnBuses());
    }

    static void checkBusLoads(const Simulation &sim, int capacity)
    {
        const BusFleet &fleet = sim.evacuation().buses();
        for (int b = 0; b < fleet.busCount(); ++b) {
            int aboard = 0;
            for (const auto &r : fleet.passengers(b))
                aboard += r.persons;
            QCOMPARE(aboard, fleet.load(b));
            QVERIFY2(fleet.load(b) <= capacity, qPrintable(QStringLiteral("bus %1 carries %2 > %3").arg(b).arg(fleet.load(b)).arg(capacity)));
        }
    }

private slots:
    void busesCarryRidersToTheShelter()
    {
        const test::GridTwin grid = corridor();
        const SimulationWorld w = world(grid);
        const geo::Point depot = grid.position(6, 1);
        Simulation sim(w, scenario(QStringLiteral(R"({"count": 2, "capacity": 20, "depots": [[%1, %2]], "dwell": "00:00:30", "walk_limit": "00:05"})")
                                       .arg(depot.x, 0, 'f', 1).arg(depot.y, 0, 'f', 1).toUtf8(),
                                   kCarless));
        int arrivedByBus = 0;
        int arrivedOnFoot = 0;
        sim.engine().events().subscribe<ShelterArrival>([&](const ShelterArrival &a) {
            (a.mode == 2 ? arrivedByBus : arrivedOnFoot) += a.persons;
        });
        int maxLoad = 0;
        for (SimTime t = 5 * kSecond; t <= sim.endTime(); t += 5 * kSecond) {
            sim.advanceTo(t);
            checkConservation(sim);
            checkBusLoads(sim, 20);
            for (int b = 0; b < sim.evacuation().buses().busCount(); ++b)
                maxLoad = std::max(maxLoad, sim.evacuation().buses().load(b));
        }
        const auto &e = sim.evacuation();
        // (0,0), (0,2) and (1,1) are 600–700 m from the shelter (> 5 min on foot) and 100 m from a
        // stop: they ride; (4,1) is 200 m away and walks.
        QCOMPARE(e.busRiders(), 95);
        QCOMPARE(e.sheltered(), 101);
        QCOMPARE(e.shelterOccupancy(0), 101);
        QCOMPARE(arrivedByBus, 95);
        QCOMPARE(arrivedOnFoot, 6);
        QCOMPARE(e.buses().carried(), 95);
        QCOMPARE(e.buses().boarded(), 95);
        QCOMPARE(maxLoad, 20); // buses did fill up
        const QJsonObject k = sim.kpis().value(QStringLiteral("evacuation")).toObject().value(QStringLiteral("buses")).toObject();
        QCOMPARE(k.value(QStringLiteral("persons_carried")).toInteger(), 95);
        QVERIFY2(k.value(QStringLiteral("trips")).toInteger() >= 5, qPrintable(QString::number(k.value(QStringLiteral("trips")).toInteger())));
        QVERIFY(k.value(QStringLiteral("mean_wait_at_stops_s")).toDouble() > 0);
        QVERIFY(k.value(QStringLiteral("max_wait_at_stops_s")).toDouble() >= k.value(QStringLiteral("mean_wait_at_stops_s")).toDouble());
        QCOMPARE(k.value(QStringLiteral("waiting_at_stops")).toInteger(), 0);
        int boardedEvents = 0;
        for (const auto &ev : sim.engine().recordedEvents()) {
            if (ev.kind == QLatin1String("bus_boarded")) {
                ++boardedEvents;
                QVERIFY(ev.payload.value(QStringLiteral("load")).toInt() <= 20);
            }
        }
        QCOMPARE(qint64(boardedEvents), k.value(QStringLiteral("trips")).toInteger());
    }

    //! No bus stops at all: the scenario must name collection points (checked against the twin).
    void collectionPointsFromTheScenario()
    {
        test::GridTwin grid = corridor();
        grid.busStops.clear();
        const SimulationWorld w = world(grid);
        const geo::Point stop = grid.position(0, 1);
        const Scenario s = scenario(QStringLiteral(R"({"count": 1, "capacity": 50, "stops": [[%1, %2]], "walk_limit": "00:05"})")
                                        .arg(stop.x, 0, 'f', 1).arg(stop.y, 0, 'f', 1).toUtf8(),
                                    kCarless);
        QVERIFY(w.validate(s).isEmpty());
        QVERIFY(!w.validate(scenario(R"({"count": 1})", kCarless)).isEmpty());
        Simulation sim(w, s);
        sim.run();
        checkConservation(sim);
        QCOMPARE(sim.evacuation().buses().stopCount(), 1);
        // (1,1) is nearer the stop than (0,0)/(0,2) via (0,1): everyone west of column 4 rides.
        QCOMPARE(sim.evacuation().busRiders(), 95);
        QCOMPARE(sim.evacuation().sheltered(), 101);
    }

    void walkLimitDecidesWhoRides()
    {
        const SimulationWorld w = world(corridor());
        Simulation far(w, scenario(R"({"count": 2, "walk_limit": "01:00"})", kCarless));
        far.run();
        QCOMPARE(far.evacuation().busRiders(), 0);
        QCOMPARE(far.evacuation().buses().boarded(), 0);
        QCOMPARE(far.evacuation().sheltered(), 101);
        // Car households never ride.
        Simulation cars(w, scenario(R"({"count": 2, "walk_limit": "00:00"})",
                                    R"("compliance": 1, "car_share": 1, "departure": {"distribution": "immediate"})"));
        cars.run();
        QCOMPARE(cars.evacuation().busRiders(), 0);
        QCOMPARE(cars.evacuation().sheltered(), 101);
    }

    //! A shelter too small: buses deliver what fits; the rest is counted without room or left
    //! waiting at the stops (no bus fetches riders it could not take anywhere), never lost.
    void fullShelterLeavesPassengersWithoutRoom()
    {
        const SimulationWorld w = world(corridor(30));
        Simulation sim(w, scenario(R"({"count": 3, "capacity": 25, "walk_limit": "00:05"})", kCarless));
        for (SimTime t = 10 * kSecond; t <= sim.endTime(); t += 10 * kSecond) {
            sim.advanceTo(t);
            checkConservation(sim);
            checkBusLoads(sim, 25);
        }
        const auto &e = sim.evacuation();
        QCOMPARE(e.sheltered(), 30);
        QCOMPARE(e.shelterOccupancy(0), 30);
        QVERIFY(e.noRoom() + e.atStops() > 0);
        QCOMPARE(e.onBuses(), 0);
        QCOMPARE(e.sheltered() + e.noRoom() + e.atStops() + e.moving() + e.waiting(), e.complying());
        SimTime fullAt = -1;
        for (const auto &ev : sim.engine().recordedEvents()) {
            if (ev.kind == QLatin1String("shelter_full"))
                fullAt = ev.time;
            if (ev.kind == QLatin1String("bus_boarded"))
                QVERIFY2(fullAt < 0, "a bus boarded riders after the only shelter was full");
        }
        QVERIFY(fullAt > 0);
        for (int b = 0; b < e.buses().busCount(); ++b)
            QVERIFY(e.buses().state(b) != BusFleet::State::Stranded); // not cut off: free again
    }

    //! Cars and buses share the car links in PCU: no link ever holds more than its storage
    //! (beyond the one agent an empty link always admits), and the outflow keeps to capacity.
    void pcuCapacityRespectedOnLinks()
    {
        test::GridTwin grid = corridor();
        grid.homes = {{0, 0, 400}, {0, 2, 300}, {1, 1, 250}};
        const SimulationWorld w = world(grid);
        Simulation sim(w, scenario(R"({"count": 12, "capacity": 40, "pcu": 2.5, "walk_limit": "00:05", "depots": "stops"})",
                                   R"("compliance": 1, "car_share": 0.5, "departure": {"distribution": "uniform", "min": "00:00", "max": "00:05"})"));
        const auto &net = sim.evacuation().carNetwork();
        QCOMPARE(net.passengerCarEquivalentOf(VehicleClass::Bus), 2.5);
        std::vector<double> firstBusy(std::size_t(net.linkCount()), -1);
        bool sawBusOnLink = false;
        double peakShare = 0;
        for (SimTime t = kSecond; t <= 40 * kMinute; t += kSecond) {
            sim.advanceTo(t);
            for (int l = 0; l < net.linkCount(); ++l) {
                int agents = 0;
                double load = 0, biggest = 0;
                net.forEachOnLink(l, [&](std::int32_t a) {
                    ++agents;
                    load += net.agentLoad(a);
                    biggest = std::max(biggest, net.agentLoad(a));
                    sawBusOnLink |= net.agentClass(a) == VehicleClass::Bus;
                });
                QVERIFY(std::abs(load - net.occupancy(l)) < 1e-9);
                if (agents > 1)
                    QVERIFY2(net.occupancy(l) <= net.link(l).storage + 1e-9,
                             qPrintable(QStringLiteral("link %1: %2 PCU > storage %3").arg(l).arg(net.occupancy(l)).arg(net.link(l).storage)));
                peakShare = std::max(peakShare, net.occupancy(l) / net.link(l).storage);
                if (firstBusy[std::size_t(l)] < 0 && net.occupancy(l) > 0)
                    firstBusy[std::size_t(l)] = toSeconds(t);
                // Outflow since the link first held someone: capacity × time, plus one bus of debt.
                if (firstBusy[std::size_t(l)] >= 0) {
                    const double allowed = net.link(l).capacityPerHour / 3600.0 * (toSeconds(t) - firstBusy[std::size_t(l)] + 1) + 2.5;
                    QVERIFY2(net.cumulativeOutflow(l) <= allowed + 1e-9,
                             qPrintable(QStringLiteral("link %1: outflow %2 > %3").arg(l).arg(net.cumulativeOutflow(l)).arg(allowed)));
                }
            }
        }
        QVERIFY(sawBusOnLink);
        QVERIFY2(peakShare > 0.5, qPrintable(QString::number(peakShare))); // the storage limits were reached
        QCOMPARE(net.forcedMoves(), 0);
        checkConservation(sim);
    }

    void deterministicWithBuses()
    {
        test::GridTwin grid;
        grid.columns = 8;
        grid.rows = 6;
        grid.shelters = {{7, 5, 700}, {7, 0, 400}};
        for (int c = 0; c < 4; ++c) {
            for (int r = 0; r < 6; ++r)
                grid.homes.push_back({c, r, 20 + 3 * c + r});
        }
        grid.busStops = {{0, 0}, {1, 3}, {2, 5}, {3, 1}, {0, 4}};
        const SimulationWorld w = world(grid);
        const QByteArray buses = R"({"count": 4, "capacity": 30, "walk_limit": "00:04", "dwell": "00:00:45"})";
        const QByteArray population = R"("compliance": 0.9, "car_share": 0.3, "departure": {"distribution": "rayleigh", "mean": "00:10"})";
        auto runOnce = [&](std::uint64_t seed) {
            auto sim = std::make_unique<Simulation>(w, scenario(buses, population, seed));
            sim->run();
            checkConservation(*sim);
            return sim;
        };
        const auto a = runOnce(11), b = runOnce(11), c = runOnce(12);
        QJsonObject ka = a->kpis(), kb = b->kpis(), kc = c->kpis();
        QCOMPARE(ka, kb);
        QCOMPARE(a->engine().recordedEvents(), b->engine().recordedEvents());
        QVERIFY(ka.value(QStringLiteral("evacuation")).toObject().value(QStringLiteral("buses")).toObject()
                    .value(QStringLiteral("persons_carried")).toInteger() > 0);
        // Another seed: other households, other departures, another bus service.
        QVERIFY(ka.value(QStringLiteral("evacuation")) != kc.value(QStringLiteral("evacuation")));
        QVERIFY(a->engine().recordedEvents() != c->engine().recordedEvents());
        // The snapshots carry the buses: mode 2, passengers as size, never above capacity.
        bool sawBus = false;
        for (const auto &sample : a->samples()) {
            for (std::size_t i = 0; i < sample->modes.size(); ++i) {
                if (sample->modes[i] == 2) {
                    sawBus = true;
                    QVERIFY(sample->sizes[i] <= 30);
                }
            }
        }
        QVERIFY(sawBus);
    }

    //! A recorded run with buses replays exactly: bus positions (mode 2), passengers, the split
    //! of waiting and moving persons into stops and buses.
    void recordedBusRunReplays()
    {
        const test::GridTwin grid = corridor();
        auto twin = grid.write(m_dir.filePath(QStringLiteral("record.gpkg")));
        auto w = SimulationWorld::load(*twin);
        QVERIFY(w.ok());
        SimulationOptions options;
        options.sampleInterval = 30 * kSecond;
        options.until = 20 * kMinute;
        Simulation sim(w.value(), scenario(R"({"count": 2, "capacity": 20, "walk_limit": "00:05"})", kCarless), options);
        sim.run();
        auto id = RunRecorder::record(*twin, core::Actor::system(QStringLiteral("test")), sim, QDateTime::currentDateTimeUtc(),
                                      QDateTime::currentDateTimeUtc());
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        auto replay = RunRecorder::replay(*twin, id.value());
        QVERIFY(replay.ok());
        QCOMPARE(replay->size(), sim.samples().size());
        bool sawBus = false, sawAtStop = false;
        for (std::size_t i = 0; i < replay->size(); ++i) {
            const Snapshot &r = *(*replay)[i];
            QVERIFY2(r == *sim.samples()[i], qPrintable(QStringLiteral("sample %1 differs").arg(i)));
            sawBus |= std::find(r.modes.begin(), r.modes.end(), std::uint8_t(2)) != r.modes.end();
            const QJsonObject extra = r.extra.value(QStringLiteral("evacuation")).toObject();
            sawAtStop |= extra.value(QStringLiteral("at_stops")).toInteger() > 0;
            QVERIFY(r.waiting >= extra.value(QStringLiteral("at_stops")).toInteger());
            QVERIFY(r.moving >= extra.value(QStringLiteral("on_buses")).toInteger());
        }
        QVERIFY(sawBus);
        QVERIFY(sawAtStop);
    }

    //! A road closed in front of a bus: it re-plans to its stop, or looks for riders elsewhere.
    void closureReroutesBuses()
    {
        const test::GridTwin grid = corridor();
        const SimulationWorld w = world(grid);
        const QByteArray buses = R"({"count": 2, "capacity": 20, "walk_limit": "00:05", "depots": [[-4400, 10100]]})";
        const QByteArray closure = QStringLiteral(R"("closures": [{"roads": [%1, %2], "at": "00:03"}])")
                                       .arg(grid.horizontalRoad(3, 1)).arg(grid.horizontalRoad(2, 1)).toUtf8();
        Simulation sim(w, scenario(buses, kCarless, 7, closure));
        std::vector<int> closedEdges;
        for (qint64 road : {grid.horizontalRoad(3, 1), grid.horizontalRoad(2, 1)}) {
            for (int edge : w.carGraph().edgesOfRoad(road))
                closedEdges.push_back(edge);
        }
        const auto &net = sim.evacuation().carNetwork();
        sim.advanceTo(3 * kMinute);
        // Everything that had entered the closed links by then (on them now, or through).
        double entered = 0;
        for (int edge : closedEdges)
            entered += net.occupancy(edge) + net.cumulativeOutflow(edge);
        for (SimTime t = 3 * kMinute + 10 * kSecond; t <= sim.endTime(); t += 10 * kSecond) {
            sim.advanceTo(t);
            checkConservation(sim);
        }
        double through = 0;
        for (int edge : closedEdges)
            through += net.cumulativeOutflow(edge);
        QVERIFY2(through <= entered + 1e-9, qPrintable(QStringLiteral("%1 through closed links, %2 had entered").arg(through).arg(entered)));
        QCOMPARE(sim.evacuation().sheltered(), 101);
        QCOMPARE(sim.evacuation().buses().carried(), 95);
        QVERIFY(sim.evacuation().buses().trips() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestBuses)
#include "tst_buses.moc"
