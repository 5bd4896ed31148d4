// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/dispatchrequest.h"
#include "ct/fleets/dispatchvehicle.h"
#include "ct/fleets/insertion.h"

#include <optional>
#include <vector>

namespace ct::fleets {

class TravelTimeMatrix;

/// \brief On-demand dispatch by cheapest feasible insertion: each new request goes into the
/// vehicle and the pair of positions (pick-up, drop-off) that add the least driving, without
/// breaking anyone's time window (earliest pick-up, latest arrival) or the vehicle's seats and
/// wheelchair places at any point of its route.
///
/// Each vehicle keeps, per pending stop, the service start time, the load after the stop and the
/// latest start that keeps every later stop on time (a backward pass), so one candidate pair is
/// checked in O(1) and a vehicle with n stops in O(n²) (Jaw et al. 1986; Campbell & Savelsbergh
/// 2004). Waiting is allowed: a vehicle early at a pick-up waits for its earliest time. Every stop
/// takes `serviceSeconds`. ExhaustiveInsertion is the brute-force peer the tests compare with.
class InsertionDispatcher
{
public:
    InsertionDispatcher(const TravelTimeMatrix &times, double serviceSeconds = 0.0);

    int addVehicle(DispatchVehicle vehicle);
    const std::vector<DispatchVehicle> &vehicles() const { return m_vehicles; }
    const TravelTimeMatrix &times() const { return m_times; }
    double serviceSeconds() const { return m_service; }

    /// The cheapest feasible insertion over all vehicles, or none (the request is refused).
    std::optional<Insertion> bestInsertion(const DispatchRequest &request) const;
    /// bestInsertion() and, when there is one, apply().
    std::optional<Insertion> assign(const DispatchRequest &request);
    void apply(const DispatchRequest &request, const Insertion &insertion);
    /// Moves the clock to `time`: vehicles carry out every stop whose service starts by then;
    /// idle vehicles become available at `time`, the others are en route to their next stop.
    void advanceTo(double time);

    /// The stops a request becomes: its pick-up window ends in time for a direct ride.
    static ScheduledStop pickupStop(const DispatchRequest &request, const TravelTimeMatrix &times, double serviceSeconds);
    static ScheduledStop dropoffStop(const DispatchRequest &request);

private:
    struct Timing
    {
        std::vector<double> start;        //!< service start per stop
        std::vector<double> latestStart;  //!< latest service start keeping all later stops feasible
        std::vector<int> load;            //!< riders on board after the stop
        std::vector<int> wheelchairs;     //!< wheelchair places taken after the stop
    };
    void recompute(int vehicle);
    void bestFor(int vehicle, const DispatchRequest &request, const ScheduledStop &pickup, const ScheduledStop &dropoff,
                 std::optional<Insertion> &best) const;

    const TravelTimeMatrix &m_times;
    double m_service = 0.0;
    std::vector<DispatchVehicle> m_vehicles;
    std::vector<Timing> m_timing;
};

} // namespace ct::fleets
