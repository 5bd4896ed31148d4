// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

namespace ct::fleets {

/// \brief A parcel to deliver: ordered at `requestedAt` (seconds of the run), leaving depot
/// `depot` (an index into the kind's depots, -1 when that kind has none) for a home.
struct ParcelOrder
{
    enum class Kind { Robot, Drone };

    int id = 0;
    Kind kind = Kind::Robot;
    double requestedAt = 0.0;
    int depot = -1;
    geo::Point destination;
};

} // namespace ct::fleets
