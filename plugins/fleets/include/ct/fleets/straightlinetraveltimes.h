// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/traveltimeestimator.h"

namespace ct::fleets {

/// \brief Straight-line distance × circuity ÷ speed: for twins without a road network, and for
/// tests whose expected times are worked out by hand.
class StraightLineTravelTimes : public TravelTimeEstimator
{
public:
    explicit StraightLineTravelTimes(double speedMetresPerSecond = 25.0 / 3.6, double circuity = 1.3);
    TravelTimeMatrix matrix(const std::vector<geo::Point> &points) const override;

private:
    double m_speed;
    double m_circuity;
};

} // namespace ct::fleets
