// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/scene/extrusion.h"
#include "ct/scene/featurepicker.h"

#include <QtTest>

using namespace ct;
using namespace ct::scene;

namespace {

geo::Geometry square(double x, double y, double size)
{
    return geo::Geometry::polygon({{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}});
}

/// Three buildings in a row along x: [0,10] 10 m, [20,30] 20 m, [40,50] 5 m tall, y in [0,10].
BuildingMesh threeInARow(bool roofsOnly)
{
    static const std::vector<geo::Geometry> footprints = {square(0, 0, 10), square(20, 0, 10), square(40, 0, 10)};
    static const std::vector<float> heights = {10.0f, 20.0f, 5.0f};
    ExtrusionOptions options;
    options.roofsOnly = roofsOnly;
    options.tilesPerSide = 2;
    return BuildingExtruder::extrude(footprints, heights, options);
}

} // namespace

class TestFeaturePicker : public QObject
{
    Q_OBJECT

private slots:
    void downwardRays_data();
    void downwardRays();
    void nearestOfTwoInARow_data();
    void nearestOfTwoInARow();
    void roofsOnlyMesh();
    void manyTiles();
    void emptyScene();
};

void TestFeaturePicker::downwardRays_data()
{
    QTest::addColumn<float>("x");
    QTest::addColumn<float>("y");
    QTest::addColumn<int>("feature");  // -1: miss
    QTest::addColumn<float>("z");

    QTest::newRow("first building") << 5.0f << 5.0f << 0 << 10.0f;
    QTest::newRow("second building, off centre") << 21.0f << 9.5f << 1 << 20.0f;
    QTest::newRow("third building") << 45.0f << 2.0f << 2 << 5.0f;
    QTest::newRow("on the roof diagonal") << 27.0f << 7.0f << 1 << 20.0f;
    QTest::newRow("between first and second") << 15.0f << 5.0f << -1 << 0.0f;
    QTest::newRow("between second and third") << 35.0f << 5.0f << -1 << 0.0f;
    QTest::newRow("north of the row") << 25.0f << 12.0f << -1 << 0.0f;
    QTest::newRow("far away") << 500.0f << 500.0f << -1 << 0.0f;
}

void TestFeaturePicker::downwardRays()
{
    QFETCH(float, x);
    QFETCH(float, y);
    QFETCH(int, feature);
    QFETCH(float, z);
    const BuildingMesh mesh = threeInARow(false);
    const FeaturePicker picker(mesh.tiles);
    const float from[3] = {x, y, 100.0f};
    const float to[3] = {x, y, -1.0f};
    const auto hit = picker.pick(from, to);
    if (feature < 0) {
        QVERIFY(!hit);
        return;
    }
    QVERIFY(hit);
    QCOMPARE(int(hit->feature), feature);
    QCOMPARE(hit->z, z);
    QCOMPARE(hit->x, x);
    QCOMPARE(hit->y, y);
    QCOMPARE(hit->distance, 100.0f - z);
}

void TestFeaturePicker::nearestOfTwoInARow_data()
{
    QTest::addColumn<QVector<float>>("from");
    QTest::addColumn<QVector<float>>("to");
    QTest::addColumn<int>("feature");
    QTest::addColumn<float>("distance");

    QTest::newRow("eastwards at 3 m") << QVector<float>{-10, 5, 3} << QVector<float>{60, 5, 3} << 0 << 10.0f;
    QTest::newRow("westwards at 3 m") << QVector<float>{60, 5, 3} << QVector<float>{-10, 5, 3} << 2 << 10.0f;
    // Above the first (10 m) and the third (5 m) building: only the middle one is tall enough.
    QTest::newRow("eastwards at 15 m") << QVector<float>{-10, 5, 15} << QVector<float>{60, 5, 15} << 1 << 30.0f;
    QTest::newRow("westwards at 15 m") << QVector<float>{60, 5, 15} << QVector<float>{-10, 5, 15} << 1 << 30.0f;
    // Oblique, from high in the east, down through the second building's roof first.
    QTest::newRow("oblique from the east") << QVector<float>{35, 5, 30} << QVector<float>{5, 5, 0} << 1
                                           << float(std::hypot(10.0, 10.0));
}

void TestFeaturePicker::nearestOfTwoInARow()
{
    QFETCH(QVector<float>, from);
    QFETCH(QVector<float>, to);
    QFETCH(int, feature);
    QFETCH(float, distance);
    const BuildingMesh mesh = threeInARow(false);
    const FeaturePicker picker(mesh.tiles);
    const auto hit = picker.pick(from.constData(), to.constData());
    QVERIFY(hit);
    QCOMPARE(int(hit->feature), feature);
    QVERIFY2(std::abs(hit->distance - distance) < 1e-3f,
             qPrintable(QStringLiteral("distance %1, expected %2").arg(hit->distance).arg(distance)));
}

void TestFeaturePicker::roofsOnlyMesh()
{
    const BuildingMesh mesh = threeInARow(true);
    const FeaturePicker picker(mesh.tiles);
    const float from[3] = {25.0f, 5.0f, 50.0f};
    const float to[3] = {25.0f, 5.0f, -50.0f};
    const auto hit = picker.pick(from, to);
    QVERIFY(hit);
    QCOMPARE(hit->feature, 1u);
    QCOMPARE(hit->z, 20.0f);
    // No walls in 2D: a horizontal ray at 3 m passes through.
    const float west[3] = {-10.0f, 5.0f, 3.0f};
    const float east[3] = {60.0f, 5.0f, 3.0f};
    QVERIFY(!picker.pick(west, east));
}

void TestFeaturePicker::manyTiles()
{
    // 40 × 40 buildings of different heights over 16 × 16 tiles (KD-trees built in parallel):
    // a ray down on each building's centre names that building and its roof height.
    std::vector<geo::Geometry> footprints;
    std::vector<float> heights;
    const geo::Point origin{30000.0, 10000.0};
    for (int j = 0; j < 40; ++j) {
        for (int i = 0; i < 40; ++i) {
            if ((i + j) % 7 == 3)
                footprints.push_back(geo::Geometry::polygon({{{origin.x + i * 12.0, origin.y + j * 12.0},
                                                              {origin.x + i * 12.0 + 8, origin.y + j * 12.0},
                                                              {origin.x + i * 12.0 + 8, origin.y + j * 12.0 + 3},
                                                              {origin.x + i * 12.0 + 3, origin.y + j * 12.0 + 3},
                                                              {origin.x + i * 12.0 + 3, origin.y + j * 12.0 + 8},
                                                              {origin.x + i * 12.0, origin.y + j * 12.0 + 8}}}));
            else
                footprints.push_back(square(origin.x + i * 12.0, origin.y + j * 12.0, 8.0));
            heights.push_back(3.0f + float((i * 7 + j * 3) % 40));
        }
    }
    ExtrusionOptions options;
    options.origin = origin;
    const BuildingMesh mesh = BuildingExtruder::extrude(footprints, heights, options);
    QCOMPARE(mesh.tiles.size(), std::size_t(256));
    const FeaturePicker picker(mesh.tiles);
    for (std::size_t f = 0; f < footprints.size(); ++f) {
        const geo::Envelope box = footprints[f].envelope();
        // 1 m inside the south-west corner: inside both the squares and the L-shapes.
        const float x = float(box.minX + 1.0 - origin.x), y = float(box.minY + 1.0 - origin.y);
        const float from[3] = {x, y, 200.0f};
        const float to[3] = {x, y, -10.0f};
        const auto hit = picker.pick(from, to);
        QVERIFY(hit);
        QCOMPARE(hit->feature, std::uint32_t(f));
        QCOMPARE(hit->z, heights[f]);
    }
    // The notch of an L-shape is empty.
    const std::size_t l = 3;  // (i + j) % 7 == 3 with j = 0, i = 3
    const geo::Envelope box = footprints[l].envelope();
    const float x = float(box.minX + 6.0 - origin.x), y = float(box.minY + 6.0 - origin.y);
    const float from[3] = {x, y, 200.0f};
    const float to[3] = {x, y, -10.0f};
    QVERIFY(!picker.pick(from, to));
}

void TestFeaturePicker::emptyScene()
{
    FeaturePicker picker(std::span<const MeshTile>{});
    const float from[3] = {0, 0, 10};
    const float to[3] = {0, 0, -10};
    QVERIFY(!picker.pick(from, to));
    FeaturePicker moved = std::move(picker);
    QVERIFY(!moved.pick(from, to));
}

QTEST_GUILESS_MAIN(TestFeaturePicker)
#include "tst_featurepicker.moc"
