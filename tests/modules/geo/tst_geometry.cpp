// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/geometry.h"

#include <QtTest>

using ct::geo::Geometry;
using ct::geo::Point;
using Ring = std::vector<Point>;

Q_DECLARE_METATYPE(Ring)
Q_DECLARE_METATYPE(ct::geo::Point)

/// \brief The planar measures the console uses on footprints and routes.
class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void signedArea_data();
    void signedArea();
    void length_data();
    void length();
    void polygonContains_data();
    void polygonContains();
    void multiPolygonParts();
    void envelope();
};

void TestGeometry::signedArea_data()
{
    QTest::addColumn<Ring>("ring");
    QTest::addColumn<double>("area");
    QTest::newRow("counter-clockwise square") << Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}} << 100.0;
    QTest::newRow("clockwise square") << Ring{{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}} << -100.0;
    QTest::newRow("open ring") << Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}} << 100.0;
    QTest::newRow("triangle far from origin") << Ring{{50000, 30000}, {50004, 30000}, {50000, 30003}} << 6.0;
    QTest::newRow("two points") << Ring{{0, 0}, {1, 1}} << 0.0;
    QTest::newRow("empty") << Ring{} << 0.0;
}

void TestGeometry::signedArea()
{
    QFETCH(Ring, ring);
    QFETCH(double, area);
    QCOMPARE(ct::geo::signedArea(ring), area);
}

void TestGeometry::length_data()
{
    QTest::addColumn<Ring>("line");
    QTest::addColumn<double>("expected");
    QTest::newRow("3-4-5") << Ring{{0, 0}, {3, 4}} << 5.0;
    QTest::newRow("two legs") << Ring{{0, 0}, {3, 4}, {3, 10}} << 11.0;
    QTest::newRow("single point") << Ring{{1, 1}} << 0.0;
    QTest::newRow("empty") << Ring{} << 0.0;
}

void TestGeometry::length()
{
    QFETCH(Ring, line);
    QFETCH(double, expected);
    QCOMPARE(ct::geo::length(line), expected);
}

void TestGeometry::polygonContains_data()
{
    QTest::addColumn<Point>("point");
    QTest::addColumn<bool>("inside");
    QTest::newRow("inside the shell") << Point{1, 1} << true;
    QTest::newRow("inside the hole") << Point{5, 5} << false;
    QTest::newRow("between hole and shell") << Point{8.5, 5} << true;
    QTest::newRow("outside left") << Point{-1, 5} << false;
    QTest::newRow("outside above") << Point{5, 11} << false;
    QTest::newRow("level with a vertex") << Point{5, 10.5} << false;
}

void TestGeometry::polygonContains()
{
    QFETCH(Point, point);
    QFETCH(bool, inside);
    const auto polygon = Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                           {{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}}});
    QCOMPARE(ct::geo::polygonContains(polygon, 0, point), inside);
}

void TestGeometry::multiPolygonParts()
{
    const auto mp = Geometry::multiPolygon({{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}},
                                           {{{10, 10}, {20, 10}, {20, 20}, {10, 20}, {10, 10}},
                                            {{12, 12}, {12, 14}, {14, 14}, {12, 12}}}});
    QCOMPARE(mp.partCount(), 2);
    QCOMPARE(mp.ringCount(), 3);
    QCOMPARE(mp.firstRingOfPart(1), 1);
    QCOMPARE(mp.endRingOfPart(1), 3);
    QVERIFY(ct::geo::polygonContains(mp, 1, Point{18, 18}));
    QVERIFY(!ct::geo::polygonContains(mp, 0, Point{18, 18}));
}

void TestGeometry::envelope()
{
    const auto line = Geometry::lineString({{3, -2}, {-1, 5}, {7, 1}});
    const auto e = line.envelope();
    QCOMPARE(e.minX, -1.0);
    QCOMPARE(e.maxX, 7.0);
    QCOMPARE(e.minY, -2.0);
    QCOMPARE(e.maxY, 5.0);
    QVERIFY(Geometry().envelope().isEmpty());
}

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
