// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "meshchecks.h"

#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/scene/extrusion.h"

#include <QtTest>

#include <gdal.h>
#include <ogr_api.h>

#include <cmath>
#include <limits>
#include <set>

using namespace ct;
using namespace ct::scene;
using namespace ct::scene::test;
using Rings = std::vector<std::vector<geo::Point>>;

Q_DECLARE_METATYPE(ct::geo::Geometry)

namespace {

geo::Geometry square(double x, double y, double size)
{
    return geo::Geometry::polygon({{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}});
}

/// Plan area of the horizontal roof triangles, the enclosed volume and closedness of feature f.
struct Measures
{
    double roofArea = 0, volume = 0;
    bool closed = false;
    QString why;
};

Measures measure(std::span<const MeshTile> tiles, long feature = -1)
{
    Measures m;
    const auto triangles = trianglesOf(tiles, feature);
    m.roofArea = roofArea(triangles);
    m.volume = signedVolume(triangles);
    m.closed = isClosedWithFloor(triangles, &m.why);
    return m;
}

} // namespace

class TestBuildingExtruder : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void unitSquareCounts();
    void wallsFaceOutwards();
    void roofsOnly_data();
    void roofsOnly();
    void fastPathMatchesTessellator();
    void degenerateFootprintsSkipped();
    void heightFallback();
    void tiling();
    void deterministic();
    void realOsmBuildings();
};

void TestBuildingExtruder::shapes_data()
{
    QTest::addColumn<geo::Geometry>("footprint");
    QTest::addColumn<float>("height");
    QTest::addColumn<bool>("fastPath");
    QTest::addColumn<int>("expectedTriangles");  // -1: not fixed (GLU's choice)

    const geo::Geometry unit = square(0, 0, 1);
    const geo::Geometry clockwise = geo::Geometry::polygon({{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}});
    const geo::Geometry open = geo::Geometry::polygon({{{0, 0}, {1, 0}, {1, 1}, {0, 1}}});  // no closing point
    const geo::Geometry triangle = geo::Geometry::polygon({{{0, 0}, {4, 0}, {1, 3}, {0, 0}}});
    const geo::Geometry lShape = geo::Geometry::polygon({{{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 5}, {0, 5}, {0, 0}}});
    const geo::Geometry withHole = geo::Geometry::polygon(
        {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{3, 3}, {3, 7}, {7, 7}, {7, 3}, {3, 3}}});
    const geo::Geometry holeWrongWay = geo::Geometry::polygon(
        {{{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}, {{3, 3}, {7, 3}, {7, 7}, {3, 7}, {3, 3}}});
    const geo::Geometry concaveQuad = geo::Geometry::polygon({{{0, 0}, {4, 0}, {1, 1}, {0, 4}, {0, 0}}});
    const geo::Geometry twoParts = geo::Geometry::multiPolygon(
        {{{{0, 0}, {3, 0}, {3, 3}, {0, 3}, {0, 0}}}, {{{10, 0}, {12, 0}, {12, 5}, {10, 5}, {10, 0}}}});
    // Far from the origin as in a metric CRS (EPSG:6677 around Tsukuba), with repeated points.
    geo::Geometry farAway = geo::Geometry::polygon({{{12000.0, -4000.0},
                                                     {12000.0, -4000.0},
                                                     {12030.5, -4000.0},
                                                     {12030.5, -3980.25},
                                                     {12015.0, -3970.0},
                                                     {12000.0, -3980.25},
                                                     {12000.0, -4000.0}}});

    for (const bool fast : {true, false}) {
        const char *path = fast ? "fan" : "osg";
        QTest::addRow("unit square/%s", path) << unit << 10.0f << fast << 10;
        QTest::addRow("clockwise square/%s", path) << clockwise << 10.0f << fast << 10;
        QTest::addRow("unclosed square/%s", path) << open << 3.0f << fast << 10;
        QTest::addRow("triangle/%s", path) << triangle << 7.5f << fast << 7;
        QTest::addRow("concave quad/%s", path) << concaveQuad << 4.0f << fast << 10;
        QTest::addRow("L-shape/%s", path) << lShape << 12.0f << fast << 16;
        QTest::addRow("hole/%s", path) << withHole << 20.0f << fast << 24;
        QTest::addRow("hole wound wrongly/%s", path) << holeWrongWay << 20.0f << fast << 24;
        QTest::addRow("multipolygon/%s", path) << twoParts << 9.0f << fast << 20;
        QTest::addRow("far from origin/%s", path) << farAway << 31.0f << fast << -1;
    }
}

void TestBuildingExtruder::shapes()
{
    QFETCH(geo::Geometry, footprint);
    QFETCH(float, height);
    QFETCH(bool, fastPath);
    QFETCH(int, expectedTriangles);

    ExtrusionOptions options;
    options.convexFastPath = fastPath;
    options.tilesPerSide = 4;
    const float heights[] = {height};
    const BuildingMesh mesh = BuildingExtruder::extrude({&footprint, 1}, heights, options);

    QCOMPARE(mesh.buildingCount, std::size_t(1));
    QCOMPARE(mesh.skippedCount, std::size_t(0));
    QCOMPARE(mesh.tiles.size(), std::size_t(1));  // one building, one tile
    const MeshTile &tile = mesh.tiles.front();
    QCOMPARE(mesh.triangleCount, tile.triangleCount());
    if (expectedTriangles >= 0)
        QCOMPARE(int(tile.triangleCount()), expectedTriangles);
    QCOMPARE(tile.triangleFeature.size(), tile.triangleCount());
    for (const auto f : tile.triangleFeature)
        QCOMPARE(f, 0u);
    QCOMPARE(tile.minZ, 0.0f);
    QCOMPARE(tile.maxZ, height);

    const double area = shoelaceArea(footprint);
    const Measures m = measure(mesh.tiles);
    QVERIFY2(std::abs(m.roofArea - area) <= 1e-6 * area, qPrintable(QStringLiteral("roof %1, polygon %2").arg(m.roofArea).arg(area)));
    QVERIFY2(std::abs(m.volume - area * height) <= 1e-6 * area * height,
             qPrintable(QStringLiteral("volume %1, expected %2").arg(m.volume).arg(area * height)));
    QVERIFY2(m.closed, qPrintable(m.why));

    // Every roof triangle faces up; the roof covers each polygon point exactly once and nothing
    // outside it.
    const auto triangles = trianglesOf(mesh.tiles);
    std::vector<Triangle> roof;
    for (const auto &t : triangles) {
        if (isHorizontal(t) && t[0][2] > 0.0) {
            QVERIFY(planArea(t) >= 0.0);
            roof.push_back(t);
        }
    }
    const geo::Envelope box = footprint.envelope();
    // Sample offsets chosen so that no sample falls on a triangle edge (where it would count 0).
    for (int i = 0; i < 23; ++i) {
        for (int j = 0; j < 19; ++j) {
            const geo::Point p{box.minX - 0.5 + (box.width() + 1.0) * (i + 0.4142) / 23.0,
                               box.minY - 0.5 + (box.height() + 1.0) * (j + 0.2718) / 19.0};
            bool inside = false;
            for (int part = 0; part < footprint.partCount(); ++part)
                inside = inside || geo::polygonContains(footprint, part, p);
            QCOMPARE(coverCount(roof, p.x, p.y), inside ? 1 : 0);
        }
    }
}

void TestBuildingExtruder::unitSquareCounts()
{
    const geo::Geometry footprint = square(0, 0, 1);
    const float heights[] = {10.0f};
    const BuildingMesh mesh = BuildingExtruder::extrude({&footprint, 1}, heights, ExtrusionOptions{});
    QCOMPARE(mesh.tiles.size(), std::size_t(1));
    QCOMPARE(mesh.tiles[0].vertexCount(), std::size_t(8));  // 2 per ring point, shared
    QCOMPARE(mesh.tiles[0].triangleCount(), std::size_t(10));
    const auto triangles = trianglesOf(mesh.tiles);
    int roofs = 0, walls = 0;
    for (const auto &t : triangles)
        (isHorizontal(t) ? roofs : walls) += 1;
    QCOMPARE(roofs, 2);
    QCOMPARE(walls, 8);
    QCOMPARE(signedVolume(triangles), 10.0);
    QCOMPARE(mesh.tiles[0].bounds.minX, 0.0);
    QCOMPARE(mesh.tiles[0].bounds.maxX, 1.0);
    QCOMPARE(mesh.tiles[0].bounds.minY, 0.0);
    QCOMPARE(mesh.tiles[0].bounds.maxY, 1.0);
}

void TestBuildingExtruder::wallsFaceOutwards()
{
    // A square with a square hole: outer walls face away from the centre, hole walls towards it.
    const geo::Geometry footprint = geo::Geometry::polygon(
        {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{3, 3}, {7, 3}, {7, 7}, {3, 7}, {3, 3}}});
    const float heights[] = {5.0f};
    const BuildingMesh mesh = BuildingExtruder::extrude({&footprint, 1}, heights, ExtrusionOptions{});
    int outer = 0, inner = 0;
    for (const auto &t : trianglesOf(mesh.tiles)) {
        if (isHorizontal(t))
            continue;
        const double ux = t[1][0] - t[0][0], uy = t[1][1] - t[0][1], uz = t[1][2] - t[0][2];
        const double vx = t[2][0] - t[0][0], vy = t[2][1] - t[0][1], vz = t[2][2] - t[0][2];
        const double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz;
        const double cx = (t[0][0] + t[1][0] + t[2][0]) / 3.0 - 5.0, cy = (t[0][1] + t[1][1] + t[2][1]) / 3.0 - 5.0;
        const double outward = nx * cx + ny * cy;  // > 0: faces away from the centre
        const bool onHole = std::abs(cx) < 2.5 && std::abs(cy) < 2.5;
        if (onHole) {
            QVERIFY(outward < 0.0);
            ++inner;
        } else {
            QVERIFY(outward > 0.0);
            ++outer;
        }
    }
    QCOMPARE(outer, 8);
    QCOMPARE(inner, 8);
}

void TestBuildingExtruder::roofsOnly_data()
{
    QTest::addColumn<geo::Geometry>("footprint");
    QTest::addColumn<int>("roofTriangles");
    QTest::addColumn<int>("vertices");
    QTest::newRow("square") << square(0, 0, 1) << 2 << 4;
    QTest::newRow("L-shape") << geo::Geometry::polygon({{{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 5}, {0, 5}, {0, 0}}}) << 4 << 6;
    QTest::newRow("hole") << geo::Geometry::polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
                                                     {{3, 3}, {3, 7}, {7, 7}, {7, 3}, {3, 3}}})
                          << 8 << 8;
}

void TestBuildingExtruder::roofsOnly()
{
    QFETCH(geo::Geometry, footprint);
    QFETCH(int, roofTriangles);
    QFETCH(int, vertices);
    ExtrusionOptions options;
    options.roofsOnly = true;
    const float heights[] = {12.5f};
    const BuildingMesh mesh = BuildingExtruder::extrude({&footprint, 1}, heights, options);
    QCOMPARE(mesh.tiles.size(), std::size_t(1));
    const MeshTile &tile = mesh.tiles[0];
    QCOMPARE(int(tile.triangleCount()), roofTriangles);
    QCOMPARE(int(tile.vertexCount()), vertices);
    for (std::size_t i = 2; i < tile.positions.size(); i += 3)
        QCOMPARE(tile.positions[i], 12.5f);  // roofs stay at their height so 2D picks still work
    QCOMPARE(tile.minZ, 12.5f);
    QCOMPARE(tile.maxZ, 12.5f);
    const auto triangles = trianglesOf(mesh.tiles);
    for (const auto &t : triangles)
        QVERIFY(planArea(t) > 0.0);
    QVERIFY(std::abs(roofArea(triangles) - shoelaceArea(footprint)) < 1e-9);
}

void TestBuildingExtruder::fastPathMatchesTessellator()
{
    // Random convex quads and triangles: same triangle count, same area, and the same points
    // covered once, whether fanned or tessellated by GLU.
    std::vector<geo::Geometry> footprints;
    quint32 seed = 12345;
    auto random = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return double(seed >> 8) / double(1 << 24);
    };
    for (int i = 0; i < 200; ++i) {
        const double cx = random() * 1000.0, cy = random() * 1000.0, r = 2.0 + random() * 10.0;
        const int corners = i % 3 == 0 ? 3 : 4;
        std::vector<geo::Point> ring;
        double angle = random();
        for (int c = 0; c < corners; ++c) {
            angle += 6.283185307179586 / corners * (0.7 + 0.6 * random() * (c + 1 < corners ? 1 : 0));
            ring.push_back({cx + r * std::cos(angle), cy + r * std::sin(angle)});
        }
        ring.push_back(ring.front());
        footprints.push_back(geo::Geometry::polygon({ring}));
    }
    const std::vector<float> heights(footprints.size(), 8.0f);
    // Origin in the middle keeps the float coordinates within ±500 m (precision ~3e-5 m).
    ExtrusionOptions fast, slow;
    fast.origin = slow.origin = {500.0, 500.0};
    fast.tilesPerSide = slow.tilesPerSide = 3;
    slow.convexFastPath = false;
    const BuildingMesh a = BuildingExtruder::extrude(footprints, heights, fast);
    const BuildingMesh b = BuildingExtruder::extrude(footprints, heights, slow);
    QCOMPARE(a.buildingCount, footprints.size());
    QCOMPARE(a.triangleCount, b.triangleCount);
    for (std::size_t f = 0; f < footprints.size(); ++f) {
        const auto ta = trianglesOf(a.tiles, long(f)), tb = trianglesOf(b.tiles, long(f));
        QCOMPARE(ta.size(), tb.size());
        const double area = shoelaceArea(footprints[f], fast.origin);
        QVERIFY(std::abs(roofArea(ta) - roofArea(tb)) <= 1e-9 * area);  // same float corners
        QVERIFY(std::abs(roofArea(ta) - area) <= 1e-5 * area);          // float rounding of the corners
        QVERIFY(std::abs(signedVolume(ta) - signedVolume(tb)) <= 1e-9 * area * 8.0);
        const geo::Envelope box = footprints[f].envelope();
        for (int s = 0; s < 40; ++s) {
            const double x = box.minX - fast.origin.x + box.width() * random();
            const double y = box.minY - fast.origin.y + box.height() * random();
            QCOMPARE(coverCount(ta, x, y), coverCount(tb, x, y));
        }
    }
}

void TestBuildingExtruder::degenerateFootprintsSkipped()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<geo::Geometry> footprints = {
        geo::Geometry{},                                                             // empty
        geo::Geometry::polygon({{{0, 0}, {1, 0}, {0, 0}}}),                          // 2 distinct points
        geo::Geometry::polygon({{{0, 0}, {1, 1}, {2, 2}, {0, 0}}}),                  // collinear: zero area
        geo::Geometry::polygon({{{5, 5}, {5, 5}, {5, 5}, {5, 5}}}),                  // one point repeated
        geo::Geometry::polygon({{{0, 0}, {1, 0}, {nan, 1}, {0, 0}}}),                // not finite
        geo::Geometry::lineString({{0, 0}, {1, 0}, {1, 1}}),                         // not a polygon
        square(20, 20, 4),                                                           // the good one
        geo::Geometry::point({3, 3}),
    };
    geo::Geometry ringless;  // a polygon part without rings
    ringless.setType(geo::GeometryType::Polygon);
    ringless.beginPart();
    footprints.push_back(ringless);
    const std::vector<float> heights(footprints.size(), 5.0f);
    const BuildingMesh mesh = BuildingExtruder::extrude(footprints, heights, ExtrusionOptions{});
    QCOMPARE(mesh.buildingCount, std::size_t(1));
    QCOMPARE(mesh.skippedCount, footprints.size() - 1);
    QCOMPARE(mesh.tiles.size(), std::size_t(1));
    QCOMPARE(mesh.triangleCount, std::size_t(10));
    for (const auto f : mesh.tiles[0].triangleFeature)
        QCOMPARE(f, 6u);

    // A degenerate hole is dropped, the building kept.
    const geo::Geometry badHole = geo::Geometry::polygon(
        {{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{3, 3}, {4, 4}, {5, 5}, {3, 3}}});
    const BuildingMesh kept = BuildingExtruder::extrude({&badHole, 1}, heights, ExtrusionOptions{});
    QCOMPARE(kept.buildingCount, std::size_t(1));
    QCOMPARE(kept.skippedCount, std::size_t(0));
    QCOMPARE(kept.triangleCount, std::size_t(10));

    const BuildingMesh none = BuildingExtruder::extrude({}, {}, ExtrusionOptions{});
    QCOMPARE(none.buildingCount, std::size_t(0));
    QVERIFY(none.tiles.empty());
}

void TestBuildingExtruder::heightFallback()
{
    const std::vector<geo::Geometry> footprints = {square(0, 0, 1), square(2, 0, 1), square(4, 0, 1),
                                                   square(6, 0, 1), square(8, 0, 1)};
    // NaN, zero and negative heights, and a heights array shorter than the footprints.
    const std::vector<float> heights = {std::numeric_limits<float>::quiet_NaN(), 0.0f, -3.0f, 17.0f};
    ExtrusionOptions options;
    options.defaultHeight = 4.5f;
    options.tilesPerSide = 1;
    const BuildingMesh mesh = BuildingExtruder::extrude(footprints, heights, options);
    QCOMPARE(mesh.buildingCount, footprints.size());
    const float expected[] = {4.5f, 4.5f, 4.5f, 17.0f, 4.5f};
    for (std::size_t f = 0; f < footprints.size(); ++f)
        QCOMPARE(measure(mesh.tiles, long(f)).volume, double(expected[f]));
}

void TestBuildingExtruder::tiling()
{
    // 12 × 12 buildings of 4 m on a 10 m pitch, 4 × 4 tiles: each building in exactly one tile,
    // every triangle of a tile lies on the footprint its triangleFeature names.
    std::vector<geo::Geometry> footprints;
    const geo::Point origin{50000.0, -20000.0};
    for (int j = 0; j < 12; ++j) {
        for (int i = 0; i < 12; ++i)
            footprints.push_back(square(origin.x + i * 10.0, origin.y + j * 10.0, 4.0));
    }
    std::vector<float> heights;
    for (std::size_t f = 0; f < footprints.size(); ++f)
        heights.push_back(3.0f + float(f % 7));
    ExtrusionOptions options;
    options.origin = origin;
    options.tilesPerSide = 4;
    const BuildingMesh mesh = BuildingExtruder::extrude(footprints, heights, options);
    QCOMPARE(mesh.buildingCount, footprints.size());
    QCOMPARE(mesh.tiles.size(), std::size_t(16));  // 3 × 3 buildings per tile

    std::vector<int> tileOfFeature(footprints.size(), -1);
    for (std::size_t t = 0; t < mesh.tiles.size(); ++t) {
        const MeshTile &tile = mesh.tiles[t];
        QCOMPARE(tile.triangleFeature.size(), tile.triangleCount());
        QCOMPARE(tile.triangleCount(), std::size_t(9 * 10));
        std::set<std::uint32_t> members(tile.triangleFeature.begin(), tile.triangleFeature.end());
        QCOMPARE(members.size(), std::size_t(9));
        for (const auto f : members) {
            QCOMPARE(tileOfFeature[f], -1);  // not in an earlier tile
            tileOfFeature[f] = int(t);
        }
        for (std::size_t tri = 0; tri < tile.triangleCount(); ++tri) {
            const auto f = tile.triangleFeature[tri];
            const geo::Envelope box = footprints[f].envelope();
            for (int k = 0; k < 3; ++k) {
                const Vertex v = vertexOf(tile, tile.indices[tri * 3 + k]);
                QVERIFY(v[0] + origin.x >= box.minX - 1e-3 && v[0] + origin.x <= box.maxX + 1e-3);
                QVERIFY(v[1] + origin.y >= box.minY - 1e-3 && v[1] + origin.y <= box.maxY + 1e-3);
                QVERIFY(v[2] == 0.0 || v[2] == double(heights[f]));
                QVERIFY(tile.bounds.contains({v[0], v[1]}));
            }
        }
        QCOMPARE(tile.minZ, 0.0f);
    }
    for (std::size_t f = 0; f < footprints.size(); ++f) {
        QVERIFY(tileOfFeature[f] >= 0);
        const Measures m = measure(mesh.tiles, long(f));
        QCOMPARE(m.volume, 16.0 * heights[f]);
        QVERIFY2(m.closed, qPrintable(m.why));
    }
}

void TestBuildingExtruder::deterministic()
{
    std::vector<geo::Geometry> footprints;
    std::vector<float> heights;
    for (int i = 0; i < 6000; ++i) {  // enough to use several threads
        const double x = (i * 37) % 997 * 3.0, y = (i * 91) % 883 * 3.0;
        if (i % 5 == 0)
            footprints.push_back(geo::Geometry::polygon({{{x, y}, {x + 2, y}, {x + 2, y + 1}, {x + 1, y + 1}, {x + 1, y + 2}, {x, y + 2}, {x, y}}}));
        else
            footprints.push_back(square(x, y, 2.0));
        heights.push_back(float(3 + i % 11));
    }
    const BuildingMesh a = BuildingExtruder::extrude(footprints, heights, ExtrusionOptions{});
    const BuildingMesh b = BuildingExtruder::extrude(footprints, heights, ExtrusionOptions{});
    QCOMPARE(a.buildingCount, footprints.size());
    QCOMPARE(a.tiles.size(), b.tiles.size());
    for (std::size_t t = 0; t < a.tiles.size(); ++t) {
        QVERIFY(a.tiles[t].positions == b.tiles[t].positions);
        QVERIFY(a.tiles[t].indices == b.tiles[t].indices);
        QVERIFY(a.tiles[t].triangleFeature == b.tiles[t].triangleFeature);
        // Input order inside a tile.
        QVERIFY(std::is_sorted(a.tiles[t].triangleFeature.begin(), a.tiles[t].triangleFeature.end()));
    }
}

void TestBuildingExtruder::realOsmBuildings()
{
    const QByteArray shared = qgetenv("CITYTWIN_SHARED_DATA");
    const QString path = QString::fromLocal8Bit(shared) + QStringLiteral("/osm/smaller_tsukuba.osm");
    if (shared.isEmpty() || !QFile::exists(path))
        QSKIP("CITYTWIN_SHARED_DATA is not set or has no osm/smaller_tsukuba.osm: real-data check skipped");

    GDALAllRegister();
    GDALDatasetH dataset = GDALOpenEx(path.toLocal8Bit().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                      nullptr, nullptr);
    QVERIFY2(dataset, "GDAL could not open the OSM file");
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, "multipolygons");
    QVERIFY(layer);
    QCOMPARE(OGR_L_SetAttributeFilter(layer, "building IS NOT NULL"), OGRERR_NONE);

    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    QVERIFY(transform.ok());
    std::vector<geo::Geometry> footprints;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        OGRGeometryH g = OGR_F_GetGeometryRef(feature);
        if (g && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon) {
            geo::Geometry footprint;
            footprint.setType(geo::GeometryType::MultiPolygon);
            for (int p = 0; p < OGR_G_GetGeometryCount(g); ++p) {
                OGRGeometryH polygon = OGR_G_GetGeometryRef(g, p);
                footprint.beginPart();
                for (int r = 0; r < OGR_G_GetGeometryCount(polygon); ++r) {
                    OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
                    footprint.beginRing();
                    for (int i = 0; i < OGR_G_GetPointCount(ring); ++i)
                        footprint.append({OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)});
                }
            }
            QVERIFY(transform->forward(footprint));
            footprints.push_back(std::move(footprint));
        }
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    QVERIFY2(footprints.size() >= 20, qPrintable(QStringLiteral("only %1 buildings read").arg(footprints.size())));

    geo::Envelope extent;
    for (const auto &f : footprints)
        extent.expand(f.envelope());
    ExtrusionOptions options;
    options.origin = extent.center();
    options.tilesPerSide = 4;
    for (const bool fastPath : {true, false}) {
        options.convexFastPath = fastPath;
        const BuildingMesh mesh = BuildingExtruder::extrude(footprints, {}, options);
        QCOMPARE(mesh.buildingCount + mesh.skippedCount, footprints.size());
        QCOMPARE(mesh.skippedCount, std::size_t(0));
        double expected = 0.0;
        for (const auto &f : footprints)
            expected += shoelaceArea(f, options.origin);
        const auto triangles = trianglesOf(mesh.tiles);
        const double actual = roofArea(triangles);
        QVERIFY2(std::abs(actual - expected) <= 1e-3 * expected,
                 qPrintable(QStringLiteral("roof area %1 m², footprints %2 m²").arg(actual).arg(expected)));
        for (std::size_t f = 0; f < footprints.size(); ++f) {
            const Measures m = measure(mesh.tiles, long(f));
            QVERIFY2(m.closed, qPrintable(QStringLiteral("building %1: %2").arg(f).arg(m.why)));
            const double volume = shoelaceArea(footprints[f], options.origin) * options.defaultHeight;
            QVERIFY2(std::abs(m.volume - volume) <= 1e-3 * volume,
                     qPrintable(QStringLiteral("building %1: volume %2, expected %3").arg(f).arg(m.volume).arg(volume)));
        }
        qInfo("%zu OSM buildings, %zu triangles, roof area %.1f m² (fast path %s)", footprints.size(),
              mesh.triangleCount, actual, fastPath ? "on" : "off");
    }
}

QTEST_GUILESS_MAIN(TestBuildingExtruder)
#include "tst_buildingextruder.moc"
