// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <vector>

namespace ct::fleets {

/// \brief A planned drone flight: straight legs between waypoints (start first, destination
/// last; with a return flight the legs back to the start follow), its length, flight time and the
/// range the battery allowed.
struct DronePath
{
    std::vector<geo::Point> waypoints;
    double metres = 0.0;         //!< the whole flight (out and back with a return)
    double seconds = 0.0;        //!< at cruise speed
    double usableRangeM = 0.0;   //!< what the battery allowed above the reserve
};

} // namespace ct::fleets
