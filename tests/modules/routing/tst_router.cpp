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
