// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"
#include "ct/scene/meshtile.h"

#include <span>
#include <vector>

namespace ct::scene {

/// \brief How footprints become meshes.
struct ExtrusionOptions
{
    geo::Point origin;            //!< subtracted from every coordinate (metric CRS)
    int tilesPerSide = 16;        //!< 16 × 16 = 256 tiles: the fastest split measured on llvmpipe
    bool roofsOnly = false;       //!< 2D view: roofs only, a fifth of the triangles
    float defaultHeight = 6.0f;   //!< metres, for footprints without a usable height
    /// Triangles and convex quads (most footprints) get a two-triangle fan instead of a call to
    /// the OSG tessellator; same coverage, several times faster. Off only to compare or test.
    bool convexFastPath = true;
};

/// \brief Result of extruding a building layer.
struct BuildingMesh
{
    std::vector<MeshTile> tiles;  //!< only non-empty tiles
    std::size_t buildingCount = 0;
    std::size_t skippedCount = 0; //!< footprints left out: not polygons, degenerate rings, or OSG produced no triangle
    std::size_t triangleCount = 0;
};

/// \brief Extrudes polygon footprints to prisms with their heights and merges them into tiles.
///
/// Roofs (and holes in them) are tessellated by OpenSceneGraph's osgUtil::Tessellator; walls are
/// two triangles per ring edge. Vertices are position-only and shared between roof and walls
/// (2 per ring point): the view computes flat face normals in its shader, which measured fastest.
class BuildingExtruder
{
public:
    /// Footprints are Polygon or MultiPolygon geometries in the metric CRS; `heights[i]` is the
    /// roof height of footprint i in metres (defaultHeight where missing, not finite or ≤ 0).
    /// Exterior rings are made counter-clockwise and holes clockwise seen from above whatever
    /// their input order; bases sit at z = 0, roofs at z = height. Each building lands in the
    /// tile of its area centroid, in input order; triangleFeature holds its index in
    /// `footprints`. The same input always gives the same output.
    static BuildingMesh extrude(std::span<const geo::Geometry> footprints, std::span<const float> heights,
                                const ExtrusionOptions &options);
};

/// \brief Flat meshes for line and area layers.
class FlatMeshBuilder
{
public:
    /// Ribbons `widths[i]` metres wide along every line string (or polygon ring) of `lines[i]`,
    /// at height z. Joints are mitred up to a limit (turns up to 120°), then bevelled. Features
    /// past the end of `widths` take its last value (1 m if it is empty); widths ≤ 0 skip.
    /// Triangles wind counter-clockwise seen from above; triangleFeature holds i.
    static std::vector<MeshTile> ribbons(std::span<const geo::Geometry> lines, std::span<const float> widths,
                                         float z, const geo::Point &origin, int tilesPerSide = 8);
    /// Filled polygons (holes respected) at height z, tessellated by OSG.
    static std::vector<MeshTile> fills(std::span<const geo::Geometry> polygons, float z, const geo::Point &origin,
                                       int tilesPerSide = 4);
};

} // namespace ct::scene
