// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::geo {

/// EPSG codes the console uses by default.
namespace crs {
inline constexpr int kWgs84 = 4326;          //!< longitude/latitude in degrees
inline constexpr int kJgd2011ZoneIX = 6677;  //!< JGD2011 / Japan Plane Rectangular CS IX, metres (Tsukuba)
inline constexpr int kJgd2011Geographic3D = 6697; //!< JGD2011 + height, used by PLATEAU
} // namespace crs

} // namespace ct::geo
