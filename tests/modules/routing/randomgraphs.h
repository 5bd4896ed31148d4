// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Seeded random road graphs for the routing tests: grid-like towns and random geometric graphs,
// with one-way roads, mixed speeds and (for geometric graphs) several components.
#pragma once

#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"

#include <QString>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace ct::routing::test {

enum class Shape { Grid, Geometric };

struct GraphSpec
{
    Shape shape = Shape::Grid;
    int size = 20;          //!< grid side, or node count of a geometric graph
    double onewayShare = 0.2;
    unsigned seed = 1;
    Mode mode = Mode::Car;
};

inline RoadGraph makeRandomGraph(const GraphSpec &spec)
{
    std::mt19937 rng(spec.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double speeds[] = {20.0, 30.0, 40.0, 50.0, 60.0};
    std::vector<geo::Point> positions;
    std::vector<RoadGraph::Road> roads;
    auto addRoad = [&](int a, int b) {
        RoadGraph::Road road;
        road.from = a;
        road.to = b;
        road.roadId = qint64(roads.size()) * 7 + 3; // ids are not indices
        const double dx = positions[std::size_t(a)].x - positions[std::size_t(b)].x;
        const double dy = positions[std::size_t(a)].y - positions[std::size_t(b)].y;
        road.lengthM = std::hypot(dx, dy) * (1.0 + 0.3 * unit(rng)); // winding roads
        road.speedKmh = speeds[rng() % 5];
        road.oneway = unit(rng) < spec.onewayShare;
        road.lanes = 1 + int(rng() % 4);
        road.roadClass = RoadClass(rng() % 6);
        roads.push_back(road);
    };
    if (spec.shape == Shape::Grid) {
        const int w = spec.size, h = spec.size;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                positions.push_back({x * 100.0 + 30.0 * unit(rng), y * 100.0 + 30.0 * unit(rng)});
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const int v = y * w + x;
                if (x + 1 < w && unit(rng) < 0.9)
                    addRoad(v, v + 1);
                if (y + 1 < h && unit(rng) < 0.9)
                    addRoad(v, v + w);
                if (x + 1 < w && y + 1 < h && unit(rng) < 0.05)
                    addRoad(v, v + w + 1); // a diagonal now and then
            }
    } else {
        const int n = spec.size;
        const double side = 100.0 * std::sqrt(double(n));
        for (int i = 0; i < n; ++i)
            positions.push_back({side * unit(rng), side * unit(rng)});
        // each node to its two or three nearest: random geometric graph, usually a few components
        for (int i = 0; i < n; ++i) {
            std::vector<std::pair<double, int>> near;
            for (int j = 0; j < n; ++j)
                if (j != i)
                    near.push_back({std::hypot(positions[std::size_t(i)].x - positions[std::size_t(j)].x,
                                               positions[std::size_t(i)].y - positions[std::size_t(j)].y), j});
            const int k = 2 + int(rng() % 2);
            std::partial_sort(near.begin(), near.begin() + k, near.end());
            for (int c = 0; c < k; ++c)
                if (i < near[std::size_t(c)].second || unit(rng) < 0.3) // some parallel roads too
                    addRoad(i, near[std::size_t(c)].second);
        }
    }
    auto graph = RoadGraph::fromRoads(std::move(positions), {}, roads, spec.mode);
    if (!graph)
        qFatal("random graph: %s", qPrintable(graph.error().toString()));
    return std::move(graph).value();
}

//! Checks that `edges` is a connected walk from `from` to `to` avoiding closed edges, and returns
//! the sum of its edge times.
inline double walkSeconds(const RoadGraph &graph, const std::vector<int> &edges, int from, int to,
                          const Closures &closures, bool *ok)
{
    *ok = true;
    int at = from;
    double sum = 0.0;
    for (int e : edges) {
        if (graph.edgeTail(e) != at || closures.isEdgeClosed(e))
            *ok = false;
        at = graph.edgeHead(e);
        sum += graph.edgeSeconds(e);
    }
    if (at != to)
        *ok = false;
    return sum;
}

//! Data rows shared by the tests: grids and geometric graphs, car and walk.
inline void addGraphRows()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("size");
    QTest::addColumn<double>("oneway");
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("mode");
    QTest::newRow("grid 12x12 car") << int(Shape::Grid) << 12 << 0.2 << 1u << int(Mode::Car);
    QTest::newRow("grid 25x25 car, many one-ways") << int(Shape::Grid) << 25 << 0.5 << 2u << int(Mode::Car);
    QTest::newRow("grid 20x20 walk") << int(Shape::Grid) << 20 << 0.3 << 3u << int(Mode::Walk);
    QTest::newRow("geometric 200 car") << int(Shape::Geometric) << 200 << 0.2 << 4u << int(Mode::Car);
    QTest::newRow("geometric 500 car") << int(Shape::Geometric) << 500 << 0.3 << 5u << int(Mode::Car);
    QTest::newRow("geometric 300 walk") << int(Shape::Geometric) << 300 << 0.3 << 6u << int(Mode::Walk);
}

inline GraphSpec specFromRow()
{
    QFETCH(int, shape);
    QFETCH(int, size);
    QFETCH(double, oneway);
    QFETCH(unsigned, seed);
    QFETCH(int, mode);
    return {Shape(shape), size, oneway, seed, Mode(mode)};
}

} // namespace ct::routing::test
