// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/dispatchrequest.h"
#include "ct/fleets/dispatchvehicle.h"
#include "ct/fleets/insertion.h"

#include <QString>

#include <optional>
#include <vector>

namespace ct::fleets {

class TravelTimeMatrix;

/// \brief The brute-force peer of InsertionDispatcher: every vehicle, every pair of positions,
/// each candidate route built and driven through from the start (O(n³) per vehicle). Slow on
/// purpose; the tests and the benchmark compare the dispatcher's answers with it.
class ExhaustiveInsertion
{
public:
    struct Drive
    {
        bool feasible = false;
        QString violation;             //!< why not, in words, for test messages
        double driveSeconds = 0.0;     //!< total travel time of the route
        std::vector<double> start;     //!< service start per stop
    };

    /// Drives `stops` with `vehicle` (its own stops ignored): windows, seats and wheelchair places.
    static Drive drive(const DispatchVehicle &vehicle, const std::vector<ScheduledStop> &stops, const TravelTimeMatrix &times,
                       double serviceSeconds);
    static std::optional<Insertion> best(const std::vector<DispatchVehicle> &vehicles, const DispatchRequest &request,
                                         const TravelTimeMatrix &times, double serviceSeconds);
};

} // namespace ct::fleets
