// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Analysis: kernel density against a brute-force sum, hotspots, near-repeats against brute
// force, the weekday × hour profile, the patrol loop (closed, within budget, on the roads),
// streetlight suggestions against brute-force distances, and the unpatrolled-hotspot warning.
#include "safetytestsupport.h"

#include "ct/routing/roadgraph.h"
#include "ct/safety/hotspotfinder.h"
#include "ct/safety/kerneldensity.h"
#include "ct/safety/nearrepeat.h"
#include "ct/safety/patrolplanner.h"
#include "ct/safety/patrolplans.h"
#include "ct/safety/streetlightadvisor.h"
#include "ct/safety/timeprofile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

std::vector<geo::Point> cluster(QRandomGenerator &rng, geo::Point centre, double spread, int n)
{
    std::vector<geo::Point> points;
    for (int i = 0; i < n; ++i) {
        // Sum of uniforms: a bounded bell around the centre.
        const double dx = (rng.generateDouble() + rng.generateDouble() + rng.generateDouble() - 1.5) * spread;
        const double dy = (rng.generateDouble() + rng.generateDouble() + rng.generateDouble() - 1.5) * spread;
        points.push_back({centre.x + dx, centre.y + dy});
    }
    return points;
}

qint64 count(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void kdeMatchesBruteForce_data()
    {
        QTest::addColumn<double>("cell");
        QTest::addColumn<double>("bandwidth");
        QTest::addColumn<bool>("weighted");
        QTest::newRow("50 m, h 200") << 50.0 << 200.0 << false;
        QTest::newRow("50 m, h 37 (under a cell and a half)") << 50.0 << 37.0 << false;
        QTest::newRow("25 m, h 500, weighted") << 25.0 << 500.0 << true;
        QTest::newRow("100 m, h 1000") << 100.0 << 1000.0 << false;
    }
    void kdeMatchesBruteForce()
    {
        QFETCH(double, cell);
        QFETCH(double, bandwidth);
        QFETCH(bool, weighted);
        QRandomGenerator rng(7);
        std::vector<geo::Point> points;
        std::vector<double> weights;
        for (int i = 0; i < 300; ++i) {
            // Some outside the grid: their kernels still reach in.
            points.push_back({rng.bounded(2400.0) - 200.0, rng.bounded(1800.0) - 200.0});
            if (weighted)
                weights.push_back(0.1 + rng.generateDouble());
        }
        geo::Envelope extent;
        extent.expand(geo::Point{0, 0});
        extent.expand(geo::Point{2000, 1400});
        const DensityGrid grid = KernelDensity::compute(points, extent, cell, bandwidth, weights);
        QCOMPARE(grid.columns, int(std::ceil(2000 / cell)));
        QCOMPARE(grid.rows, int(std::ceil(1400 / cell)));
        double maxError = 0, maxValue = 0;
        for (int r = 0; r < grid.rows; ++r)
            for (int c = 0; c < grid.columns; ++c) {
                const geo::Point centre = grid.cellCentre(c, r);
                double sum = 0;
                for (std::size_t i = 0; i < points.size(); ++i)
                    sum += (weighted ? weights[i] : 1.0)
                         * KernelDensity::kernel(std::hypot(centre.x - points[i].x, centre.y - points[i].y), bandwidth) * 1e6;
                maxError = std::max(maxError, std::abs(sum - grid.value(c, r)));
                maxValue = std::max(maxValue, sum);
            }
        QVERIFY(maxValue > 0);
        QVERIFY2(maxError <= 1e-9 * maxValue, qPrintable(QStringLiteral("max error %1 of %2").arg(maxError).arg(maxValue)));
    }

    void kdeIntegratesToTheCount()
    {
        QRandomGenerator rng(3);
        const std::vector<geo::Point> points = cluster(rng, {5000, 5000}, 600, 400);
        geo::Envelope extent;
        extent.expand(geo::Point{3000, 3000});
        extent.expand(geo::Point{7000, 7000});
        const DensityGrid grid = KernelDensity::compute(points, extent, 10.0, 300.0);
        double total = 0;
        for (double v : grid.values)
            total += v * (grid.cellMetres * grid.cellMetres / 1e6);
        QVERIFY2(std::abs(total - 400.0) < 4.0, qPrintable(QString::number(total)));
    }

    void hotspotsAreRankedClusters()
    {
        QRandomGenerator rng(11);
        std::vector<geo::Point> points = cluster(rng, {1000, 1000}, 300, 120);   // big
        const auto small = cluster(rng, {4000, 3000}, 300, 50);
        points.insert(points.end(), small.begin(), small.end());
        for (int i = 0; i < 40; ++i)   // background
            points.push_back({rng.bounded(5000.0), rng.bounded(4000.0)});
        geo::Envelope extent;
        extent.expand(geo::Point{0, 0});
        extent.expand(geo::Point{5000, 4000});
        const DensityGrid grid = KernelDensity::compute(points, extent, 50.0, 400.0);
        const double threshold = HotspotFinder::defaultThreshold(grid);
        const std::vector<Hotspot> hotspots = HotspotFinder::find(grid, threshold);
        QCOMPARE(hotspots.size(), std::size_t(2));
        QCOMPARE(hotspots[0].rank, 1);
        QVERIFY(std::hypot(hotspots[0].peak.x - 1000, hotspots[0].peak.y - 1000) < 250);
        QVERIFY(std::hypot(hotspots[1].peak.x - 4000, hotspots[1].peak.y - 3000) < 250);
        QVERIFY(hotspots[0].peakDensity > hotspots[1].peakDensity);
        QVERIFY(hotspots[0].expectedAlerts > hotspots[1].expectedAlerts);
        // Every cell at or above the threshold is in exactly one hotspot, and no other cell is.
        std::size_t inHotspots = 0;
        for (const Hotspot &h : hotspots)
            for (int cellIndex : h.cells) {
                QVERIFY(grid.values[std::size_t(cellIndex)] >= threshold);
                ++inHotspots;
            }
        QCOMPARE(inHotspots, std::size_t(std::count_if(grid.values.begin(), grid.values.end(), [&](double v) { return v >= threshold; })));
    }

    void nearRepeatsMatchBruteForce()
    {
        QRandomGenerator rng(5);
        std::vector<NearRepeat::Event> events;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 600; ++i)
            events.push_back({i + 1, {rng.bounded(3000.0), rng.bounded(3000.0)}, start.addSecs(qint64(rng.bounded(60 * 86400)))});
        events.push_back({1000, events[10].location, events[10].at});   // same place and moment as 11
        const double metres = 200, days = 7;
        const auto pairs = NearRepeat::pairs(events, metres, days);
        std::vector<NearRepeat::Pair> expected;
        for (const auto &later : events)
            for (const auto &earlier : events) {
                if (earlier.id == later.id)
                    continue;
                const qint64 dt = earlier.at.msecsTo(later.at);
                if (dt < 0 || dt > qint64(days * 86400000) || (dt == 0 && earlier.id > later.id))
                    continue;
                if (std::hypot(later.location.x - earlier.location.x, later.location.y - earlier.location.y) <= metres)
                    expected.push_back({earlier.id, later.id, 0, 0});
            }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.later != b.later ? a.later < b.later : a.earlier < b.earlier;
        });
        QCOMPARE(pairs.size(), expected.size());
        QVERIFY(!pairs.empty());
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            QCOMPARE(pairs[i].earlier, expected[i].earlier);
            QCOMPARE(pairs[i].later, expected[i].later);
            QVERIFY(pairs[i].metres <= metres && pairs[i].days <= days);
        }
        const auto flagged = NearRepeat::flagged(pairs);
        QVERIFY(std::binary_search(flagged.begin(), flagged.end(), qint64(1000)));
        QVERIFY(!std::binary_search(flagged.begin(), flagged.end(), qint64(11)) || std::any_of(pairs.begin(), pairs.end(), [](const auto &p) {
                    return p.later == 11;
                }));
    }

    void timeProfileIsJapanTime()
    {
        TimeProfile profile;
        profile.add(QDateTime(QDate(2026, 3, 1), QTime(7, 30), Qt::UTC));    // Sun 16:30 JST
        profile.add(QDateTime(QDate(2026, 3, 1), QTime(7, 59), Qt::UTC));    // Sun 16:59
        profile.add(QDateTime(QDate(2026, 3, 1), QTime(15, 10), Qt::UTC));   // Mon 00:10
        profile.add({});
        QCOMPARE(profile.total(), 3);
        QCOMPARE(profile.count(6, 16), 2);
        QCOMPARE(profile.count(0, 0), 1);
        QCOMPARE(profile.hourTotal(16), 2);
        QCOMPARE(profile.weekdayTotal(6), 2);
        QCOMPARE(profile.maximum(), 2);
    }

    void patrolLoopIsClosedAndWithinBudget_data()
    {
        QTest::addColumn<double>("budget");
        QTest::addColumn<double>("dwell");
        for (double budget : {0.0, 300.0, 900.0, 1800.0, 3600.0, 7200.0, 20000.0})
            QTest::newRow(qPrintable(QStringLiteral("budget %1 s").arg(budget))) << budget << 300.0;
        QTest::newRow("no dwell, 1200 s") << 1200.0 << 0.0;
    }
    void patrolLoopIsClosedAndWithinBudget()
    {
        QFETCH(double, budget);
        QFETCH(double, dwell);
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")));
        auto graph = routing::RoadGraph::fromTwin(*twin, routing::Mode::Car);
        QVERIFY(graph.ok());
        std::vector<Hotspot> hotspots;
        const geo::Point peaks[] = {{21100, 7100}, {25300, 11500}, {23900, 9300}, {20500, 11000}, {24400, 6700}};
        for (int i = 0; i < 5; ++i) {
            Hotspot h;
            h.rank = i + 1;
            h.peak = peaks[i];
            h.peakDensity = 100.0 - i * 10;
            h.expectedAlerts = 10.0 - i;
            hotspots.push_back(h);
        }
        PatrolPlanner::Options options;
        options.budgetSeconds = budget;
        options.dwellSeconds = dwell;
        const PatrolRoute route = PatrolPlanner::plan(graph.value(), test::policeBoxPosition(), hotspots, options);
        const int box = graph->nearestNode(test::policeBoxPosition());
        QCOMPARE(route.startNode, box);
        QCOMPARE(route.stopNodes.front(), box);
        QCOMPARE(route.stopNodes.back(), box);
        QVERIFY2(route.totalSeconds() <= budget + 1e-6, qPrintable(QString::number(route.totalSeconds())));
        QCOMPARE(route.dwellSeconds, dwell * double(route.hotspotRanks.size()));
        double seconds = 0, metres = 0;
        for (std::size_t i = 0; i < route.edges.size(); ++i) {
            seconds += graph->edgeSeconds(route.edges[i]);
            metres += graph->edgeLength(route.edges[i]);
            if (i > 0)
                QCOMPARE(graph->edgeTail(route.edges[i]), graph->edgeHead(route.edges[i - 1]));   // a connected path
        }
        QVERIFY(std::abs(seconds - route.travelSeconds) < 1e-6);
        QVERIFY(std::abs(metres - route.metres) < 1e-6);
        if (!route.edges.empty()) {
            QCOMPARE(graph->edgeTail(route.edges.front()), box);   // a closed loop
            QCOMPARE(graph->edgeHead(route.edges.back()), box);
            QCOMPARE(route.polyline.front(), route.polyline.back());
        }
        // Each visited hotspot's road node is on the loop.
        for (int rank : route.hotspotRanks) {
            const int node = graph->nearestNode(peaks[rank - 1]);
            QVERIFY(std::find(route.stopNodes.begin(), route.stopNodes.end(), node) != route.stopNodes.end());
        }
        if (budget == 0.0)
            QVERIFY(route.hotspotRanks.empty() && route.edges.empty());
        if (budget >= 20000.0)
            QCOMPARE(route.hotspotRanks.size(), std::size_t(5));
        if (budget >= 900.0 && dwell > 0)
            QVERIFY(!route.hotspotRanks.empty());
    }

    void streetlightsFarthestInHotspots()
    {
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")));
        auto read = StreetlightAdvisor::readTwin(*twin);
        QVERIFY(read.ok());
        const auto &[roads, lights] = read.value();
        QVERIFY(!roads.empty() && !lights.empty());
        QRandomGenerator rng(9);
        std::vector<geo::Point> points = cluster(rng, {21000, 11000}, 400, 100);   // north: dark
        const auto south = cluster(rng, {24000, 7000}, 400, 100);                   // south: lit
        points.insert(points.end(), south.begin(), south.end());
        geo::Envelope extent;
        extent.expand(geo::Point{test::kMinX, test::kMinY});
        extent.expand(geo::Point{test::kMinX + test::kSize, test::kMinY + test::kSize});
        const DensityGrid grid = KernelDensity::compute(points, extent, 50.0, 400.0);
        const double threshold = HotspotFinder::defaultThreshold(grid);
        const auto suggestions = StreetlightAdvisor::suggest(roads, lights, grid, threshold, 20);
        QCOMPARE(suggestions.size(), std::size_t(20));
        for (std::size_t i = 0; i < suggestions.size(); ++i) {
            const auto &s = suggestions[i];
            QVERIFY(s.density >= threshold);
            double nearest = std::numeric_limits<double>::infinity();
            for (const auto &l : lights)
                nearest = std::min(nearest, std::hypot(s.middle.x - l.x, s.middle.y - l.y));
            QVERIFY(std::abs(nearest - s.metresToLight) < 1e-9);
            if (i > 0)
                QVERIFY(suggestions[i - 1].metresToLight >= s.metresToLight);
            QVERIFY(s.middle.y > 9000);   // the northern, unlit hotspot comes first
            QVERIFY(std::hypot(s.to.x - s.from.x, s.to.y - s.from.y) <= StreetlightAdvisor::kPieceMetres + 1e-9);
        }
        // No light at all: every candidate is infinitely far, none is dropped.
        const auto dark = StreetlightAdvisor::suggest(roads, {}, grid, threshold, -1);
        QVERIFY(dark.size() > 20);
        QVERIFY(std::isinf(dark.front().metresToLight));
    }

    void unpatrolledHotspotsRaiseAnAlert()
    {
        QTemporaryDir dir;
        auto twin = test::writeSafetyTwin(dir.filePath(QStringLiteral("t.gpkg")));
        auto graph = routing::RoadGraph::fromTwin(*twin, routing::Mode::Car);
        std::vector<Hotspot> hotspots(2);
        hotspots[0].rank = 1;
        hotspots[0].peak = {23000, 9400};
        hotspots[0].expectedAlerts = 5;
        hotspots[1].rank = 2;
        hotspots[1].peak = {25800, 11800};
        hotspots[1].expectedAlerts = 4;
        PatrolPlanner::Options options;
        options.budgetSeconds = 600;   // reaches the near one only
        options.dwellSeconds = 120;
        const PatrolRoute route = PatrolPlanner::plan(graph.value(), test::policeBoxPosition(), hotspots, options);
        QCOMPARE(route.hotspotRanks, std::vector<int>{1});
        const QDate day(2026, 3, 3);
        QVERIFY(!PatrolPlans::save(*twin, Actor{QStringLiteral("d"), Role::MobilityDispatcher, {}}, route, day, QStringLiteral("春日交番")).ok());
        auto saved = PatrolPlans::save(*twin, Actor{QStringLiteral("p"), Role::PoliceLiaison, {}}, route, day, QStringLiteral("春日交番"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(PatrolPlans::plans(*twin, day)->size(), std::size_t(1));
        QCOMPARE(PatrolPlans::plans(*twin, day.addDays(1))->size(), std::size_t(0));
        auto uncovered = PatrolPlans::uncovered(hotspots, PatrolPlans::plans(*twin, day).value());
        QCOMPARE(uncovered.size(), std::size_t(1));
        QCOMPARE(uncovered.front().rank, 2);
        QCOMPARE(PatrolPlans::uncovered(hotspots, PatrolPlans::plans(*twin, day.addDays(1)).value()).size(), std::size_t(2));
        auto raised = PatrolPlans::raiseUnpatrolled(*twin, uncovered, day);
        QCOMPARE(raised.value(), 1);
        QCOMPARE(count(*twin, "SELECT count(*) FROM ct_event_log WHERE source = 'safety' AND kind = 'hotspot-unpatrolled'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
