// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/scene/meshtile.h"

#include <algorithm>
#include <cmath>

namespace ct::scene {

/// \brief A tilesPerSide × tilesPerSide grid over an extent, row-major from the south-west
/// corner, that assigns each feature to exactly one tile by a representative point.
class TileGrid
{
public:
    TileGrid(const geo::Envelope &extent, int tilesPerSide)
        : m_extent(extent)
        , m_tilesPerSide(std::max(1, tilesPerSide))
    {
    }

    int tileCount() const { return m_tilesPerSide * m_tilesPerSide; }

    /// Tile of the point (x, y); points outside the extent go to the nearest edge tile.
    int tileOf(double x, double y) const
    {
        return row(y, m_extent.minY, m_extent.height()) * m_tilesPerSide + row(x, m_extent.minX, m_extent.width());
    }

    /// Sets bounds, minZ and maxZ of a tile from its vertices.
    static void computeBounds(MeshTile &tile)
    {
        tile.bounds = {};
        if (tile.positions.empty()) {
            tile.minZ = tile.maxZ = 0.0f;
            return;
        }
        float minZ = tile.positions[2], maxZ = minZ;
        for (std::size_t i = 0; i + 2 < tile.positions.size(); i += 3) {
            tile.bounds.expand(geo::Point{tile.positions[i], tile.positions[i + 1]});
            minZ = std::min(minZ, tile.positions[i + 2]);
            maxZ = std::max(maxZ, tile.positions[i + 2]);
        }
        tile.minZ = minZ;
        tile.maxZ = maxZ;
    }

private:
    int row(double value, double min, double size) const
    {
        if (!(size > 0.0))
            return 0;
        const double cell = std::floor((value - min) / size * m_tilesPerSide);
        return int(std::clamp(cell, 0.0, double(m_tilesPerSide - 1)));
    }

    geo::Envelope m_extent;
    int m_tilesPerSide;
};

} // namespace ct::scene
