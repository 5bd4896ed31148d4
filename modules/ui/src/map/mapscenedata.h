// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/geometry.h"
#include "ct/pluginapi/layerdescriptor.h"
#include "ct/scene/featurepicker.h"
#include "ct/store/featuretable.h"

#include <QByteArray>
#include <QStringList>
#include <QVector3D>

#include <memory>
#include <vector>

namespace ct::ui {

/// \brief One layer's features as the map loader reads them: how to draw it and its rows.
struct MapLayerSource
{
    plugin::LayerDescriptor descriptor;
    store::FeatureTable table;
};

/// \brief One draw call's buffers in the form QQuick3DGeometry takes them (built off the GUI
/// thread, handed over without copying: QByteArray is implicitly shared).
struct GpuMesh
{
    enum class Primitive { Triangles, Lines };
    QByteArray vertices;   //!< x, y, z float per vertex, scene metres
    QByteArray indices;    //!< uint32
    QVector3D boundsMin;
    QVector3D boundsMax;
    Primitive primitive = Primitive::Triangles;

    int vertexCount() const { return int(vertices.size() / (3 * sizeof(float))); }
    int indexCount() const { return int(indices.size() / sizeof(std::uint32_t)); }
};

/// \brief A layer ready to draw: meshes for both modes and what picking and labels need.
struct MapLayerData
{
    QString name;
    plugin::LayerDescriptor::Kind kind = plugin::LayerDescriptor::Kind::Points;
    std::vector<GpuMesh> meshes;        //!< buildings: walls and roofs; lines: ribbons; areas: fills
    std::vector<GpuMesh> roofMeshes;    //!< buildings only: roofs, drawn in 2D (a fifth of the triangles)
    std::vector<GpuMesh> outlineMeshes; //!< lines: centre lines; areas: ring lines (1 px, visible zoomed out)
    std::vector<qint64> fids;           //!< row → feature id
    std::vector<geo::Geometry> geometries; //!< lines and areas: EPSG:6677 geometries, for picking
    std::vector<float> widths;          //!< lines: metres per row
    std::vector<QVector3D> points;      //!< points: scene positions (z = 0)
    QStringList labels;                 //!< points: label per row (empty when the layer has none)
    std::shared_ptr<scene::FeaturePicker> picker; //!< buildings: OSG picking on the full meshes
    float maxHeight = 0.0f;             //!< metres
    std::size_t triangleCount = 0;
    std::size_t skippedCount = 0;       //!< features that could not be drawn
};

/// \brief Everything the map view draws for one twin.
struct MapSceneData
{
    geo::Point origin;       //!< EPSG:6677 metres subtracted from every scene coordinate
    geo::Envelope extent;    //!< EPSG:6677 metres
    std::vector<MapLayerData> layers;

    const MapLayerData *layer(const QString &name) const
    {
        for (const MapLayerData &l : layers)
            if (l.name == name)
                return &l;
        return nullptr;
    }
};

} // namespace ct::ui
