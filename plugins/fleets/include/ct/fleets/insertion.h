// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

namespace ct::fleets {

/// \brief Where a request goes into a vehicle's stops: the pick-up is inserted before the stop
/// at `pickupPosition` of the current list, the drop-off before the stop at `dropoffPosition`
/// (same position: straight after the pick-up). `addedSeconds` is the extra driving.
struct Insertion
{
    int vehicle = -1;
    int pickupPosition = 0;
    int dropoffPosition = 0;
    double addedSeconds = 0.0;
    double pickupTime = 0.0;
    double dropoffTime = 0.0;
};

} // namespace ct::fleets
