// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/exhaustiveinsertion.h"

#include "ct/fleets/insertiondispatcher.h"
#include "ct/fleets/traveltimematrix.h"

#include <algorithm>

namespace ct::fleets {

ExhaustiveInsertion::Drive ExhaustiveInsertion::drive(const DispatchVehicle &vehicle, const std::vector<ScheduledStop> &stops,
                                                      const TravelTimeMatrix &times, double serviceSeconds)
{
    Drive d;
    int location = vehicle.location, load = vehicle.onboard, wheelchairs = vehicle.onboardWheelchairs;
    double clock = vehicle.availableAt;
    for (std::size_t k = 0; k < stops.size(); ++k) {
        const ScheduledStop &s = stops[k];
        const double leg = times.seconds(location, s.location);
        d.driveSeconds += leg;
        const double start = std::max(s.earliest, clock + leg);
        d.start.push_back(start);
        if (!(start <= s.latest)) {
            d.violation = QStringLiteral("stop %1 (request %2) starts at %3 after its latest %4").arg(k).arg(s.requestId).arg(start).arg(s.latest);
            return d;
        }
        load += s.passengers;
        wheelchairs += s.wheelchairs;
        if (load > vehicle.capacity || load < 0) {
            d.violation = QStringLiteral("stop %1: %2 riders in %3 seats").arg(k).arg(load).arg(vehicle.capacity);
            return d;
        }
        if (wheelchairs > vehicle.wheelchairPlaces || wheelchairs < 0) {
            d.violation = QStringLiteral("stop %1: %2 wheelchairs in %3 places").arg(k).arg(wheelchairs).arg(vehicle.wheelchairPlaces);
            return d;
        }
        clock = start + serviceSeconds;
        location = s.location;
    }
    d.feasible = true;
    return d;
}

std::optional<Insertion> ExhaustiveInsertion::best(const std::vector<DispatchVehicle> &vehicles, const DispatchRequest &request,
                                                   const TravelTimeMatrix &times, double serviceSeconds)
{
    const ScheduledStop pickup = InsertionDispatcher::pickupStop(request, times, serviceSeconds);
    const ScheduledStop dropoff = InsertionDispatcher::dropoffStop(request);
    std::optional<Insertion> best;
    for (int v = 0; v < int(vehicles.size()); ++v) {
        const DispatchVehicle &vehicle = vehicles[std::size_t(v)];
        const Drive before = drive(vehicle, vehicle.stops, times, serviceSeconds);
        const int n = int(vehicle.stops.size());
        for (int i = vehicle.enRoute && n > 0 ? 1 : 0; i <= n; ++i) {
            for (int j = i; j <= n; ++j) {
                std::vector<ScheduledStop> stops = vehicle.stops;
                stops.insert(stops.begin() + j, dropoff);
                stops.insert(stops.begin() + i, pickup);
                const Drive after = drive(vehicle, stops, times, serviceSeconds);
                if (!after.feasible)
                    continue;
                const Insertion candidate{v, i, j, after.driveSeconds - before.driveSeconds, after.start[std::size_t(i)],
                                          after.start[std::size_t(j) + 1]};
                if (!best || candidate.addedSeconds < best->addedSeconds - 1e-6
                    || (candidate.addedSeconds <= best->addedSeconds + 1e-6 && candidate.dropoffTime < best->dropoffTime - 1e-6))
                    best = candidate;
            }
        }
    }
    return best;
}

} // namespace ct::fleets
