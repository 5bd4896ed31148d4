// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The mobile supermarket's stop-by-stop ETA: every live position moves the times; a late vehicle
// makes the later stops late until waiting at a stop absorbs it; arrival and departure follow
// the positions; the residents' text.
#include "ct/fleets/logistics/supermarketeta.h"
#include "ct/routing/roadgraph.h"

#include <QtTest>

#include <cmath>

using namespace ct;
using namespace ct::fleets;
using geo::Point;

namespace {

constexpr int at(int h, int m) { return h * 3600 + m * 60; }

// Three stops on a straight road, driven at 10 m/s.
std::vector<SupermarketStop> round()
{
    return {{1, QStringLiteral("北条"), {1000, 0}, at(10, 0), 600},
            {2, QStringLiteral("小田"), {3000, 0}, at(10, 20), 600},
            {3, QStringLiteral("筑波"), {6000, 0}, at(10, 40), 600}};
}

double straight(Point a, Point b) { return std::hypot(b.x - a.x, b.y - a.y) / 10.0; }

} // namespace

class TestSupermarketEta : public QObject
{
    Q_OBJECT

private slots:
    void earlyVehicleWaitsForTheSchedule()
    {
        SupermarketEta eta(round(), straight);
        const auto &times = eta.update({0, 0}, at(9, 50));
        QCOMPARE(times[0].expectedArrival, double(at(9, 50) + 100));
        QCOMPARE(times[0].expectedDeparture, double(at(10, 0) + 600));  // opens at 10:00, not before
        QCOMPARE(times[1].expectedArrival, double(at(10, 10) + 200));
        QCOMPARE(times[2].expectedArrival, double(at(10, 30) + 300));
        QVERIFY(times[0].delaySeconds < 0);
        QCOMPARE(SupermarketEta::arrivalText(times[0]), QStringLiteral("Arriving at 09:52"));
        QCOMPARE(SupermarketEta::arrivalText(times[2]), QStringLiteral("Arriving at 10:35"));
    }

    void etaFollowsThePositionAndLateness()
    {
        SupermarketEta eta(round(), straight);
        eta.update({0, 0}, at(9, 50));
        const double before = eta.etas()[0].expectedArrival;
        // Ten minutes later it has moved only 500 m: five minutes late at the first stop.
        const auto &late = eta.update({500, 0}, at(10, 0));
        QVERIFY(late[0].expectedArrival > before);
        QCOMPARE(late[0].expectedArrival, double(at(10, 0) + 50));
        QCOMPARE(late[0].delaySeconds, 50.0);
        QCOMPARE(SupermarketEta::arrivalText(late[0]), QStringLiteral("Arriving at 10:01"));
        eta.update({500, 0}, at(10, 5));
        QCOMPARE(eta.etas()[0].delaySeconds, 350.0);
        QCOMPARE(SupermarketEta::arrivalText(eta.etas()[0]), QStringLiteral("Arriving at 10:06 (5 min late)"));
        // The delay carries on to the second stop (leaves 10:15:50, 200 s on: 10:19:10, still on
        // time) and the third is unaffected because it waits at the second.
        QCOMPARE(eta.etas()[1].expectedArrival, double(at(10, 5) + 50 + 600 + 200));
        QVERIFY(eta.etas()[1].delaySeconds < 0);
        QCOMPARE(eta.etas()[2].expectedArrival, double(at(10, 20) + 600 + 300));
        // A position further back makes it later still.
        eta.update({200, 0}, at(10, 10));
        QCOMPARE(eta.etas()[1].expectedArrival, double(at(10, 10) + 80 + 600 + 200));
        QCOMPARE(eta.etas()[1].delaySeconds, 280.0);
        QCOMPARE(SupermarketEta::arrivalText(eta.etas()[1]), QStringLiteral("Arriving at 10:25 (4 min late)"));
        // Shorter dwell is not assumed: the third stop is 20 s early only because the second
        // stop's selling time ends at 10:34:40.
        QCOMPARE(eta.etas()[2].delaySeconds, -20.0);
        // Stuck another ten minutes: now the third stop is late too.
        eta.update({200, 0}, at(10, 20));
        QCOMPARE(eta.etas()[2].delaySeconds, 580.0);
        QCOMPARE(SupermarketEta::arrivalText(eta.etas()[2]), QStringLiteral("Arriving at 10:50 (9 min late)"));
    }

    void arrivesStaysAndLeaves()
    {
        SupermarketEta eta(round(), straight, 40.0);
        eta.update({500, 0}, at(10, 5));
        eta.update({1010, 20}, at(10, 6));
        QCOMPARE(eta.nextStop(), 0);
        QCOMPARE(eta.etas()[0].state, StopEta::State::AtStop);
        QCOMPARE(eta.etas()[0].expectedArrival, double(at(10, 6)));
        QCOMPARE(SupermarketEta::arrivalText(eta.etas()[0]), QStringLiteral("Here until 10:16"));
        // Still there later: the arrival time stays.
        eta.update({1000, 0}, at(10, 12));
        QCOMPARE(eta.etas()[0].expectedArrival, double(at(10, 6)));
        eta.update({1500, 0}, at(10, 17));
        QCOMPARE(eta.nextStop(), 1);
        QCOMPARE(eta.etas()[0].state, StopEta::State::Departed);
        QCOMPARE(SupermarketEta::arrivalText(eta.etas()[0]), QStringLiteral("Departed"));
        QCOMPARE(eta.etas()[1].expectedArrival, double(at(10, 17) + 150));
        // Straight on to the third stop: the second was passed.
        eta.update({6000, 10}, at(10, 45));
        QCOMPARE(eta.nextStop(), 2);
        QCOMPARE(eta.etas()[1].state, StopEta::State::Departed);
        QCOMPARE(eta.etas()[2].state, StopEta::State::AtStop);
        QCOMPARE(eta.etas()[2].delaySeconds, 300.0);
        eta.update({7000, 0}, at(10, 56));
        QCOMPARE(eta.nextStop(), 3);
    }

    void clockText()
    {
        QCOMPARE(SupermarketEta::clockText(at(14, 50)), QStringLiteral("14:50"));
        QCOMPARE(SupermarketEta::clockText(at(14, 50) + 29), QStringLiteral("14:50"));
        QCOMPARE(SupermarketEta::clockText(at(24, 5)), QStringLiteral("00:05"));
    }

    void roadTravelTimes()
    {
        // 0 —1000 m— 1 —1000 m— 2 at 36 km/h (10 m/s); points 10 m off the nodes walked at 5 m/s.
        std::vector<routing::RoadGraph::Road> roads(2);
        roads[0].from = 0; roads[0].to = 1; roads[0].lengthM = 1000; roads[0].speedKmh = 36; roads[0].roadId = 1;
        roads[1].from = 1; roads[1].to = 2; roads[1].lengthM = 1000; roads[1].speedKmh = 36; roads[1].roadId = 2;
        auto built = routing::RoadGraph::fromRoads({{0, 0}, {1000, 0}, {2000, 0}}, {}, roads, routing::Mode::Car);
        QVERIFY(built);
        auto graph = std::make_shared<const routing::RoadGraph>(std::move(built.value()));
        auto travel = SupermarketEta::roadTravel(graph, 5.0);
        QCOMPARE(travel({0, 10}, {2000, -10}), graph->edgeSeconds(0) + graph->edgeSeconds(2) + 4.0);
        QVERIFY(travel({0, 10}, {2000, -10}) > 150.0);
        SupermarketEta eta({{1, QStringLiteral("A"), {2000, 0}, at(10, 0), 300}}, travel);
        eta.update({0, 0}, at(9, 0));
        QCOMPARE(eta.etas()[0].expectedArrival, at(9, 0) + travel({0, 0}, {2000, 0}));
    }
};

QTEST_GUILESS_MAIN(TestSupermarketEta)
#include "tst_supermarketeta.moc"
