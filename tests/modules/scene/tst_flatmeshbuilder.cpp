// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "meshchecks.h"

#include "ct/scene/extrusion.h"

#include <QtTest>

#include <cmath>

using namespace ct;
using namespace ct::scene;
using namespace ct::scene::test;

Q_DECLARE_METATYPE(ct::geo::Geometry)

namespace {

double planAreaOf(const std::vector<MeshTile> &tiles)
{
    double area = 0.0;
    for (const auto &t : trianglesOf(tiles))
        area += planArea(t);
    return area;
}

double lineLength(const geo::Geometry &g)
{
    double total = 0.0;
    for (int r = 0; r < g.ringCount(); ++r)
        total += geo::length(g.ring(r));
    return total;
}

} // namespace

class TestFlatMeshBuilder : public QObject
{
    Q_OBJECT

private slots:
    void ribbonArea_data();
    void ribbonArea();
    void ribbonBevelOnSharpTurn();
    void ribbonFeaturesAndTiles();
    void ribbonSkipsUnusable();
    void fills_data();
    void fills();
};

void TestFlatMeshBuilder::ribbonArea_data()
{
    QTest::addColumn<geo::Geometry>("line");
    QTest::addColumn<float>("width");
    QTest::addColumn<double>("expectedArea");  // m²
    QTest::addColumn<double>("tolerance");     // relative

    QTest::newRow("straight east") << geo::Geometry::lineString({{0, 0}, {100, 0}}) << 4.0f << 400.0 << 1e-6;
    QTest::newRow("straight diagonal") << geo::Geometry::lineString({{10, 10}, {40, 50}}) << 3.0f << 150.0 << 1e-6;
    QTest::newRow("straight with collinear points")
        << geo::Geometry::lineString({{0, 0}, {10, 0}, {10, 0}, {25, 0}, {60, 0}}) << 2.0f << 120.0 << 1e-6;
    QTest::newRow("far from origin")
        << geo::Geometry::lineString({{12000, -4000}, {12000, -3900}}) << 6.0f << 600.0 << 1e-5;
    // Mitred joints: each segment becomes a trapezoid whose midline is the centre line, so the
    // area is still length × width while the inner side does not fold over.
    QTest::newRow("right angle mitre") << geo::Geometry::lineString({{0, 0}, {20, 0}, {20, 20}}) << 2.0f << 80.0 << 1e-6;
    QTest::newRow("gentle zigzag")
        << geo::Geometry::lineString({{0, 0}, {30, 5}, {60, -5}, {90, 10}, {120, 0}}) << 3.0f
        << 3.0 * lineLength(geo::Geometry::lineString({{0, 0}, {30, 5}, {60, -5}, {90, 10}, {120, 0}})) << 1e-6;
    QTest::newRow("two lines")
        << geo::Geometry::multiLineString({{{0, 0}, {10, 0}}, {{0, 20}, {0, 50}}}) << 1.0f << 40.0 << 1e-6;
    // A polygon gives an outline along each ring: (11² − 9²) for a 10 m square, 1 m wide.
    QTest::newRow("square outline") << geo::Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}) << 1.0f
                                    << 40.0 << 1e-6;
    QTest::newRow("clockwise outline") << geo::Geometry::polygon({{{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}}) << 1.0f
                                       << 40.0 << 1e-6;
}

void TestFlatMeshBuilder::ribbonArea()
{
    QFETCH(geo::Geometry, line);
    QFETCH(float, width);
    QFETCH(double, expectedArea);
    QFETCH(double, tolerance);
    const geo::Point origin = line.envelope().center();
    const float widths[] = {width};
    const auto tiles = FlatMeshBuilder::ribbons({&line, 1}, widths, 0.25f, origin, 8);
    QVERIFY(!tiles.empty());
    for (const auto &t : trianglesOf(tiles)) {
        QVERIFY(planArea(t) >= 0.0);  // counter-clockwise from above
        for (const auto &v : t)
            QCOMPARE(v[2], 0.25);
    }
    const double area = planAreaOf(tiles);
    QVERIFY2(std::abs(area - expectedArea) <= tolerance * expectedArea,
             qPrintable(QStringLiteral("ribbon area %1, expected %2").arg(area).arg(expectedArea)));
}

void TestFlatMeshBuilder::ribbonBevelOnSharpTurn()
{
    // A 160° hairpin: a mitre would reach out ~5.8 half-widths, so the joint is bevelled. The
    // area then lies between the two ribbons' union and their sum plus the bevel wedge.
    const geo::Geometry line = geo::Geometry::lineString({{0, 0}, {50, 0}, {50.0 - 50.0 * std::cos(0.349), 50.0 * std::sin(0.349)}});
    const float widths[] = {2.0f};
    const auto tiles = FlatMeshBuilder::ribbons({&line, 1}, widths, 0.0f, {}, 1);
    double maxAbsX = 0.0;
    for (const auto &t : trianglesOf(tiles)) {
        QVERIFY(planArea(t) >= 0.0);
        for (const auto &v : t)
            maxAbsX = std::max(maxAbsX, v[0]);
    }
    QVERIFY2(maxAbsX < 51.0 + 1e-4, qPrintable(QStringLiteral("joint reaches x = %1").arg(maxAbsX)));
    const double sum = 100.0 * 2.0;
    const double area = planAreaOf(tiles);
    QVERIFY(area > 0.9 * sum);
    QVERIFY(area < sum + 2.0);  // the wedge is at most half a width squared
}

void TestFlatMeshBuilder::ribbonFeaturesAndTiles()
{
    // 30 parallel streets of different widths, 4 × 4 tiles: every triangle names its street.
    std::vector<geo::Geometry> lines;
    std::vector<float> widths;
    for (int i = 0; i < 30; ++i) {
        lines.push_back(geo::Geometry::lineString({{0, i * 20.0}, {100, i * 20.0 + 3}}));
        widths.push_back(1.0f + float(i % 4));
    }
    const auto tiles = FlatMeshBuilder::ribbons(lines, widths, 0.1f, {}, 4);
    std::vector<double> areaOf(lines.size(), 0.0);
    for (const auto &tile : tiles) {
        QCOMPARE(tile.triangleFeature.size(), tile.triangleCount());
        for (std::size_t t = 0; t < tile.triangleCount(); ++t) {
            const auto f = tile.triangleFeature[t];
            const Triangle tri{vertexOf(tile, tile.indices[3 * t]), vertexOf(tile, tile.indices[3 * t + 1]),
                               vertexOf(tile, tile.indices[3 * t + 2])};
            areaOf[f] += planArea(tri);
            for (const auto &v : tri) {
                QVERIFY(std::abs(v[1] - (f * 20.0 + v[0] * 0.03)) <= widths[f] / 2.0 * 1.001 + 1e-4);
                QVERIFY(tile.bounds.contains({v[0], v[1]}));
            }
        }
    }
    for (std::size_t f = 0; f < lines.size(); ++f) {
        const double expected = widths[f] * std::hypot(100.0, 3.0);
        // Vertices up to 600 m from the origin are floats good to ~3e-5 m: 1e-4 relative.
        QVERIFY2(std::abs(areaOf[f] - expected) <= 1e-4 * expected,
                 qPrintable(QStringLiteral("street %1: area %2, expected %3").arg(f).arg(areaOf[f], 0, 'g', 12).arg(expected, 0, 'g', 12)));
    }
}

void TestFlatMeshBuilder::ribbonSkipsUnusable()
{
    const std::vector<geo::Geometry> lines = {
        geo::Geometry::lineString({{0, 0}, {0, 0}}),  // one distinct point
        geo::Geometry::point({1, 1}),
        geo::Geometry::lineString({{0, 0}, {10, 0}}),  // width 0 below
        geo::Geometry::lineString({{0, 5}, {10, 5}}),
    };
    const std::vector<float> widths = {1.0f, 1.0f, 0.0f, 2.0f};
    const auto tiles = FlatMeshBuilder::ribbons(lines, widths, 0.0f, {}, 2);
    std::size_t triangles = 0;
    for (const auto &tile : tiles) {
        triangles += tile.triangleCount();
        for (const auto f : tile.triangleFeature)
            QCOMPARE(f, 3u);
    }
    QCOMPARE(triangles, std::size_t(2));
    QCOMPARE(planAreaOf(tiles), 20.0);
}

void TestFlatMeshBuilder::fills_data()
{
    QTest::addColumn<geo::Geometry>("polygon");
    QTest::addColumn<double>("expectedArea");
    QTest::newRow("square") << geo::Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}) << 100.0;
    QTest::newRow("L-shape clockwise")
        << geo::Geometry::polygon({{{0, 0}, {0, 5}, {2, 5}, {2, 2}, {6, 2}, {6, 0}, {0, 0}}}) << 18.0;
    QTest::newRow("hole") << geo::Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                                     {{3, 3}, {3, 7}, {7, 7}, {7, 3}, {3, 3}}})
                          << 84.0;
    QTest::newRow("two holes") << geo::Geometry::polygon({{{0, 0}, {20, 0}, {20, 10}, {0, 10}, {0, 0}},
                                                          {{2, 2}, {8, 2}, {8, 8}, {2, 8}, {2, 2}},
                                                          {{12, 2}, {18, 2}, {15, 8}, {12, 2}}})
                               << 200.0 - 36.0 - 18.0;
    QTest::newRow("multipolygon") << geo::Geometry::multiPolygon({{{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}},
                                                                  {{{10, 10}, {13, 10}, {10, 14}, {10, 10}}}})
                                  << 16.0 + 6.0;
}

void TestFlatMeshBuilder::fills()
{
    QFETCH(geo::Geometry, polygon);
    QFETCH(double, expectedArea);
    QCOMPARE(shoelaceArea(polygon), expectedArea);  // the table itself is right
    const auto tiles = FlatMeshBuilder::fills({&polygon, 1}, 0.05f, {}, 4);
    QCOMPARE(tiles.size(), std::size_t(1));
    const auto triangles = trianglesOf(tiles);
    for (const auto &t : triangles) {
        QVERIFY(planArea(t) >= 0.0);
        for (const auto &v : t)
            QCOMPARE(v[2], double(0.05f));
    }
    for (const auto f : tiles[0].triangleFeature)
        QCOMPARE(f, 0u);
    QVERIFY(std::abs(planAreaOf(tiles) - expectedArea) <= 1e-6 * expectedArea);
    // Holes stay empty.
    const geo::Envelope box = polygon.envelope();
    // Sample offsets chosen so that no sample falls on a triangle edge (where it would count 0).
    for (int i = 0; i < 31; ++i) {
        for (int j = 0; j < 29; ++j) {
            const geo::Point p{box.minX + box.width() * (i + 0.4142) / 31.0, box.minY + box.height() * (j + 0.2718) / 29.0};
            bool inside = false;
            for (int part = 0; part < polygon.partCount(); ++part)
                inside = inside || geo::polygonContains(polygon, part, p);
            QCOMPARE(coverCount(triangles, p.x, p.y), inside ? 1 : 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestFlatMeshBuilder)
#include "tst_flatmeshbuilder.moc"
