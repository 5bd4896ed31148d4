// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::fleets {

/// \brief One pending stop of a vehicle: a pick-up or a drop-off of one request.
struct ScheduledStop
{
    int requestId = 0;
    bool pickup = true;
    int location = 0;
    double earliest = 0.0;  //!< service may not start before (pick-ups)
    double latest = 0.0;    //!< service must start by
    int passengers = 0;     //!< riders boarding (+) or alighting (−)
    int wheelchairs = 0;    //!< wheelchair places taken (+) or freed (−)
};

} // namespace ct::fleets
