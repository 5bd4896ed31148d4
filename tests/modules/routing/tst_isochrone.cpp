// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Isochrones against a full Dijkstra: exactly the nodes within the budget, their times, the
// edges inside and a convex outline holding every reached node.
#include "randomgraphs.h"

#include "ct/routing/dijkstra.h"
#include "ct/routing/isochrone.h"

#include <QtTest>

#include <random>

using namespace ct::routing;

class TestIsochrone : public QObject
{
    Q_OBJECT

private slots:
    void matchesDijkstra_data() { test::addGraphRows(); }
    void matchesDijkstra()
    {
        const RoadGraph graph = test::makeRandomGraph(test::specFromRow());
        Dijkstra dijkstra(graph);
        Closures closures(graph);
        std::mt19937 rng(17);
        const auto roadIds = graph.roadIds();
        for (int i = 0; i < 15; ++i)
            closures.close(roadIds[rng() % roadIds.size()]);
        for (int q = 0; q < 6; ++q) {
            const int source = int(rng() % unsigned(graph.nodeCount()));
            const double limit = 20.0 + 30.0 * q; // seconds
            const Direction direction = q % 2 ? Direction::Backward : Direction::Forward;
            const auto tree = dijkstra.oneToAll(source, closures, direction);
            const auto iso = Isochrone::compute(graph, closures, source, limit, direction);
            int expected = 0;
            for (int v = 0; v < graph.nodeCount(); ++v) {
                const bool inside = tree.seconds[std::size_t(v)] <= limit;
                expected += inside;
                QCOMPARE(iso.contains(v), inside);
            }
            QCOMPARE(int(iso.nodes().size()), expected);
            for (std::size_t i = 0; i < iso.nodes().size(); ++i) {
                QVERIFY(std::abs(iso.seconds()[i] - tree.seconds[std::size_t(iso.nodes()[i])]) <= 1e-6);
                if (i > 0)
                    QVERIFY(iso.seconds()[i] >= iso.seconds()[i - 1]);
            }
            for (int e : iso.reachedEdges(graph, closures)) {
                QVERIFY(iso.contains(graph.edgeTail(e)) && iso.contains(graph.edgeHead(e)));
                QVERIFY(!closures.isEdgeClosed(e));
            }
            const auto hull = iso.convexOutline(graph);
            if (hull.size() >= 3) {
                for (int v : iso.nodes()) {
                    const auto p = graph.position(v);
                    for (std::size_t i = 0; i < hull.size(); ++i) {
                        const auto &a = hull[i];
                        const auto &b = hull[(i + 1) % hull.size()];
                        const double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
                        QVERIFY2(cross >= -1e-6, "a reached node lies outside the outline");
                    }
                }
            }
        }
    }

    void zeroBudgetIsTheSourceOnly()
    {
        const RoadGraph graph = test::makeRandomGraph({test::Shape::Grid, 6, 0.0, 2, Mode::Walk});
        const auto iso = Isochrone::compute(graph, Closures(graph), 7, 0.0);
        QCOMPARE(iso.nodes(), std::vector<int>{7});
        QVERIFY(iso.convexOutline(graph).size() == 1);
        QVERIFY(Isochrone::compute(graph, Closures(graph), -1, 100.0).nodes().empty());
    }
};

QTEST_GUILESS_MAIN(TestIsochrone)
#include "tst_isochrone.moc"
