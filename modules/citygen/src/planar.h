// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::citygen {

// Small planar-geometry helpers in metres, for the generator's own needs (offsets, crossings,
// half-plane clipping of convex cells). Heavier operations (polygon intersection) go through OGR.

double distance(geo::Point a, geo::Point b);
double distanceToSegment(geo::Point p, geo::Point a, geo::Point b);
/// True when segments ab and cd cross (proper or touching); `at` receives the crossing point.
bool segmentsIntersect(geo::Point a, geo::Point b, geo::Point c, geo::Point d, geo::Point *at = nullptr);
double polylineLength(const std::vector<geo::Point> &line);
/// The line shifted sideways by `offset` metres (positive: to the left of its direction).
std::vector<geo::Point> offsetPolyline(const std::vector<geo::Point> &line, double offset);
/// Closed ring around the line at `halfWidth` metres on each side (flat ends).
std::vector<geo::Point> bufferPolyline(const std::vector<geo::Point> &line, double halfWidth);
/// Clips a convex polygon (open ring) to the half-plane of points nearer to `site` than to `other`.
std::vector<geo::Point> clipToNearerHalfPlane(const std::vector<geo::Point> &convex, geo::Point site,
                                              geo::Point other);
/// Point at distance `along` metres from the start of the polyline (clamped to its ends).
geo::Point pointAlong(const std::vector<geo::Point> &line, double along);
/// Closes a ring (repeats the first point) if it is open.
void closeRing(std::vector<geo::Point> &ring);
/// Rectangle of size w × h (metres) centred at c, rotated so its width runs along `direction`.
std::vector<geo::Point> orientedRectangle(geo::Point c, geo::Point direction, double w, double h);

} // namespace ct::citygen
