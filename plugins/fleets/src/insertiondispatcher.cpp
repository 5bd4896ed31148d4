// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/insertiondispatcher.h"

#include "ct/fleets/traveltimematrix.h"

#include <algorithm>
#include <cmath>

namespace ct::fleets {

namespace {

/// Cheaper, or as cheap and arriving earlier.
bool better(const Insertion &candidate, const std::optional<Insertion> &best)
{
    if (!best)
        return true;
    if (candidate.addedSeconds < best->addedSeconds - 1e-9)
        return true;
    return candidate.addedSeconds <= best->addedSeconds + 1e-9 && candidate.dropoffTime < best->dropoffTime - 1e-9;
}

} // namespace

InsertionDispatcher::InsertionDispatcher(const TravelTimeMatrix &times, double serviceSeconds)
    : m_times(times), m_service(serviceSeconds)
{
}

ScheduledStop InsertionDispatcher::pickupStop(const DispatchRequest &request, const TravelTimeMatrix &times, double serviceSeconds)
{
    return {request.id, true, request.pickup, request.earliestPickup,
            request.latestArrival - serviceSeconds - times.seconds(request.pickup, request.dropoff), request.passengers,
            request.wheelchair ? 1 : 0};
}

ScheduledStop InsertionDispatcher::dropoffStop(const DispatchRequest &request)
{
    return {request.id, false, request.dropoff, -INFINITY, request.latestArrival, -request.passengers,
            request.wheelchair ? -1 : 0};
}

int InsertionDispatcher::addVehicle(DispatchVehicle vehicle)
{
    m_vehicles.push_back(std::move(vehicle));
    m_timing.emplace_back();
    recompute(int(m_vehicles.size()) - 1);
    return int(m_vehicles.size()) - 1;
}

void InsertionDispatcher::recompute(int v)
{
    const DispatchVehicle &vehicle = m_vehicles[std::size_t(v)];
    Timing &t = m_timing[std::size_t(v)];
    const std::size_t n = vehicle.stops.size();
    t.start.resize(n);
    t.latestStart.resize(n);
    t.load.resize(n);
    t.wheelchairs.resize(n);
    int location = vehicle.location, load = vehicle.onboard, wheelchairs = vehicle.onboardWheelchairs;
    double departure = vehicle.availableAt;
    for (std::size_t k = 0; k < n; ++k) {
        const ScheduledStop &s = vehicle.stops[k];
        t.start[k] = std::max(s.earliest, departure + m_times.seconds(location, s.location));
        departure = t.start[k] + m_service;
        location = s.location;
        t.load[k] = load += s.passengers;
        t.wheelchairs[k] = wheelchairs += s.wheelchairs;
    }
    for (std::size_t k = n; k-- > 0;) {
        t.latestStart[k] = vehicle.stops[k].latest;
        if (k + 1 < n)
            t.latestStart[k] = std::min(t.latestStart[k], t.latestStart[k + 1] - m_service
                                                              - m_times.seconds(vehicle.stops[k].location, vehicle.stops[k + 1].location));
    }
}

void InsertionDispatcher::bestFor(int v, const DispatchRequest &request, const ScheduledStop &pickup,
                                  const ScheduledStop &dropoff, std::optional<Insertion> &best) const
{
    const DispatchVehicle &vehicle = m_vehicles[std::size_t(v)];
    const Timing &t = m_timing[std::size_t(v)];
    const int n = int(vehicle.stops.size());
    const int wheel = pickup.wheelchairs;
    if (request.passengers > vehicle.capacity || wheel > vehicle.wheelchairPlaces)
        return;
    const int p = pickup.location, q = dropoff.location;
    const double s = m_service;
    const double direct = m_times.seconds(p, q);
    auto loc = [&](int k) { return vehicle.stops[std::size_t(k)].location; };
    for (int i = vehicle.enRoute && n > 0 ? 1 : 0; i <= n; ++i) {
        const int prevLocation = i == 0 ? vehicle.location : loc(i - 1);
        const double prevDeparture = i == 0 ? vehicle.availableAt : t.start[std::size_t(i - 1)] + s;
        const int loadBefore = i == 0 ? vehicle.onboard : t.load[std::size_t(i - 1)];
        const int wheelBefore = i == 0 ? vehicle.onboardWheelchairs : t.wheelchairs[std::size_t(i - 1)];
        if (loadBefore + request.passengers > vehicle.capacity || wheelBefore + wheel > vehicle.wheelchairPlaces)
            continue;
        const double toPickup = m_times.seconds(prevLocation, p);
        const double tP = std::max(pickup.earliest, prevDeparture + toPickup);
        if (!(tP <= pickup.latest))
            continue;
        const double depP = tP + s;
        // Drop-off straight after the pick-up.
        {
            const double tQ = depP + direct;
            if (tQ <= dropoff.latest) {
                double added = toPickup + direct;
                bool ok = true;
                if (i < n) {
                    const double next = m_times.seconds(q, loc(i));
                    ok = tQ + s + next <= t.latestStart[std::size_t(i)];
                    added += next - m_times.seconds(prevLocation, loc(i));
                }
                if (ok) {
                    const Insertion candidate{v, i, i, added, tP, tQ};
                    if (better(candidate, best))
                        best = candidate;
                }
            }
        }
        if (i == n)
            continue;
        // Drop-off after stop k (k = i … n-1): the stops i … k are delayed by the pick-up.
        const double detour = toPickup + m_times.seconds(p, loc(i)) - m_times.seconds(prevLocation, loc(i));
        double current = 0.0;
        for (int k = i; k < n; ++k) {
            const ScheduledStop &stop = vehicle.stops[std::size_t(k)];
            const double arrival = k == i ? depP + m_times.seconds(p, loc(i)) : current + s + m_times.seconds(loc(k - 1), loc(k));
            current = std::max(stop.earliest, arrival);
            if (!(current <= stop.latest) || t.load[std::size_t(k)] + request.passengers > vehicle.capacity
                || t.wheelchairs[std::size_t(k)] + wheel > vehicle.wheelchairPlaces || current > dropoff.latest)
                break;
            const double toDropoff = m_times.seconds(loc(k), q);
            const double tQ = current + s + toDropoff;
            if (!(tQ <= dropoff.latest))
                continue;
            double added = detour + toDropoff;
            if (k + 1 < n) {
                const double next = m_times.seconds(q, loc(k + 1));
                if (!(tQ + s + next <= t.latestStart[std::size_t(k + 1)]))
                    continue;
                added += next - m_times.seconds(loc(k), loc(k + 1));
            }
            const Insertion candidate{v, i, k + 1, added, tP, tQ};
            if (better(candidate, best))
                best = candidate;
        }
    }
}

std::optional<Insertion> InsertionDispatcher::bestInsertion(const DispatchRequest &request) const
{
    const ScheduledStop pickup = pickupStop(request, m_times, m_service);
    const ScheduledStop dropoff = dropoffStop(request);
    std::optional<Insertion> best;
    if (!(pickup.earliest <= pickup.latest))
        return best;
    for (int v = 0; v < int(m_vehicles.size()); ++v)
        bestFor(v, request, pickup, dropoff, best);
    return best;
}

std::optional<Insertion> InsertionDispatcher::assign(const DispatchRequest &request)
{
    auto best = bestInsertion(request);
    if (best)
        apply(request, *best);
    return best;
}

void InsertionDispatcher::apply(const DispatchRequest &request, const Insertion &insertion)
{
    auto &stops = m_vehicles[std::size_t(insertion.vehicle)].stops;
    stops.insert(stops.begin() + insertion.dropoffPosition, dropoffStop(request));
    stops.insert(stops.begin() + insertion.pickupPosition, pickupStop(request, m_times, m_service));
    recompute(insertion.vehicle);
}

void InsertionDispatcher::advanceTo(double time)
{
    for (int v = 0; v < int(m_vehicles.size()); ++v) {
        DispatchVehicle &vehicle = m_vehicles[std::size_t(v)];
        const Timing &t = m_timing[std::size_t(v)];
        std::size_t done = 0;
        while (done < vehicle.stops.size() && t.start[done] <= time)
            ++done;
        if (done > 0) {
            for (std::size_t k = 0; k < done; ++k) {
                vehicle.onboard += vehicle.stops[k].passengers;
                vehicle.onboardWheelchairs += vehicle.stops[k].wheelchairs;
            }
            vehicle.location = vehicle.stops[done - 1].location;
            vehicle.availableAt = t.start[done - 1] + m_service;
            vehicle.stops.erase(vehicle.stops.begin(), vehicle.stops.begin() + std::ptrdiff_t(done));
        }
        if (vehicle.stops.empty()) {
            vehicle.availableAt = std::max(vehicle.availableAt, time);
            vehicle.enRoute = false;
        } else {
            vehicle.enRoute = vehicle.availableAt <= time;
        }
        recompute(v);
    }
}

} // namespace ct::fleets
