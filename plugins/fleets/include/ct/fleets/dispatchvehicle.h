// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/scheduledstop.h"

#include <QString>

#include <vector>

namespace ct::fleets {

/// \brief An on-demand vehicle as the dispatcher sees it: where and when it is next free to
/// drive, who is on board, and its pending stops in order.
struct DispatchVehicle
{
    QString id;
    int capacity = 8;
    int wheelchairPlaces = 0;
    int location = 0;           //!< matrix index the vehicle leaves from
    double availableAt = 0.0;   //!< time it can leave `location`
    int onboard = 0;            //!< riders on board at `availableAt`
    int onboardWheelchairs = 0;
    /// Already driving towards stops.front(): nothing can be inserted before it.
    bool enRoute = false;
    std::vector<ScheduledStop> stops;
};

} // namespace ct::fleets
