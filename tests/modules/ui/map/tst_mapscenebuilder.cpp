// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapscenebuilder.h"
#include "testtwin.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using ct::plugin::LayerDescriptor;
using ct::ui::GpuMesh;
using ct::ui::MapLayerData;
using ct::ui::MapSceneBuilder;

namespace {

std::size_t triangles(const std::vector<GpuMesh> &meshes)
{
    std::size_t n = 0;
    for (const GpuMesh &m : meshes)
        n += std::size_t(m.indexCount()) / 3;
    return n;
}

bool boundsContain(const std::vector<GpuMesh> &meshes, const QVector3D &p)
{
    for (const GpuMesh &m : meshes)
        if (p.x() >= m.boundsMin.x() && p.x() <= m.boundsMax.x() && p.y() >= m.boundsMin.y()
            && p.y() <= m.boundsMax.y() && p.z() >= m.boundsMin.z() && p.z() <= m.boundsMax.z())
            return true;
    return false;
}

ui::MapLayerSource buildingGrid(int count, double height)
{
    ui::MapLayerSource s;
    s.descriptor.table = QStringLiteral("buildings");
    s.descriptor.kind = LayerDescriptor::Kind::Buildings;
    s.descriptor.heightField = QStringLiteral("height_m");
    s.table.layer = s.descriptor.table;
    s.table.columnNames = {QStringLiteral("height_m")};
    s.table.columns.resize(1);
    const int side = int(std::ceil(std::sqrt(double(count))));
    for (int i = 0; i < count; ++i) {
        s.table.fids.push_back(100 + i);
        s.table.geometries.push_back(testtwin::square({50000.0 + 30.0 * (i % side), -30000.0 + 30.0 * (i / side)}, 20.0));
        s.table.columns[0].push_back(height);
    }
    return s;
}

} // namespace

/// The map loader: feature tables in, draw buffers, picking and labels out.
class TestMapSceneBuilder : public QObject
{
    Q_OBJECT

private slots:
    void buildingsBecomeTilesForBothModes_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("a hundred") << 100;
        QTest::newRow("ten thousand") << 10000;
    }
    void buildingsBecomeTilesForBothModes()
    {
        QFETCH(int, count);
        const ui::MapSceneData scene = MapSceneBuilder::build({buildingGrid(count, 12.0)});
        QCOMPARE(scene.layers.size(), std::size_t(1));
        const MapLayerData &layer = scene.layers.front();
        QCOMPARE(layer.fids.size(), std::size_t(count));
        QVERIFY(!layer.meshes.empty());
        QVERIFY(layer.meshes.size() <= 256);
        // A square footprint: two roof triangles, eight wall triangles.
        QCOMPARE(triangles(layer.roofMeshes), std::size_t(2 * count));
        QCOMPARE(triangles(layer.meshes), std::size_t(10 * count));
        QCOMPARE(layer.maxHeight, 12.0f);
        for (const GpuMesh &m : layer.meshes) {
            QCOMPARE(m.vertices.size() % 12, 0);
            QVERIFY(m.boundsMax.z() <= 12.0f + 1e-4f);
            QVERIFY(m.boundsMin.x() < m.boundsMax.x());
            // Every index points at a vertex of the same mesh.
            const auto *idx = reinterpret_cast<const std::uint32_t *>(m.indices.constData());
            QVERIFY(*std::max_element(idx, idx + m.indexCount()) < std::uint32_t(m.vertexCount()));
        }
        // Scene coordinates are centred on the extent.
        const QVector3D firstRoof(float(50000.0 - scene.origin.x), float(-30000.0 - scene.origin.y), 12.0f);
        QVERIFY(boundsContain(layer.meshes, firstRoof));
        QVERIFY(std::abs(scene.extent.center().x - scene.origin.x) < 1e-9);
    }

    void buildingPickNamesTheFeature()
    {
        const ui::MapSceneData scene = MapSceneBuilder::build({buildingGrid(9, 15.0)});
        const MapLayerData &layer = scene.layers.front();
        QVERIFY(layer.picker);
        // Straight down onto the centre of the fifth building (grid 3×3, index 4 → fid 104).
        const float x = float(50000.0 + 30.0 - scene.origin.x), y = float(-30000.0 + 30.0 - scene.origin.y);
        const float from[3] = {x, y, 1000.0f}, to[3] = {x, y, -10.0f};
        const auto hit = layer.picker->pick(from, to);
        QVERIFY(hit);
        QCOMPARE(layer.fids[hit->feature], qint64(104));
        QVERIFY(std::abs(hit->z - 15.0f) < 1e-3f);
        // Between buildings: nothing.
        const float gapFrom[3] = {x + 15.0f, y, 1000.0f}, gapTo[3] = {x + 15.0f, y, -10.0f};
        QVERIFY(!layer.picker->pick(gapFrom, gapTo));
    }

    void linesUseTheWidthField_data()
    {
        QTest::addColumn<bool>("withField");
        QTest::addColumn<float>("expected");
        QTest::newRow("descriptor width") << false << 4.0f;
        QTest::newRow("width_m column") << true << 10.0f;
    }
    void linesUseTheWidthField()
    {
        QFETCH(bool, withField);
        QFETCH(float, expected);
        ui::MapLayerSource s;
        s.descriptor.table = QStringLiteral("roads");
        s.descriptor.kind = LayerDescriptor::Kind::Lines;
        s.descriptor.widthMetres = 4.0;
        s.table.fids = {7};
        s.table.geometries = {geo::Geometry::lineString({{0, 0}, {100, 0}, {100, 100}})};
        if (withField) {
            s.table.columnNames = {QStringLiteral("width_m")};
            s.table.columns = {{QVariant(10.0)}};
        }
        const ui::MapSceneData scene = MapSceneBuilder::build({s});
        const MapLayerData &layer = scene.layers.front();
        QCOMPARE(layer.widths, std::vector<float>{expected});
        QVERIFY(triangles(layer.meshes) >= 4);
        // The ribbon is as wide as asked: its bounds reach half the width beyond the line.
        float minY = 1e9f;
        for (const GpuMesh &m : layer.meshes)
            minY = std::min(minY, m.boundsMin.y());
        QVERIFY(std::abs((minY + float(scene.origin.y)) + expected / 2.0f) < 0.5f);
        // Centre lines for the zoomed-out view: two segments.
        QCOMPARE(layer.outlineMeshes.size(), std::size_t(1));
        QCOMPARE(layer.outlineMeshes.front().primitive, GpuMesh::Primitive::Lines);
        QCOMPARE(layer.outlineMeshes.front().indexCount(), 4);
        QCOMPARE(layer.geometries.size(), std::size_t(1));
    }

    void pointsKeepFidsAndLabels()
    {
        ui::MapLayerSource s;
        s.descriptor.table = QStringLiteral("shelters");
        s.descriptor.kind = LayerDescriptor::Kind::Points;
        s.descriptor.labelField = QStringLiteral("name");
        s.table.columnNames = {QStringLiteral("name")};
        s.table.columns.resize(1);
        for (std::size_t i = 0; i < testtwin::kShelters.size(); ++i) {
            s.table.fids.push_back(qint64(i + 1));
            s.table.geometries.push_back(geo::Geometry::point(testtwin::kShelters[i]));
            s.table.columns[0].push_back(testtwin::kShelterNames[qsizetype(i)]);
        }
        const ui::MapSceneData scene = MapSceneBuilder::build({s});
        const MapLayerData &layer = scene.layers.front();
        QCOMPARE(layer.points.size(), std::size_t(3));
        QCOMPARE(layer.labels, testtwin::kShelterNames);
        QCOMPARE(layer.fids, (std::vector<qint64>{1, 2, 3}));
        QCOMPARE(layer.points[0], QVector3D(float(10300.0 - scene.origin.x), float(20300.0 - scene.origin.y), 0.0f));
    }

    void loadsATwinFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("small.twin"));
        const QString error = testtwin::create(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::vector<double> progress;
        auto loaded = MapSceneBuilder::load(path, testtwin::descriptors(), [&](double f) { progress.push_back(f); });
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        const ui::MapSceneData &scene = *loaded;
        QCOMPARE(scene.layers.size(), std::size_t(4));
        QCOMPARE(scene.extent.minX, testtwin::kMinX);
        QCOMPARE(scene.extent.maxY, testtwin::kMaxY);
        QCOMPARE(scene.origin.x, (testtwin::kMinX + testtwin::kMaxX) / 2.0);
        const MapLayerData *buildings = scene.layer(QStringLiteral("buildings"));
        QVERIFY(buildings);
        QCOMPARE(buildings->fids.size(), std::size_t(3));
        QCOMPARE(buildings->maxHeight, 50.0f);
        QCOMPARE(triangles(buildings->roofMeshes), std::size_t(6));
        const MapLayerData *roads = scene.layer(QStringLiteral("roads"));
        QVERIFY(roads);
        QCOMPARE(roads->widths, std::vector<float>{16.0f});
        const MapLayerData *water = scene.layer(QStringLiteral("water"));
        QVERIFY(water);
        QCOMPARE(triangles(water->meshes), std::size_t(4));
        const MapLayerData *shelters = scene.layer(QStringLiteral("shelters"));
        QVERIFY(shelters);
        QCOMPARE(shelters->labels, testtwin::kShelterNames);
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    }

    void guessesStylesWithoutDescriptors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.twin"));
        QVERIFY(testtwin::create(path).isEmpty());
        auto loaded = MapSceneBuilder::load(path, {});
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->layers.size(), std::size_t(4));
        QCOMPARE(loaded->layer(QStringLiteral("buildings"))->kind, LayerDescriptor::Kind::Buildings);
        QCOMPARE(loaded->layer(QStringLiteral("roads"))->kind, LayerDescriptor::Kind::Lines);
        QCOMPARE(loaded->layer(QStringLiteral("water"))->kind, LayerDescriptor::Kind::Areas);
        QCOMPARE(loaded->layer(QStringLiteral("shelters"))->labels, testtwin::kShelterNames);
    }

    void refusesWhatIsNotATwin()
    {
        QTemporaryDir dir;
        auto loaded = MapSceneBuilder::load(dir.filePath(QStringLiteral("missing.twin")), testtwin::descriptors());
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.error().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMapSceneBuilder)
#include "tst_mapscenebuilder.moc"
