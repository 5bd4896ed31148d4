// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Subscription matching against brute force: every area tested for every point, polygons through
// GDAL/GEOS (an implementation that is not ours), radii by distance.
#include "ct/safety/areamatcher.h"

#include <QRandomGenerator>
#include <QtTest>

#include <ogr_geometry.h>

#include <cmath>
#include <numbers>

using namespace ct;
using namespace ct::safety;

namespace {

/// A star-shaped (so concave) polygon around `c`, optionally with a square hole, optionally two parts.
geo::Geometry randomPolygon(QRandomGenerator &rng, geo::Point c, double size, bool hole, bool twoParts)
{
    auto star = [&](geo::Point centre) {
        std::vector<geo::Point> ring;
        const int n = 5 + int(rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            const double a = 2 * std::numbers::pi * i / n;
            const double r = size * (0.4 + 0.6 * rng.generateDouble());
            ring.push_back({centre.x + r * std::cos(a), centre.y + r * std::sin(a)});
        }
        ring.push_back(ring.front());
        return ring;
    };
    std::vector<std::vector<std::vector<geo::Point>>> parts;
    std::vector<std::vector<geo::Point>> first{star(c)};
    if (hole) {
        const double h = size * 0.15;
        first.push_back({{c.x - h, c.y - h}, {c.x - h, c.y + h}, {c.x + h, c.y + h}, {c.x + h, c.y - h}, {c.x - h, c.y - h}});
    }
    parts.push_back(first);
    if (twoParts)
        parts.push_back({star({c.x + 3 * size, c.y})});
    return geo::Geometry::multiPolygon(parts);
}

std::unique_ptr<OGRGeometry> toOgr(const geo::Geometry &g)
{
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (int part = 0; part < g.partCount(); ++part) {
        auto *poly = new OGRPolygon;
        for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r) {
            auto *ring = new OGRLinearRing;
            for (const auto &p : g.ring(r))
                ring->addPoint(p.x, p.y);
            poly->addRingDirectly(ring);
        }
        mp->addGeometryDirectly(poly);
    }
    return mp;
}

} // namespace

class TestAreaMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("areas");
        QTest::addColumn<double>("size");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("few large") << 12 << 1500.0 << 1u;
        QTest::newRow("many small") << 800 << 150.0 << 2u;
        QTest::newRow("mixed sizes") << 300 << 600.0 << 3u;
        QTest::newRow("one area") << 1 << 500.0 << 4u;
    }
    void matchesBruteForce()
    {
        QFETCH(int, areas);
        QFETCH(double, size);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        std::vector<SubscriptionArea> list;
        std::vector<std::unique_ptr<OGRGeometry>> ogr;
        for (int i = 0; i < areas; ++i) {
            SubscriptionArea a;
            a.areaId = QString::number(i);
            const geo::Point c{rng.bounded(10000.0), rng.bounded(10000.0)};
            const double s = size * (0.3 + rng.generateDouble());
            switch (i % 4) {
            case 0:
                a.kind = SubscriptionArea::Kind::Radius;
                a.centre = c;
                a.radiusMetres = s;
                break;
            case 1:
                a.kind = SubscriptionArea::Kind::SchoolDistrict;
                a.polygon = randomPolygon(rng, c, s, false, false);
                break;
            case 2:
                a.kind = SubscriptionArea::Kind::Neighbourhood;
                a.polygon = randomPolygon(rng, c, s, true, false);
                break;
            default:
                a.kind = SubscriptionArea::Kind::Polygon;
                a.polygon = randomPolygon(rng, c, s, i % 8 == 3, true);
                break;
            }
            ogr.push_back(a.kind == SubscriptionArea::Kind::Radius ? nullptr : toOgr(a.polygon));
            list.push_back(a);
        }
        const AreaMatcher matcher(list);
        int hits = 0;
        for (int k = 0; k < 4000; ++k) {
            const geo::Point p{rng.bounded(12000.0) - 1000.0, rng.bounded(12000.0) - 1000.0};
            std::vector<int> expected;
            OGRPoint point(p.x, p.y);
            for (int i = 0; i < int(list.size()); ++i) {
                const bool inside = list[i].kind == SubscriptionArea::Kind::Radius
                                        ? std::hypot(p.x - list[i].centre.x, p.y - list[i].centre.y) <= list[i].radiusMetres
                                        : point.Within(ogr[i].get());
                if (inside)
                    expected.push_back(i);
            }
            const std::vector<int> got = matcher.match(p);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("point %1, %2: %3 vs %4 areas").arg(p.x).arg(p.y).arg(got.size()).arg(expected.size())));
            hits += int(got.size());
        }
        QVERIFY(hits > 0);  // the test covers matches, not only misses
    }

    void emptyMatcherMatchesNothing()
    {
        const AreaMatcher matcher;
        QVERIFY(matcher.match({1, 2}).empty());
    }
};

QTEST_GUILESS_MAIN(TestAreaMatcher)
#include "tst_areamatcher.moc"
