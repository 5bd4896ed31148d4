// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

namespace ct::fleets {

/// \brief A ride somebody asks the on-demand service for, before the service has placed it on
/// its stops: where from and to (EPSG:6677 metres) and when. Times are seconds of the run.
struct TripRequest
{
    enum class Purpose { Local, Hospital, Station };

    int id = 0;
    double requestedAt = 0.0;   //!< when the request is made; the earliest pick-up
    geo::Point origin;
    geo::Point destination;
    int passengers = 1;
    bool wheelchair = false;
    /// Must arrive by this time (a train to catch); negative: the service's own window
    /// (maximum wait plus a detour allowance on the direct ride).
    double arriveBy = -1.0;
    Purpose purpose = Purpose::Local;
};

} // namespace ct::fleets
