// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/point.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ct::safety {

/// \brief A raster of values over the city (EPSG:6677): `columns` × `rows` square cells of
/// `cellMetres`, row 0 at the south edge. Kernel densities are alerts per km².
struct DensityGrid
{
    geo::Point origin;          //!< south-west corner of cell (0, 0)
    double cellMetres = 50.0;
    int columns = 0;
    int rows = 0;
    std::vector<double> values; //!< row-major, rows × columns

    double value(int column, int row) const { return values[std::size_t(row) * columns + column]; }
    double &value(int column, int row) { return values[std::size_t(row) * columns + column]; }
    geo::Point cellCentre(int column, int row) const
    {
        return {origin.x + (column + 0.5) * cellMetres, origin.y + (row + 0.5) * cellMetres};
    }
    /// The value of the cell holding `p`; 0 outside the grid.
    double valueAt(geo::Point p) const
    {
        const int c = int(std::floor((p.x - origin.x) / cellMetres));
        const int r = int(std::floor((p.y - origin.y) / cellMetres));
        return c < 0 || r < 0 || c >= columns || r >= rows ? 0.0 : value(c, r);
    }
    geo::Envelope envelope() const
    {
        geo::Envelope e;
        e.expand(origin);
        e.expand(geo::Point{origin.x + columns * cellMetres, origin.y + rows * cellMetres});
        return e;
    }
    double maximum() const
    {
        double m = 0;
        for (double v : values)
            m = std::max(m, v);
        return m;
    }
};

} // namespace ct::safety
