// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "mapscenebuilder.h"

#include "ct/scene/extrusion.h"
#include "ct/store/twinstore.h"

#include <algorithm>

#include <cmath>
#include <limits>

namespace ct::ui {

using plugin::LayerDescriptor;

namespace {

GpuMesh toGpu(const scene::MeshTile &tile)
{
    GpuMesh mesh;
    mesh.vertices = QByteArray(reinterpret_cast<const char *>(tile.positions.data()),
                               qsizetype(tile.positions.size() * sizeof(float)));
    mesh.indices = QByteArray(reinterpret_cast<const char *>(tile.indices.data()),
                              qsizetype(tile.indices.size() * sizeof(std::uint32_t)));
    // Bounds from the vertices themselves: exact, whatever the builder put in `bounds`.
    QVector3D lo(std::numeric_limits<float>::max(), std::numeric_limits<float>::max(), std::numeric_limits<float>::max());
    QVector3D hi = -lo;
    for (std::size_t i = 0; i + 2 < tile.positions.size(); i += 3) {
        const QVector3D p(tile.positions[i], tile.positions[i + 1], tile.positions[i + 2]);
        lo = QVector3D(std::min(lo.x(), p.x()), std::min(lo.y(), p.y()), std::min(lo.z(), p.z()));
        hi = QVector3D(std::max(hi.x(), p.x()), std::max(hi.y(), p.y()), std::max(hi.z(), p.z()));
    }
    mesh.boundsMin = lo;
    mesh.boundsMax = hi;
    return mesh;
}

std::vector<GpuMesh> toGpu(const std::vector<scene::MeshTile> &tiles)
{
    std::vector<GpuMesh> out;
    out.reserve(tiles.size());
    for (const scene::MeshTile &tile : tiles)
        if (!tile.indices.empty())
            out.push_back(toGpu(tile));
    return out;
}

/// Every ring or line string of `geometries` as 1-pixel line segments, split into meshes of at
/// most ~1M vertices.
std::vector<GpuMesh> lineMeshes(const std::vector<geo::Geometry> &geometries, const geo::Point &origin)
{
    constexpr std::size_t kMaxVertices = 1u << 20;
    std::vector<GpuMesh> out;
    std::vector<float> positions;
    std::vector<std::uint32_t> indices;
    auto flush = [&] {
        if (indices.empty())
            return;
        scene::MeshTile tile;
        tile.positions = std::move(positions);
        tile.indices = std::move(indices);
        GpuMesh mesh = toGpu(tile);
        mesh.primitive = GpuMesh::Primitive::Lines;
        out.push_back(std::move(mesh));
        positions.clear();
        indices.clear();
    };
    for (const geo::Geometry &g : geometries) {
        for (int r = 0; r < g.ringCount(); ++r) {
            const std::span<const geo::Point> ring = g.ring(r);
            if (ring.size() < 2)
                continue;
            const auto first = std::uint32_t(positions.size() / 3);
            for (const geo::Point &p : ring) {
                positions.push_back(float(p.x - origin.x));
                positions.push_back(float(p.y - origin.y));
                positions.push_back(0.0f);
            }
            for (std::uint32_t i = 0; i + 1 < ring.size(); ++i) {
                indices.push_back(first + i);
                indices.push_back(first + i + 1);
            }
            if (positions.size() / 3 > kMaxVertices)
                flush();
        }
    }
    flush();
    return out;
}

double number(const QVariant &value, double fallback)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok && std::isfinite(v) ? v : fallback;
}

} // namespace

MapLayerData MapSceneBuilder::buildLayer(MapLayerSource source, const geo::Point &origin)
{
    const LayerDescriptor &d = source.descriptor;
    store::FeatureTable &table = source.table;
    MapLayerData layer;
    layer.name = d.table;
    layer.kind = d.kind;
    layer.fids = table.fids;

    switch (d.kind) {
    case LayerDescriptor::Kind::Buildings: {
        const int heightColumn = d.heightField.isEmpty() ? -1 : table.columnIndex(d.heightField);
        scene::ExtrusionOptions options;
        options.origin = origin;
        std::vector<float> heights(table.size(), options.defaultHeight);
        if (heightColumn >= 0) {
            const auto &column = table.columns[std::size_t(heightColumn)];
            for (std::size_t i = 0; i < heights.size(); ++i) {
                const double h = number(column[i], options.defaultHeight);
                heights[i] = float(h > 0 ? h : options.defaultHeight);
            }
        }
        for (float h : heights)
            layer.maxHeight = std::max(layer.maxHeight, h);
        scene::BuildingMesh full = scene::BuildingExtruder::extrude(table.geometries, heights, options);
        options.roofsOnly = true;
        scene::BuildingMesh roofs = scene::BuildingExtruder::extrude(table.geometries, heights, options);
        layer.meshes = toGpu(full.tiles);
        layer.roofMeshes = toGpu(roofs.tiles);
        layer.triangleCount = full.triangleCount;
        layer.skippedCount = full.skippedCount;
        layer.picker = std::make_shared<scene::FeaturePicker>(full.tiles);
        break;
    }
    case LayerDescriptor::Kind::Lines: {
        const int widthColumn = table.columnIndex(widthField());
        layer.widths.assign(table.size(), float(d.widthMetres));
        if (widthColumn >= 0) {
            const auto &column = table.columns[std::size_t(widthColumn)];
            for (std::size_t i = 0; i < table.size(); ++i) {
                const double w = number(column[i], d.widthMetres);
                layer.widths[i] = float(w > 0 ? w : d.widthMetres);
            }
        }
        const std::vector<scene::MeshTile> tiles =
            scene::FlatMeshBuilder::ribbons(table.geometries, layer.widths, 0.0f, origin);
        layer.meshes = toGpu(tiles);
        for (const auto &t : tiles)
            layer.triangleCount += t.triangleCount();
        layer.outlineMeshes = lineMeshes(table.geometries, origin);
        layer.geometries = std::move(table.geometries);
        break;
    }
    case LayerDescriptor::Kind::Areas: {
        const std::vector<scene::MeshTile> tiles = scene::FlatMeshBuilder::fills(table.geometries, 0.0f, origin);
        layer.meshes = toGpu(tiles);
        for (const auto &t : tiles)
            layer.triangleCount += t.triangleCount();
        layer.outlineMeshes = lineMeshes(table.geometries, origin);
        layer.geometries = std::move(table.geometries);
        break;
    }
    case LayerDescriptor::Kind::Points: {
        const int labelColumn = d.labelField.isEmpty() ? -1 : table.columnIndex(d.labelField);
        layer.points.reserve(table.size());
        for (std::size_t i = 0; i < table.size(); ++i) {
            const geo::Geometry &g = table.geometries[i];
            geo::Point p;
            if (g.isEmpty()) {
                ++layer.skippedCount;
                p = origin; // keeps rows aligned with fids; drawn at the centre would mislead, so hide below
            } else if (g.type() == geo::GeometryType::Point || g.type() == geo::GeometryType::MultiPoint) {
                p = g.points().front();
            } else {
                p = g.envelope().center();
            }
            layer.points.emplace_back(float(p.x - origin.x), float(p.y - origin.y), g.isEmpty() ? -1.0e6f : 0.0f);
            if (labelColumn >= 0)
                layer.labels.append(table.columns[std::size_t(labelColumn)][i].toString());
        }
        break;
    }
    }
    return layer;
}

MapSceneData MapSceneBuilder::build(std::vector<MapLayerSource> sources, const Progress &progress)
{
    MapSceneData scene;
    for (const MapLayerSource &s : sources)
        for (const geo::Geometry &g : s.table.geometries)
            scene.extent.expand(g.envelope());
    scene.origin = scene.extent.isEmpty() ? geo::Point{} : scene.extent.center();
    const std::size_t total = sources.size();
    std::size_t done = 0;
    for (MapLayerSource &s : sources) {
        scene.layers.push_back(buildLayer(std::move(s), scene.origin));
        ++done;
        if (progress)
            progress(double(done) / double(std::max<std::size_t>(total, 1)));
    }
    return scene;
}

LayerDescriptor MapSceneBuilder::guessDescriptor(const store::LayerInfo &info)
{
    LayerDescriptor d;
    d.table = info.name;
    d.title = info.title.isEmpty() ? info.name : info.title;
    d.owner = QStringLiteral("core");
    auto hasField = [&](const QString &name) {
        return std::any_of(info.fields.begin(), info.fields.end(), [&](const store::FieldDefinition &f) { return f.name == name; });
    };
    switch (info.geometryType) {
    case geo::GeometryType::Polygon:
    case geo::GeometryType::MultiPolygon:
        for (const QString &field : {QStringLiteral("height_m"), QStringLiteral("height")}) {
            if (hasField(field)) {
                d.kind = LayerDescriptor::Kind::Buildings;
                d.heightField = field;
                d.color = QStringLiteral("#c8c0b4");
                d.order = 40;
                return d;
            }
        }
        d.kind = LayerDescriptor::Kind::Areas;
        d.color = QStringLiteral("#9cc3e6");
        d.order = 10;
        return d;
    case geo::GeometryType::LineString:
    case geo::GeometryType::MultiLineString:
        d.kind = LayerDescriptor::Kind::Lines;
        d.color = QStringLiteral("#888888");
        d.order = 20;
        return d;
    default:
        d.kind = LayerDescriptor::Kind::Points;
        d.order = 60;
        if (hasField(QStringLiteral("name")))
            d.labelField = QStringLiteral("name");
        return d;
    }
}

core::Result<MapSceneData> MapSceneBuilder::load(const QString &path, const std::vector<LayerDescriptor> &descriptors,
                                                 const Progress &progress)
{
    auto opened = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    store::TwinStore &twin = **opened;
    const std::vector<store::LayerInfo> infos = twin.layers();
    std::vector<LayerDescriptor> wantedLayers = descriptors;
    if (wantedLayers.empty())
        for (const store::LayerInfo &info : infos)
            wantedLayers.push_back(guessDescriptor(info));
    std::vector<MapLayerSource> sources;
    for (const LayerDescriptor &d : wantedLayers) {
        const auto info = std::find_if(infos.begin(), infos.end(), [&](const store::LayerInfo &i) { return i.name == d.table; });
        if (info == infos.end())
            continue;
        QStringList wanted;
        for (const QString &field : {d.heightField, d.labelField, widthField()}) {
            if (field.isEmpty())
                continue;
            if (std::any_of(info->fields.begin(), info->fields.end(),
                            [&](const store::FieldDefinition &f) { return f.name == field; }))
                wanted << field;
        }
        // An empty list would mean "all columns": ask for one we know exists instead.
        // readColumns() is the store's fast path (flat arrays, no allocation per feature); the
        // builder still takes a FeatureTable, made here with a QVariant only for the few
        // columns asked for.
        auto columns = wanted.isEmpty() && !info->fields.empty()
                           ? twin.readColumns(d.table, {info->fields.front().name})
                           : twin.readColumns(d.table, wanted);
        if (!columns)
            return columns.error();
        sources.push_back({d, columns->toFeatureTable()});
        if (progress)
            progress(0.3 * double(sources.size()) / double(wantedLayers.size()));
    }
    return build(std::move(sources), [&](double f) {
        if (progress)
            progress(0.3 + 0.7 * f);
    });
}

} // namespace ct::ui
