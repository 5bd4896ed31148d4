// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ratingcurve.h"

#include <algorithm>
#include <cmath>

namespace ct::sensors {

double RatingCurve::level(double q) const
{
    return h0 + a * std::pow(std::max(q, 0.0), b);
}

double RatingCurve::discharge(double h) const
{
    if (h <= h0)
        return 0.0;
    return std::pow((h - h0) / a, 1.0 / b);
}

bool RatingCurve::isValid() const
{
    return std::isfinite(h0) && std::isfinite(a) && std::isfinite(b) && a > 0.0 && b > 0.0;
}

std::optional<RatingCurve> RatingCurve::through(double qN, double hN, double qD, double hD, double b)
{
    if (!(qN >= 0.0) || !(qD > qN) || !(hD > hN) || !(b > 0.0) || !std::isfinite(qD) || !std::isfinite(hD) || !std::isfinite(hN))
        return std::nullopt;
    RatingCurve c;
    c.b = b;
    c.a = (hD - hN) / (std::pow(qD, b) - std::pow(qN, b));
    c.h0 = hN - c.a * std::pow(qN, b);
    return c;
}

} // namespace ct::sensors
