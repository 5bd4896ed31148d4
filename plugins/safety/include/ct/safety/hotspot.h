// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/point.h"

#include <vector>

namespace ct::safety {

/// \brief A connected group of grid cells whose density reaches the hotspot threshold.
struct Hotspot
{
    int rank = 0;                 //!< 1 = highest peak
    geo::Point peak;              //!< centre of the densest cell (EPSG:6677)
    double peakDensity = 0.0;     //!< alerts per km²
    double expectedAlerts = 0.0;  //!< density integrated over the hotspot's cells
    double areaKm2 = 0.0;
    geo::Envelope envelope;
    std::vector<int> cells;       //!< indices into the grid's values
};

} // namespace ct::safety
