// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "simtestsupport.h"

#include "ct/sim/simulation.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ct;
using namespace ct::sim;

namespace {

double segmentDistance(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double polylineDistance(geo::Point p, const std::vector<geo::Point> &line)
{
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        best = std::min(best, segmentDistance(p, line[i], line[i + 1]));
    return best;
}

} // namespace

/// Agents in snapshots are drawn along the roads' polylines, not on the chords between nodes.
class TestAgentGeometry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void pointAlongFollowsThePolyline_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // Edge (0,0) → (100,0) through (50,40): two legs of √(50²+40²) = 64.03 m each.
        QTest::newRow("start") << 0.0 << 0.0 << 0.0;
        QTest::newRow("quarter") << 0.25 << 25.0 << 20.0;
        QTest::newRow("half: the bend") << 0.5 << 50.0 << 40.0;
        QTest::newRow("three quarters") << 0.75 << 75.0 << 20.0;
        QTest::newRow("end") << 1.0 << 100.0 << 0.0;
        QTest::newRow("clamped") << 1.7 << 100.0 << 0.0;
    }
    void pointAlongFollowsThePolyline()
    {
        QFETCH(double, fraction);
        QFETCH(double, x);
        QFETCH(double, y);
        routing::RoadGraph::Road road;
        road.from = 0;
        road.to = 1;
        road.roadId = 7;
        road.geometry = {{0, 0}, {50, 40}, {100, 0}};
        auto graph = routing::RoadGraph::fromRoads({{0, 0}, {100, 0}}, {}, std::span(&road, 1), routing::Mode::Walk);
        QVERIFY(graph.ok());
        QCOMPARE(graph->edgeCount(), 2);
        for (int e = 0; e < 2; ++e) {
            // The reverse edge runs the polyline backwards: its fraction f is the forward 1 - f.
            const bool forward = graph->edgeTail(e) == 0;
            const geo::Point p = graph->pointAlong(e, forward ? fraction : 1.0 - std::min(fraction, 1.0));
            QVERIFY2(std::abs(p.x - x) < 1e-6 && std::abs(p.y - y) < 1e-6,
                     qPrintable(QStringLiteral("edge %1: (%2, %3)").arg(e).arg(p.x).arg(p.y)));
        }
    }

    //! A walker halfway along a bent road is on the road's polyline, 30 m off the chord.
    void snapshotAgentsAreOnTheRoad()
    {
        test::GridTwin grid;
        grid.columns = 3;
        grid.rows = 2;
        grid.bend = 30.0;
        grid.shelters = {{2, 0, 1000}};
        grid.homes = {{0, 0, 1}};
        auto twin = grid.write(m_dir.filePath(QStringLiteral("bent.gpkg")));
        auto world = SimulationWorld::load(*twin);
        QVERIFY(world.ok());
        auto scenario = Scenario::fromJson(R"({"name": "bent", "duration": "00:10", "seed": 1,
            "population": {"compliance": 1, "car_share": 0, "household_size": 1, "departure": {"distribution": "immediate"}}})");
        QVERIFY(scenario.ok());
        Simulation sim(world.value(), scenario.value());
        const geo::Point a = grid.position(0, 0), b = grid.position(1, 0);
        const std::vector<geo::Point> polyline{a, {(a.x + b.x) / 2, a.y + 30.0}, b};
        // The walker enters the first road at the first tick (1 s) and needs 100 m / 1.25 m/s = 80 s:
        // at 41 s it has covered half the road's length, which is the bend.
        bool sawBend = false;
        for (SimTime t = 2 * kSecond; t <= 79 * kSecond; t += kSecond) {
            sim.advanceTo(t);
            const auto snapshot = sim.engine().snapshot();
            QCOMPARE(snapshot->positions.size(), std::size_t(2));
            const geo::Point p{snapshot->positions[0], snapshot->positions[1]};
            QVERIFY2(polylineDistance(p, polyline) < 1.0,
                     qPrintable(QStringLiteral("t=%1 s: (%2, %3) is %4 m off the road").arg(toSeconds(t)).arg(p.x).arg(p.y)
                                    .arg(polylineDistance(p, polyline))));
            if (t == 41 * kSecond) {
                QVERIFY2(segmentDistance(p, a, b) > 29.0, qPrintable(QString::number(segmentDistance(p, a, b))));
                sawBend = true;
            }
        }
        QVERIFY(sawBend);
    }
};

QTEST_GUILESS_MAIN(TestAgentGeometry)
#include "tst_agentgeometry.moc"
