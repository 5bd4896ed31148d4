// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Drone flights around no-fly zones: on random non-convex zones and random end points, every
// planned flight is checked with GEOS (through OGR, not the planner's own segment test) to keep
// its distance from every original zone; battery range and reserve; refusals with reasons.
#include "ct/fleets/logistics/droneplanner.h"

#include <QtTest>

#include <ogr_geometry.h>

#include <cmath>
#include <memory>
#include <random>

using namespace ct::fleets;
using ct::geo::Point;

namespace {

NoFlyZone square(const QString &id, double x0, double y0, double x1, double y1)
{
    return NoFlyZone{id, QStringLiteral("zone ") + id, QStringLiteral("other"), {{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}};
}

/// A star-shaped (generally non-convex) polygon around (cx, cy).
NoFlyZone randomZone(std::mt19937 &rng, int id, double cx, double cy)
{
    std::uniform_int_distribution<int> corners(3, 11);
    std::uniform_real_distribution<double> radius(40.0, 420.0);
    const int n = corners(rng);
    std::vector<double> angles;
    std::uniform_real_distribution<double> angle(0.0, 2.0 * M_PI);
    for (int i = 0; i < n; ++i)
        angles.push_back(angle(rng));
    std::sort(angles.begin(), angles.end());
    angles.erase(std::unique(angles.begin(), angles.end()), angles.end());
    std::vector<Point> ring;
    for (double a : angles) {
        const double r = radius(rng);
        ring.push_back({cx + r * std::cos(a), cy + r * std::sin(a)});
    }
    return NoFlyZone{QString::number(id), {}, QStringLiteral("crowd"), {ring}};
}

std::unique_ptr<OGRPolygon> ogrPolygon(const NoFlyZone &zone)
{
    auto polygon = std::make_unique<OGRPolygon>();
    for (const auto &ring : zone.rings) {
        auto linear = new OGRLinearRing;
        for (const Point &p : ring)
            linear->addPoint(p.x, p.y);
        linear->closeRings();
        polygon->addRingDirectly(linear);
    }
    return polygon;
}

double pathLength(const std::vector<Point> &points)
{
    double metres = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i)
        metres += std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    return metres;
}

const DroneSpec kLongRange{12.0, 1.0e7, 1.0, 0.2};

} // namespace

class TestDronePlanner : public QObject
{
    Q_OBJECT

private slots:
    void directFlightWhenNothingIsInTheWay()
    {
        auto planner = DronePlanner::create({square(QStringLiteral("a"), 1000, 1000, 1200, 1200)}, 10.0);
        QVERIFY2(planner, qPrintable(planner ? QString() : planner.error().toString()));
        auto path = planner->plan({0, 0}, {3000, 0}, kLongRange);
        QVERIFY(path);
        QCOMPARE(path->waypoints.size(), std::size_t(2));
        QCOMPARE(path->metres, 3000.0);
        QCOMPARE(path->seconds, 250.0);
    }

    void detoursAroundAZoneOnTheStraightLine()
    {
        // A 200 m square across the straight line: the flight goes round one side, keeping 10 m.
        const NoFlyZone zone = square(QStringLiteral("helipad"), 900, -100, 1100, 100);
        auto planner = DronePlanner::create({zone}, 10.0);
        QVERIFY(planner);
        auto path = planner->plan({0, 0}, {2000, 0}, kLongRange);
        QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
        QVERIFY(path->waypoints.size() >= 3);
        QVERIFY(path->metres > 2000.0);
        QCOMPARE(path->metres, pathLength(path->waypoints));
        // Lower bound: round the square's corner at 100 m plus clearance; upper bound: the same
        // with the widened box's corner (the rounded buffer lies inside it).
        const double low = 2.0 * std::hypot(900.0, 110.0) + 200.0 - 1e-6;
        const double high = 2.0 * std::hypot(900.0, 111.0) + 222.0;
        QVERIFY2(path->metres >= low && path->metres <= high, qPrintable(QString::number(path->metres)));
        OGRLineString line;
        for (const Point &p : path->waypoints)
            line.addPoint(p.x, p.y);
        QVERIFY(!line.Intersects(ogrPolygon(zone).get()));
        QVERIFY(line.Distance(ogrPolygon(zone).get()) >= 10.0 - 1e-6);
    }

    void randomZonesAreNeverCrossed()
    {
        std::mt19937 rng(20261130);
        std::uniform_real_distribution<double> coordinate(0.0, 4000.0);
        int planned = 0, refused = 0;
        for (int round = 0; round < 60; ++round) {
            std::uniform_int_distribution<int> zoneCount(1, 7);
            std::vector<NoFlyZone> zones;
            const int count = zoneCount(rng);
            for (int z = 0; z < count; ++z)
                zones.push_back(randomZone(rng, z, coordinate(rng), coordinate(rng)));
            const double clearance = std::uniform_real_distribution<double>(5.0, 40.0)(rng);
            auto planner = DronePlanner::create(zones, clearance);
            QVERIFY2(planner, qPrintable(planner ? QString() : planner.error().toString()));
            std::vector<std::unique_ptr<OGRPolygon>> originals;
            for (const NoFlyZone &zone : zones)
                originals.push_back(ogrPolygon(zone));
            for (int pair = 0; pair < 10; ++pair) {
                const Point from{coordinate(rng), coordinate(rng)}, to{coordinate(rng), coordinate(rng)};
                OGRPoint fromPoint(from.x, from.y), toPoint(to.x, to.y);
                bool endInZone = false;
                for (const auto &polygon : originals)
                    endInZone = endInZone || polygon->Distance(&fromPoint) < clearance || polygon->Distance(&toPoint) < clearance;
                auto path = planner->plan(from, to, kLongRange);
                if (endInZone) {
                    // Within a zone or its clearance (GEOS says so): the planner must refuse.
                    const bool nearEdge = [&] {
                        for (const auto &polygon : originals)
                            if (std::abs(polygon->Distance(&fromPoint) - clearance) < 1.0 || std::abs(polygon->Distance(&toPoint) - clearance) < 1.0)
                                return true;
                        return false;
                    }();
                    QVERIFY2(!path || nearEdge, "an end inside a zone's clearance was accepted");
                    continue;
                }
                if (!path) {
                    ++refused;
                    QVERIFY2(path.error().toString().contains(QStringLiteral("corridor")) || path.error().toString().contains(QStringLiteral("no-fly zone")),
                             qPrintable(path.error().toString()));
                    continue;
                }
                ++planned;
                QCOMPARE(path->waypoints.front(), from);
                QCOMPARE(path->waypoints.back(), to);
                QVERIFY(std::abs(path->metres - pathLength(path->waypoints)) < 1e-6);
                QVERIFY(path->metres >= std::hypot(to.x - from.x, to.y - from.y) - 1e-6);
                OGRLineString line;
                for (const Point &p : path->waypoints)
                    line.addPoint(p.x, p.y);
                for (std::size_t z = 0; z < originals.size(); ++z) {
                    QVERIFY2(!line.Intersects(originals[z].get()), qPrintable(QStringLiteral("round %1 pair %2 crosses zone %3").arg(round).arg(pair).arg(z)));
                    QVERIFY2(line.Distance(originals[z].get()) >= clearance - 1e-6,
                             qPrintable(QStringLiteral("round %1 pair %2: %3 m from zone %4, clearance %5")
                                            .arg(round).arg(pair).arg(line.Distance(originals[z].get())).arg(z).arg(clearance)));
                }
            }
        }
        QVERIFY2(planned >= 200, qPrintable(QStringLiteral("%1 planned, %2 refused").arg(planned).arg(refused)));
    }

    void reducedGraphFindsTheSameFlights()
    {
        // Only legs tangent at their corners are kept; the full visibility graph must find flights
        // of exactly the same length (and the same refusals).
        std::mt19937 rng(99);
        std::uniform_real_distribution<double> coordinate(0.0, 3000.0);
        int compared = 0;
        for (int round = 0; round < 25; ++round) {
            std::vector<NoFlyZone> zones;
            const int count = std::uniform_int_distribution<int>(1, 6)(rng);
            for (int z = 0; z < count; ++z)
                zones.push_back(randomZone(rng, z, coordinate(rng), coordinate(rng)));
            auto reduced = DronePlanner::create(zones, 15.0, true);
            auto full = DronePlanner::create(zones, 15.0, false);
            QVERIFY(reduced && full);
            for (int pair = 0; pair < 8; ++pair) {
                const Point from{coordinate(rng), coordinate(rng)}, to{coordinate(rng), coordinate(rng)};
                auto a = reduced->plan(from, to, kLongRange);
                auto b = full->plan(from, to, kLongRange);
                QCOMPARE(bool(a), bool(b));
                if (a) {
                    QVERIFY2(std::abs(a->metres - b->metres) < 1e-6, qPrintable(QStringLiteral("round %1 pair %2: %3 vs %4").arg(round).arg(pair).arg(a->metres).arg(b->metres)));
                    ++compared;
                }
            }
        }
        QVERIFY(compared >= 100);
    }

    void batteryRangeAndReserve()
    {
        auto planner = DronePlanner::create({}, 10.0);
        QVERIFY(planner);
        DroneSpec drone{10.0, 10000.0, 0.7, 0.2}; // 5 km usable
        QVERIFY(planner->plan({0, 0}, {4999, 0}, drone));
        auto tooFar = planner->plan({0, 0}, {5001, 0}, drone);
        QVERIFY(!tooFar);
        QVERIFY2(tooFar.error().toString().contains(QStringLiteral("5.00 km")) && tooFar.error().toString().contains(QStringLiteral("20 %")),
                 qPrintable(tooFar.error().toString()));
        // Out and back needs twice the distance.
        QVERIFY(planner->plan({0, 0}, {2400, 0}, drone, true));
        auto back = planner->plan({0, 0}, {2600, 0}, drone, true);
        QVERIFY(!back);
        QVERIFY(back.error().toString().contains(QStringLiteral("5.20 km")));
        auto ok = planner->plan({0, 0}, {2400, 0}, drone, true);
        QCOMPARE(ok->metres, 4800.0);
        QCOMPARE(ok->waypoints.front(), ok->waypoints.back());
        drone.charge = 0.2;
        auto empty = planner->plan({0, 0}, {10, 0}, drone);
        QVERIFY(!empty);
        QVERIFY(empty.error().toString().contains(QStringLiteral("reserve")));
    }

    void endsInsideAZoneAreRefusedNamingIt()
    {
        auto planner = DronePlanner::create({square(QStringLiteral("h1"), 0, 0, 100, 100)}, 20.0);
        QVERIFY(planner);
        auto inside = planner->plan({50, 50}, {1000, 0}, kLongRange);
        QVERIFY(!inside);
        QVERIFY2(inside.error().toString().contains(QStringLiteral("zone h1 (h1)")), qPrintable(inside.error().toString()));
        // Outside the zone but within its clearance.
        auto near = planner->plan({1000, 0}, {110, 50}, kLongRange);
        QVERIFY(!near);
        QVERIFY(near.error().toString().contains(QStringLiteral("destination")));
        QVERIFY(planner->plan({1000, 0}, {130, 50}, kLongRange));
    }

    void enclosedDestinationIsUnreachable()
    {
        // A ring-shaped zone (outline with a hole): the hole is outside the zone but closed in.
        NoFlyZone ring{QStringLiteral("crowd"), QStringLiteral("festival"), QStringLiteral("crowd"),
                       {{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}}, {{300, 300}, {700, 300}, {700, 700}, {300, 700}}}};
        auto planner = DronePlanner::create({ring}, 10.0);
        QVERIFY(planner);
        QCOMPARE(planner->zoneAt({500, 500}), -1);
        auto path = planner->plan({-500, -500}, {500, 500}, kLongRange);
        QVERIFY(!path);
        QVERIFY2(path.error().toString().contains(QStringLiteral("corridor")), qPrintable(path.error().toString()));
    }

    void badZonesAreRefused()
    {
        auto line = DronePlanner::create({NoFlyZone{QStringLiteral("z9"), {}, {}, {{{0, 0}, {10, 0}, {0, 0}}}}});
        QVERIFY(!line);
        QVERIFY(line.error().toString().contains(QStringLiteral("z9")));
        QVERIFY(!DronePlanner::create({square(QStringLiteral("a"), 0, 0, 1, 1)}, 0.0));
    }
};

QTEST_GUILESS_MAIN(TestDronePlanner)
#include "tst_droneplanner.moc"
