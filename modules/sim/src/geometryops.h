// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <span>
#include <vector>

namespace ct::sim::detail {

//! Even-odd test of a point against one ring (closed or not).
bool ringContains(std::span<const geo::Point> ring, geo::Point p);
//! Whether segments ab and cd cross or touch.
bool segmentsIntersect(geo::Point a, geo::Point b, geo::Point c, geo::Point d);
//! Distance from p to segment ab (metres).
double segmentDistance(geo::Point p, geo::Point a, geo::Point b);
//! Whether a polyline meets a polygon ring: a vertex inside or an edge crossing.
bool lineMeetsRing(std::span<const geo::Point> line, std::span<const geo::Point> ring);
//! The part of a polyline between the shares `from` and `to` of its length.
std::vector<geo::Point> subLine(std::span<const geo::Point> line, double from, double to);

} // namespace ct::sim::detail
