// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"

namespace ct::safety {

/// A representative point of a geometry: the area-weighted centroid of a polygon's largest part
/// when it lies inside it, else the middle of the widest horizontal span through it; a point
/// itself; the middle vertex of a line.
geo::Point representativePoint(const geo::Geometry &geometry);

/// Whether `p` lies in any part of a polygon or multipolygon.
bool geometryContains(const geo::Geometry &polygon, geo::Point p);

/// Distance (m) from `p` to the segment a–b.
double distanceToSegment(geo::Point p, geo::Point a, geo::Point b);

} // namespace ct::safety
