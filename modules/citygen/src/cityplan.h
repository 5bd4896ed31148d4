// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/generatoroptions.h"
#include "ct/geo/crstransform.h"
#include "polygonindex.h"
#include "segmentgrid.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace ct::citygen {

/// A district name used to name schools, stops, parks…
struct NamedPlace
{
    QString name;    //!< Japanese
    QString nameEn;  //!< romanised
    geo::Point position;
};

/// A Gaussian bump of the density field (0–1): a town centre or an industrial park.
struct DensityCentre
{
    geo::Point position;
    double weight = 1.0;
    double sigma = 1000.0;  //!< metres
};

/// \brief The layout shared by the generation stages: outline, rivers, the street grid, which
/// blocks are taken, and the density field that decides where people live.
///
/// Internal to the generator; stages fill it in order (boundary → rivers → roads → facilities →
/// buildings → transit → sensors).
struct CityPlan
{
    GeneratorOptions options;
    bool realBoundary = false;
    /// Factor applied to offsets from the centre when mapping Tsukuba's real places into this
    /// city: √scale for a generated outline (the city shrinks), 1 for the real outline.
    double linearFactor = 1.0;
    geo::Point centre;
    std::optional<geo::CrsTransform> toLocal;  //!< WGS84 lon/lat → EPSG:6677

    PolygonIndex boundary;
    std::vector<NamedPlace> places;
    std::vector<DensityCentre> centres;
    std::vector<DensityCentre> industrialZones;

    SegmentGrid rivers;                  //!< river centre lines, tag = river index
    std::vector<double> riverHalfWidth;  //!< metres, by river index
    double maxRiverHalfWidth = 0.0;
    SegmentGrid siteObstacles;           //!< real sites buildings keep clear of (degenerate segments)
    double siteObstacleRadius = 45.0;    //!< metres

    // Street grid: line coordinates, jittered grid points, node index of each grid point (-1: none).
    double spacing = 105.0;              //!< mean block size, metres
    int nx = 0;
    int ny = 0;
    std::vector<int> lineClassX;         //!< class rank of each vertical line (x = const)
    std::vector<int> lineClassY;         //!< class rank of each horizontal line
    std::vector<geo::Point> gridPoint;
    std::vector<int> gridNode;
    /// Block (i, j) lies between grid points (i, j) and (i + 1, j + 1).
    enum BlockState : std::uint8_t { BlockFree = 0, BlockReserved = 1 };
    std::vector<std::uint8_t> blockState;
    std::vector<std::vector<std::pair<geo::Point, geo::Point>>> blockObstacles;  //!< spurs, diagonals

    int gridIndex(int i, int j) const { return j * nx + i; }
    int blockIndex(int i, int j) const { return j * (nx - 1) + i; }

    /// Maps a real Tsukuba lon/lat into this city (shrunk towards the centre at small scales).
    geo::Point place(double lon, double lat) const;
    /// Residential density 0–1 at p.
    double density(geo::Point p) const;
    /// Industrial-park weight 0–1 at p.
    double industrial(geo::Point p) const;
    const NamedPlace &nearestPlace(geo::Point p) const;
    /// Moves p towards the centre until it lies inside the boundary.
    geo::Point pullInside(geo::Point p) const;

    /// Point at (u, v) ∈ [0, 1]² of block (i, j), bilinear between its four grid points.
    geo::Point blockPoint(int i, int j, double u, double v) const;
    /// Direction of the block's southern side (west → east), for orienting buildings.
    geo::Point blockDirection(int i, int j) const;

    /// Fills places, centres and industrial zones from the built-in Tsukuba gazetteer.
    void setUpGazetteer();
};

/// Road class ranks used by the grid (higher = more important).
namespace roadrank {
inline constexpr int kResidential = 0;
inline constexpr int kTertiary = 1;
inline constexpr int kSecondary = 2;
inline constexpr int kPrimary = 3;
inline constexpr int kTrunk = 4;
inline constexpr int kService = -1;
QString className(int rank);
int lanes(int rank, double density);
double speedKmh(int rank);
} // namespace roadrank

} // namespace ct::citygen
