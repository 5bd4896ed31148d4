// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Catchments (nearest source for every node, and the edge to follow) against one Dijkstra per source.
#include "randomgraphs.h"

#include "ct/routing/dijkstra.h"
#include "ct/routing/multisource.h"

#include <QtTest>

#include <limits>
#include <random>

using namespace ct::routing;

class TestMultiSource : public QObject
{
    Q_OBJECT

private slots:
    void catchmentsMatchPerSourceSearches_data()
    {
        test::addGraphRows();
    }
    void catchmentsMatchPerSourceSearches()
    {
        const RoadGraph graph = test::makeRandomGraph(test::specFromRow());
        Dijkstra dijkstra(graph);
        Closures closures(graph);
        std::mt19937 rng(11);
        const auto roadIds = graph.roadIds();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 10 * round; ++i)
                closures.close(roadIds[rng() % roadIds.size()]);
            for (Direction direction : {Direction::Backward, Direction::Forward}) {
                std::vector<int> sources;
                for (int i = 0; i < 6; ++i)
                    sources.push_back(int(rng() % unsigned(graph.nodeCount())));
                sources.push_back(sources.front()); // a duplicate is ignored
                std::vector<ShortestPathTree> perSource;
                for (int s : sources)
                    perSource.push_back(dijkstra.oneToAll(s, closures, direction));
                const auto tree = multiSource(graph, closures, sources, direction);
                QCOMPARE(int(tree.seconds.size()), graph.nodeCount());
                for (int v = 0; v < graph.nodeCount(); ++v) {
                    double best = std::numeric_limits<double>::infinity();
                    for (const auto &t : perSource)
                        best = std::min(best, t.seconds[std::size_t(v)]);
                    QCOMPARE(tree.isReached(v), !std::isinf(best));
                    if (!tree.isReached(v)) {
                        QCOMPARE(tree.nextEdge[std::size_t(v)], -1);
                        continue;
                    }
                    QVERIFY(std::abs(tree.seconds[std::size_t(v)] - best) <= 1e-6);
                    const int src = tree.source[std::size_t(v)];
                    QVERIFY(src >= 0 && src < int(sources.size()) - 1); // never the duplicate
                    QVERIFY(std::abs(perSource[std::size_t(src)].seconds[std::size_t(v)] - best) <= 1e-6);
                    // follow nextEdge to the source: open edges, adding up to the time
                    double sum = 0.0;
                    int at = v, steps = 0;
                    while (tree.nextEdge[std::size_t(at)] >= 0 && steps <= graph.nodeCount()) {
                        const int e = tree.nextEdge[std::size_t(at)];
                        QVERIFY(!closures.isEdgeClosed(e));
                        if (direction == Direction::Backward) {
                            QCOMPARE(graph.edgeTail(e), at);
                            at = graph.edgeHead(e);
                        } else {
                            QCOMPARE(graph.edgeHead(e), at);
                            at = graph.edgeTail(e);
                        }
                        QCOMPARE(tree.source[std::size_t(at)], src);
                        sum += graph.edgeSeconds(e);
                        ++steps;
                    }
                    QCOMPARE(at, sources[std::size_t(src)]);
                    QVERIFY(std::abs(sum - tree.seconds[std::size_t(v)]) <= 1e-6);
                }
            }
        }
    }

    void noSourcesReachNothing()
    {
        const RoadGraph graph = test::makeRandomGraph({test::Shape::Grid, 5, 0.0, 1, Mode::Car});
        const auto tree = multiSource(graph, Closures(graph), {}, Direction::Backward);
        for (int v = 0; v < graph.nodeCount(); ++v)
            QVERIFY(!tree.isReached(v));
        const auto bad = multiSource(graph, Closures(graph), {-3, 1000}, Direction::Backward);
        QVERIFY(!bad.isReached(0));
    }
};

QTEST_GUILESS_MAIN(TestMultiSource)
#include "tst_multisource.moc"
