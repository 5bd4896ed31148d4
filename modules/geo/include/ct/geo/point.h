// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::geo {

/// \brief A 2D position. In the twin's metric CRS x is easting and y northing (metres); in WGS84
/// x is longitude and y latitude (degrees) — always this order, whatever the CRS's official axes.
struct Point
{
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const Point &a, const Point &b) { return a.x == b.x && a.y == b.y; }
};

} // namespace ct::geo
