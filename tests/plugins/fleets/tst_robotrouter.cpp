// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Delivery robots on the pedestrian network: they walk one-way streets both ways (the walking
// graph), their way is the walking graph's shortest path, and they are refused off the network,
// between unconnected parts and beyond their range.
#include "ct/fleets/logistics/robotrouter.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/roadgraph.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace ct;
using namespace ct::fleets;
using geo::Point;

namespace {

routing::RoadGraph::Road road(int from, int to, double metres, bool oneway = false)
{
    routing::RoadGraph::Road r;
    r.from = from;
    r.to = to;
    r.lengthM = metres;
    r.oneway = oneway;
    r.roadId = from * 100 + to;
    return r;
}

// A square block: 0→1→2 is one-way eastwards, the way back round the block is 400 m long.
// Nodes 5–6 are a separate piece.
std::vector<Point> blockPositions() { return {{0, 0}, {100, 0}, {200, 0}, {200, 200}, {0, 200}, {5000, 5000}, {5100, 5000}}; }
std::vector<routing::RoadGraph::Road> blockRoads()
{
    return {road(0, 1, 100, true), road(1, 2, 100, true), road(2, 3, 200, true), road(3, 4, 200, true), road(4, 0, 200, true), road(5, 6, 100)};
}

std::shared_ptr<const routing::RoadGraph> graph(routing::Mode mode)
{
    const auto roads = blockRoads();
    auto g = routing::RoadGraph::fromRoads(blockPositions(), {}, roads, mode);
    return g ? std::make_shared<const routing::RoadGraph>(std::move(g.value())) : nullptr;
}

} // namespace

class TestRobotRouter : public QObject
{
    Q_OBJECT

private slots:
    void walksOneWayStreetsBothWays()
    {
        auto walk = graph(routing::Mode::Walk), car = graph(routing::Mode::Car);
        QVERIFY(walk && car);
        // A car from node 2 to node 0 must go round the block (600 m); the robot walks back 200 m.
        const routing::Route driving = routing::Dijkstra(*car).route(2, 0);
        QVERIFY(driving.reachable);
        QCOMPARE(driving.metres, 600.0);
        RobotRouter router(walk);
        auto route = router.route({200, 5}, {0, -5}, RobotRouter::Robot{});
        QVERIFY2(route, qPrintable(route ? QString() : route.error().toString()));
        QCOMPARE(route->metres, 210.0);
        QCOMPARE(route->accessMetres, 10.0);
        QCOMPARE(route->seconds, 210.0 / 1.6);
        QCOMPARE(route->edges.size(), std::size_t(2));
        // The edges chain from the node at the start to the node at the destination.
        QCOMPARE(walk->edgeTail(route->edges.front()), 2);
        QCOMPARE(walk->edgeHead(route->edges.back()), 0);
        for (std::size_t i = 1; i < route->edges.size(); ++i)
            QCOMPARE(walk->edgeTail(route->edges[i]), walk->edgeHead(route->edges[i - 1]));
        QCOMPARE(route->polyline.front(), Point({200, 5}));
        QCOMPARE(route->polyline.back(), Point({0, -5}));
    }

    void refusesTheCarNetwork()
    {
        RobotRouter router(graph(routing::Mode::Car));
        auto route = router.route({200, 0}, {0, 0}, RobotRouter::Robot{});
        QVERIFY(!route);
        QVERIFY(route.error().toString().contains(QStringLiteral("walking network")));
    }

    void refusesOffTheNetworkUnconnectedAndOutOfRange()
    {
        RobotRouter router(graph(routing::Mode::Walk));
        auto far = router.route({0, -400}, {200, 0}, RobotRouter::Robot{});
        QVERIFY(!far);
        QVERIFY2(far.error().toString().contains(QStringLiteral("start is 400 m from the nearest footway")), qPrintable(far.error().toString()));
        auto island = router.route({0, 0}, {5050, 5000}, RobotRouter::Robot{});
        QVERIFY(!island);
        QVERIFY(island.error().toString().contains(QStringLiteral("cannot be reached")));
        RobotRouter::Robot small;
        small.rangeM = 150.0;
        auto range = router.route({200, 0}, {0, 0}, small);
        QVERIFY(!range);
        QVERIFY2(range.error().toString().contains(QStringLiteral("0.20 km")), qPrintable(range.error().toString()));
        small.rangeM = 250.0;
        QVERIFY(router.route({200, 0}, {0, 0}, small));
    }

    void shortestOnRandomWalkingGraphs()
    {
        std::mt19937 rng(7);
        for (int round = 0; round < 20; ++round) {
            // A jittered 8×8 grid with random one-way roads and some roads missing.
            std::vector<Point> positions;
            std::uniform_real_distribution<double> jitter(-20.0, 20.0);
            for (int y = 0; y < 8; ++y)
                for (int x = 0; x < 8; ++x)
                    positions.push_back({x * 150.0 + jitter(rng), y * 150.0 + jitter(rng)});
            std::vector<routing::RoadGraph::Road> roads;
            std::bernoulli_distribution keep(0.85), oneway(0.4);
            for (int y = 0; y < 8; ++y)
                for (int x = 0; x < 8; ++x) {
                    const int v = y * 8 + x;
                    for (int w : {x + 1 < 8 ? v + 1 : -1, y + 1 < 8 ? v + 8 : -1}) {
                        if (w < 0 || !keep(rng))
                            continue;
                        const double metres = std::hypot(positions[std::size_t(w)].x - positions[std::size_t(v)].x,
                                                         positions[std::size_t(w)].y - positions[std::size_t(v)].y);
                        roads.push_back(road(v, w, metres, oneway(rng)));
                    }
                }
            auto built = routing::RoadGraph::fromRoads(positions, {}, roads, routing::Mode::Walk);
            QVERIFY(built);
            auto walk = std::make_shared<const routing::RoadGraph>(std::move(built.value()));
            RobotRouter router(walk);
            routing::Dijkstra reference(*walk);
            std::uniform_int_distribution<int> node(0, 63);
            for (int pair = 0; pair < 10; ++pair) {
                const int a = node(rng), b = node(rng);
                auto route = router.route(walk->position(a), walk->position(b), RobotRouter::Robot{});
                const routing::Route expected = reference.route(a, b);
                if (a != b && !expected.reachable) {
                    QVERIFY(!route);
                    continue;
                }
                QVERIFY2(route, qPrintable(route ? QString() : route.error().toString()));
                QVERIFY(std::abs(route->metres - (a == b ? 0.0 : expected.metres)) < 1e-6);
                double sum = 0.0;
                for (int edge : route->edges)
                    sum += walk->edgeLength(edge);
                QVERIFY(std::abs(sum - route->metres) < 1e-6);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRobotRouter)
#include "tst_robotrouter.moc"
