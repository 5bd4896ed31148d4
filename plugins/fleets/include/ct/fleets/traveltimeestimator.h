// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/traveltimematrix.h"
#include "ct/geo/point.h"

#include <vector>

namespace ct::fleets {

/// \brief Travel times between arbitrary points (EPSG:6677) for the dispatcher: the matrix over
/// the points a dispatch decision needs (vehicle positions, pick-ups, drop-offs).
class TravelTimeEstimator
{
public:
    virtual ~TravelTimeEstimator() = default;
    virtual TravelTimeMatrix matrix(const std::vector<geo::Point> &points) const = 0;
};

} // namespace ct::fleets
