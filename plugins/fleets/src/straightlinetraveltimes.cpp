// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/straightlinetraveltimes.h"

#include <cmath>

namespace ct::fleets {

StraightLineTravelTimes::StraightLineTravelTimes(double speedMetresPerSecond, double circuity)
    : m_speed(speedMetresPerSecond), m_circuity(circuity)
{
}

TravelTimeMatrix StraightLineTravelTimes::matrix(const std::vector<geo::Point> &points) const
{
    const std::size_t n = points.size();
    std::vector<float> seconds(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            seconds[i * n + j] = float(std::hypot(points[i].x - points[j].x, points[i].y - points[j].y) * m_circuity / m_speed);
    return TravelTimeMatrix(int(n), std::move(seconds));
}

} // namespace ct::fleets
