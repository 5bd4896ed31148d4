// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::fleets {

/// \brief A ride asked of the on-demand service. Locations index a TravelTimeMatrix; times are
/// seconds on the service's clock.
struct DispatchRequest
{
    int id = 0;
    int pickup = 0;
    int dropoff = 0;
    double earliestPickup = 0.0;  //!< the vehicle may not collect the riders before this
    double latestArrival = 0.0;   //!< the riders must be set down by this
    int passengers = 1;
    bool wheelchair = false;      //!< needs a wheelchair place (one of the passengers)
};

} // namespace ct::fleets
