// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <optional>

namespace ct::sensors {

/// \brief Water level (m) at a gauge from the river's discharge (m³/s): h = h0 + a·Q^b, the usual
/// power-law rating of a gauging station (b ≈ 0.4–0.6 for natural channels). Strictly rising in Q
/// for a > 0 and b > 0.
struct RatingCurve
{
    double h0 = 0.0;   //!< m: the level of zero flow
    double a = 0.1;    //!< m per (m³/s)^b
    double b = 0.5;

    double level(double discharge) const;
    //! The inverse: discharge at level h (0 at or below h0).
    double discharge(double level) const;
    bool isValid() const;

    /// The curve of exponent b through two points: the normal level hN at the base flow qN and the
    /// danger level hD (氾濫危険水位) at the design flood qD. Empty unless qD > qN ≥ 0, hD > hN, b > 0.
    static std::optional<RatingCurve> through(double qN, double hN, double qD, double hD, double b);
};

} // namespace ct::sensors
