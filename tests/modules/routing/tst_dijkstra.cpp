// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The baseline itself against an independent reference: Bellman–Ford relaxation to a fixpoint.
#include "randomgraphs.h"

#include "ct/routing/dijkstra.h"

#include <QtTest>

#include <limits>
#include <random>

using namespace ct::routing;

namespace {

//! Times from `source` (forward) or to `source` (backward) by relaxing every edge until nothing changes.
std::vector<double> bellmanFord(const RoadGraph &graph, const Closures &closures, int source, bool forward)
{
    std::vector<double> dist(std::size_t(graph.nodeCount()), std::numeric_limits<double>::infinity());
    dist[std::size_t(source)] = 0.0;
    for (bool changed = true; changed;) {
        changed = false;
        for (int e = 0; e < graph.edgeCount(); ++e) {
            if (closures.isEdgeClosed(e))
                continue;
            const int a = forward ? graph.edgeTail(e) : graph.edgeHead(e);
            const int b = forward ? graph.edgeHead(e) : graph.edgeTail(e);
            if (dist[std::size_t(a)] + graph.edgeSeconds(e) < dist[std::size_t(b)]) {
                dist[std::size_t(b)] = dist[std::size_t(a)] + graph.edgeSeconds(e);
                changed = true;
            }
        }
    }
    return dist;
}

} // namespace

class TestDijkstra : public QObject
{
    Q_OBJECT

private slots:
    void matchesBellmanFord_data() { test::addGraphRows(); }
    void matchesBellmanFord()
    {
        const RoadGraph graph = test::makeRandomGraph(test::specFromRow());
        Dijkstra dijkstra(graph);
        Closures closures(graph);
        std::mt19937 rng(5);
        const auto roadIds = graph.roadIds();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 8 * round; ++i)
                closures.close(roadIds[rng() % roadIds.size()]);
            for (int s = 0; s < 4; ++s) {
                const int source = int(rng() % unsigned(graph.nodeCount()));
                for (bool forward : {true, false}) {
                    const auto reference = bellmanFord(graph, closures, source, forward);
                    const auto tree = dijkstra.oneToAll(source, closures, forward ? Direction::Forward : Direction::Backward);
                    for (int v = 0; v < graph.nodeCount(); ++v) {
                        QCOMPARE(tree.isReached(v), !std::isinf(reference[std::size_t(v)]));
                        if (tree.isReached(v))
                            QVERIFY(std::abs(tree.seconds[std::size_t(v)] - reference[std::size_t(v)]) <= 1e-6);
                    }
                    // point-to-point agrees with the tree, and its path adds up
                    for (int q = 0; q < 20; ++q) {
                        const int other = int(rng() % unsigned(graph.nodeCount()));
                        const Route route = forward ? dijkstra.route(source, other, closures) : dijkstra.route(other, source, closures);
                        QCOMPARE(route.reachable, !std::isinf(reference[std::size_t(other)]));
                        // the time-only query answers the same without assembling the path
                        const double seconds = forward ? dijkstra.seconds(source, other, closures) : dijkstra.seconds(other, source, closures);
                        QCOMPARE(std::isinf(seconds), !route.reachable);
                        if (!route.reachable)
                            continue;
                        QVERIFY(std::abs(seconds - reference[std::size_t(other)]) <= 1e-6);
                        QVERIFY(std::abs(route.seconds - reference[std::size_t(other)]) <= 1e-6);
                        bool ok = false;
                        const double sum = forward ? test::walkSeconds(graph, route.edges, source, other, closures, &ok)
                                                   : test::walkSeconds(graph, route.edges, other, source, closures, &ok);
                        QVERIFY(ok);
                        QVERIFY(std::abs(sum - route.seconds) <= 1e-9);
                    }
                }
            }
        }
    }

    void closedRoadIsAvoided()
    {
        std::vector<ct::geo::Point> positions{{0, 0}, {100, 0}, {200, 0}};
        std::vector<RoadGraph::Road> roads(2);
        roads[0] = {0, 1, 5, 100.0, 36.0, false, 2, RoadClass::Primary, {}};
        roads[1] = {1, 2, 6, 100.0, 36.0, true, 1, RoadClass::Service, {}};
        auto graph = RoadGraph::fromRoads(positions, {}, roads, Mode::Car);
        QVERIFY(graph.ok());
        Dijkstra dijkstra(graph.value());
        Closures closures(graph.value());
        QCOMPARE(dijkstra.route(0, 2, closures).seconds, 20.0);
        QVERIFY(!dijkstra.route(2, 0, closures).reachable); // one-way
        QVERIFY(closures.close(5));
        QVERIFY(!closures.close(5));
        QVERIFY(!closures.close(404));
        QVERIFY(!dijkstra.route(0, 2, closures).reachable);
        QVERIFY(std::isinf(dijkstra.route(0, 2, closures).seconds));
        QVERIFY(std::isinf(dijkstra.seconds(0, 2, closures)));
        QVERIFY(std::isinf(dijkstra.seconds(0, 7, closures))); // no such node
        QVERIFY(closures.open(5));
        QVERIFY(dijkstra.route(0, 2, closures).reachable);
    }
};

QTEST_GUILESS_MAIN(TestDijkstra)
#include "tst_dijkstra.moc"
