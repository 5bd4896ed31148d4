// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

namespace ct::safety {

/// \brief Coarsens a location for readers without the right to the exact place.
///
/// Chosen: the centre of the point's cell in a fixed 100 m grid of EPSG:6677 (cells aligned to
/// multiples of 100 m). Unlike snapping to the nearest street, a grid cell is the same for every
/// alert and reader, cannot be undone by intersecting several views, and needs no road network.
/// 100 m is about one city block in Tsukuba: enough for a neighbourhood warning, too coarse to
/// point at a house. The snapped point is at most 71 m (half the cell diagonal) from the truth.
class LocationGeneraliser
{
public:
    static constexpr double kCellMetres = 100.0;

    static geo::Point generalise(geo::Point exact);
};

} // namespace ct::safety
