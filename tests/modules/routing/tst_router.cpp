// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The CCH router against plain Dijkstra: every query equal, before and after closures change.
#include "randomgraphs.h"

#include "ct/routing/dijkstra.h"
#include "ct/routing/router.h"

#include <QtTest>

#include <random>

using namespace ct::routing;

namespace {

//! Compares `count` random queries of `router` with Dijkstra under `closures`: the time of
//! seconds() and route(), and that the route is an open walk adding up to its time. Returns a
//! description of the first difference, or an empty string.
QString compareWithDijkstra(Router &router, Dijkstra &dijkstra, const RoadGraph &graph, const Closures &closures,
                            std::mt19937 &rng, int count)
{
    const int n = graph.nodeCount();
    for (int q = 0; q < count; ++q) {
        const int from = int(rng() % unsigned(n)), to = int(rng() % unsigned(n));
        const double expected = dijkstra.seconds(from, to, closures);
        const double seconds = router.seconds(from, to);
        const Route route = router.route(from, to);
        const QString pair = QStringLiteral("%1 → %2: ").arg(from).arg(to);
        if (std::isinf(expected)) {
            if (!std::isinf(seconds) || route.reachable || !route.edges.empty())
                return pair + QStringLiteral("Dijkstra finds no way, the router does");
            continue;
        }
        if (!route.reachable || std::abs(seconds - expected) > 1e-6 || std::abs(route.seconds - expected) > 1e-6)
            return pair + QStringLiteral("Dijkstra %1 s, router %2 s (time only) and %3 s (route)")
                              .arg(expected, 0, 'f', 6).arg(seconds, 0, 'f', 6).arg(route.seconds, 0, 'f', 6);
        bool ok = false;
        const double sum = test::walkSeconds(graph, route.edges, from, to, closures, &ok);
        if (!ok || std::abs(sum - route.seconds) > 1e-9)
            return pair + QStringLiteral("the route is not an open walk from source to target adding up to its time");
    }
    return {};
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void matchesDijkstraUnderChangingClosures_data() { test::addGraphRows(); }
    void matchesDijkstraUnderChangingClosures()
    {
        const RoadGraph graph = test::makeRandomGraph(test::specFromRow());
        Router router(graph);
        Dijkstra dijkstra(graph);
        Closures closures(graph);
        QVERIFY(router.shortcutCount() >= graph.edgeCount() / 2);
        std::mt19937 rng(99);
        const auto roadIds = graph.roadIds();
        const int n = graph.nodeCount();
        // rounds: none, a few closures, more, reopen some, many (full customization), clear
        const int closeCounts[] = {0, 3, 10, -5, int(roadIds.size() / 5), 2, -1000, 7};
        int unreachable = 0, compared = 0;
        for (int round = 0; round < int(std::size(closeCounts)); ++round) {
            const int count = closeCounts[round];
            if (count >= 0) {
                for (int i = 0; i < count; ++i)
                    closures.close(roadIds[rng() % roadIds.size()]);
            } else {
                std::vector<qint64> closed(closures.closedRoads().begin(), closures.closedRoads().end());
                std::shuffle(closed.begin(), closed.end(), rng);
                for (int i = 0; i < std::min<int>(-count, int(closed.size())); ++i)
                    closures.open(closed[std::size_t(i)]);
            }
            router.customize(closures);
            for (int q = 0; q < 150; ++q) {
                const int from = int(rng() % unsigned(n)), to = int(rng() % unsigned(n));
                const Route expected = dijkstra.route(from, to, closures);
                const Route actual = router.route(from, to);
                QCOMPARE(actual.reachable, expected.reachable);
                ++compared;
                if (!expected.reachable) {
                    ++unreachable;
                    QVERIFY(actual.edges.empty());
                    QVERIFY(std::isinf(router.seconds(from, to)));
                    continue;
                }
                if (std::abs(actual.seconds - expected.seconds) > 1e-6)
                    QFAIL(qPrintable(QStringLiteral("round %1, %2 → %3: router %4 s, Dijkstra %5 s")
                                         .arg(round).arg(from).arg(to).arg(actual.seconds, 0, 'f', 6).arg(expected.seconds, 0, 'f', 6)));
                bool ok = false;
                const double sum = test::walkSeconds(graph, actual.edges, from, to, closures, &ok);
                QVERIFY2(ok, "the route is not a connected open walk from source to target");
                QVERIFY(std::abs(sum - actual.seconds) <= 1e-6);
                QVERIFY(std::abs(router.seconds(from, to) - expected.seconds) <= 1e-6);
            }
        }
        QVERIFY(compared > 0);
        Q_UNUSED(unreachable);
    }

    void staysExactWhileClosuresComeAndGo_data() { test::addGraphRows(); }
    void staysExactWhileClosuresComeAndGo()
    {
        // 40 rounds of one to five roads closed or reopened (every tenth round a tenth of all
        // roads at once, which takes the full customization): after each incremental
        // re-customization the elimination-tree queries equal Dijkstra, and the hierarchy is the
        // one a fresh router builds for the same closures in one step — same perfect weights,
        // hence the same arcs left for the queries.
        const RoadGraph graph = test::makeRandomGraph(test::specFromRow());
        Router router(graph);
        Dijkstra dijkstra(graph);
        Closures closures(graph);
        std::mt19937 rng(2024);
        const auto roadIds = graph.roadIds();
        const int untouched = router.queryArcCount();
        for (int round = 0; round < 40; ++round) {
            const int changes = round % 10 == 9 ? int(roadIds.size() / 10) : 1 + int(rng() % 5);
            for (int c = 0; c < changes; ++c) {
                const auto &closed = closures.closedRoads();
                if (!closed.empty() && rng() % 3 == 0)
                    QVERIFY(closures.open(*std::next(closed.begin(), long(rng() % closed.size()))));
                else
                    closures.close(roadIds[rng() % roadIds.size()]);
            }
            router.customize(closures);
            Router fresh(graph);
            fresh.customize(closures);
            QCOMPARE(router.queryArcCount(), fresh.queryArcCount());
            const QString difference = compareWithDijkstra(router, dijkstra, graph, closures, rng, 40);
            if (!difference.isEmpty())
                QFAIL(qPrintable(QStringLiteral("round %1, %2 roads closed: %3").arg(round).arg(closures.closedRoads().size()).arg(difference)));
        }
        // everything reopened: back to the hierarchy of no closures
        closures.clear();
        router.customize(closures);
        QCOMPARE(router.queryArcCount(), untouched);
        QCOMPARE(compareWithDijkstra(router, dijkstra, graph, closures, rng, 100), QString());
    }

    void perfectCustomizationLeavesArcsOut()
    {
        // On a road network most shortcut directions are on no shortest path; the queries must
        // not relax them (this is where the speed comes from), yet every arc direction that can
        // be finite is still counted by shortcutCount().
        const RoadGraph graph = test::makeRandomGraph({test::Shape::Grid, 30, 0.2, 11u, Mode::Car});
        Router router(graph);
        QVERIFY(router.queryArcCount() > 0);
        QVERIFY2(router.queryArcCount() < 2 * router.shortcutCount() * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2 arc directions kept").arg(router.queryArcCount()).arg(2 * router.shortcutCount())));
        QVERIFY(router.eliminationTreeHeight() > 1);
    }

    void tiesAndZeroTimesStayExact()
    {
        // A regular grid of equal roads (equally fast paths everywhere: perfect customization must
        // keep one of them) with pairs of nodes at the same place joined by zero-length roads
        // (zero-second arcs: the path recovery must still walk down to the source), one-way
        // streets, and closures coming and going.
        const int side = 14;
        std::vector<ct::geo::Point> positions;
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                positions.push_back({x * 100.0, y * 100.0});
        std::vector<RoadGraph::Road> roads;
        qint64 nextId = 1;
        auto add = [&](int a, int b, bool oneway) {
            RoadGraph::Road road;
            road.from = a;
            road.to = b;
            road.roadId = nextId++;
            road.lengthM = 100.0;
            road.speedKmh = 36.0;
            road.oneway = oneway;
            roads.push_back(road);
        };
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                const int v = y * side + x;
                if (x + 1 < side)
                    add(v, v + 1, (x * 7 + y * 3) % 11 == 0);
                if (y + 1 < side)
                    add(v, v + side, (x * 5 + y) % 13 == 0);
            }
        // twins: a second node at the same place as every fifth node, joined by a zero-length road
        // (fromRoads measures 0 m between equal positions) and with a road of its own onwards
        const int base = int(positions.size());
        for (int v = 0; v < base; v += 5) {
            const int twin = int(positions.size());
            positions.push_back(positions[std::size_t(v)]);
            add(v, twin, false);
            roads.back().lengthM = 0.0;
            add(twin, (v + side) % base, false);
        }
        auto built = RoadGraph::fromRoads(positions, {}, roads, Mode::Car);
        QVERIFY(built.ok());
        const RoadGraph &graph = built.value();
        int zeroEdges = 0;
        for (int e = 0; e < graph.edgeCount(); ++e)
            zeroEdges += graph.edgeSeconds(e) == 0.0 ? 1 : 0;
        QVERIFY(zeroEdges > 20);
        Router router(graph);
        Dijkstra dijkstra(graph);
        Closures closures(graph);
        std::mt19937 rng(77);
        const auto roadIds = graph.roadIds();
        for (int round = 0; round < 12; ++round) {
            for (int c = 0; c < 4; ++c) {
                if (!closures.closedRoads().empty() && rng() % 2 == 0)
                    closures.open(*closures.closedRoads().begin());
                else
                    closures.close(roadIds[rng() % roadIds.size()]);
            }
            router.customize(closures);
            const QString difference = compareWithDijkstra(router, dijkstra, graph, closures, rng, 150);
            if (!difference.isEmpty())
                QFAIL(qPrintable(QStringLiteral("round %1: %2").arg(round).arg(difference)));
        }
        // all reopened: between twins the route is the zero-length road alone
        closures.clear();
        router.customize(closures);
        const Route twins = router.route(0, base);
        QVERIFY(twins.reachable);
        QCOMPARE(twins.seconds, 0.0);
        QCOMPARE(twins.edges.size(), std::size_t(1));
        QCOMPARE(router.seconds(base, 0), 0.0);
    }

    void closingABridgeForcesTheDetour()
    {
        // 0 —a— 1 —b— 2, plus a slow detour 0 —c— 3 —d— 2. Closing b must take the detour and
        // reopening it must restore the direct route, with the same Router.
        std::vector<ct::geo::Point> positions{{0, 0}, {100, 0}, {200, 0}, {100, 300}};
        std::vector<RoadGraph::Road> roads(4);
        roads[0] = {0, 1, 10, 100.0, 36.0, false, 2, RoadClass::Primary, {}};
        roads[1] = {1, 2, 11, 100.0, 36.0, false, 2, RoadClass::Primary, {}};
        roads[2] = {0, 3, 12, 320.0, 36.0, false, 2, RoadClass::Primary, {}};
        roads[3] = {3, 2, 13, 320.0, 36.0, true, 2, RoadClass::Primary, {}};
        auto graph = RoadGraph::fromRoads(positions, {}, roads, Mode::Car);
        QVERIFY(graph.ok());
        Router router(graph.value());
        Closures closures(graph.value());
        QCOMPARE(router.route(0, 2).seconds, 20.0);
        QVERIFY(closures.close(11));
        router.customize(closures);
        const Route detour = router.route(0, 2);
        QVERIFY(detour.reachable);
        QCOMPARE(detour.seconds, 64.0);
        QCOMPARE(detour.edges.size(), std::size_t(2));
        // the detour's last leg is one-way 3 → 2: backwards there is no way round
        QVERIFY(!router.route(2, 0).reachable);
        QVERIFY(closures.open(11));
        router.customize(closures);
        QCOMPARE(router.route(2, 0).seconds, 20.0);
        QCOMPARE(router.route(0, 0).seconds, 0.0);
        QVERIFY(router.route(0, 0).reachable);
        QVERIFY(!router.route(0, 99).reachable);
    }

    void disconnectedComponentsAreUnreachable()
    {
        std::vector<ct::geo::Point> positions{{0, 0}, {100, 0}, {5000, 0}, {5100, 0}};
        std::vector<RoadGraph::Road> roads(2);
        roads[0] = {0, 1, 1, 100.0, 36.0, false, 1, RoadClass::Residential, {}};
        roads[1] = {2, 3, 2, 100.0, 36.0, false, 1, RoadClass::Residential, {}};
        auto graph = RoadGraph::fromRoads(positions, {}, roads, Mode::Car);
        QVERIFY(graph.ok());
        Router router(graph.value());
        QVERIFY(router.route(0, 1).reachable);
        QVERIFY(!router.route(0, 3).reachable);
        QVERIFY(!router.route(3, 1).reachable);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
