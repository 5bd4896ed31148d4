// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/ondemandmodel.h"

#include "ct/fleets/traveltimematrix.h"
#include "ct/sim/engine.h"
#include "ct/sim/snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::fleets {

namespace {
enum Kind { RequestArrives = 1, Reoptimise = 2, Finish = 3 };
constexpr std::uint8_t kBusMode = 2;   // Snapshot::modes: drawn as a bus

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
} // namespace

OnDemandModel::OnDemandModel(QString id, std::shared_ptr<const OnDemandService> service, std::vector<TripRequest> requests,
                             Fleet fleet, std::vector<int> depots)
    : m_id(std::move(id)), m_service(std::move(service)), m_requests(std::move(requests)), m_fleet(fleet), m_depots(std::move(depots))
{
}

void OnDemandModel::start(sim::Engine &engine)
{
    for (int i = 0; i < engine.modelCount(); ++i)
        if (engine.model(i) == this)
            m_self = i;
    m_legs = std::make_unique<LegRoutes>(m_service->graph());
    m_dispatcher = std::make_unique<InsertionDispatcher>(m_service->times(), m_service->options().serviceSeconds);
    const int stops = m_service->stopCount();
    for (int v = 0; v < m_fleet.vehicles && stops > 0; ++v) {
        DispatchVehicle vehicle;
        vehicle.id = QStringLiteral("%1-%2").arg(m_id).arg(v + 1, 3, 10, QLatin1Char('0'));
        vehicle.capacity = m_fleet.capacity;
        vehicle.wheelchairPlaces = m_fleet.wheelchairPlaces;
        vehicle.location = m_depots.empty() ? int((std::int64_t(v) * stops) / std::max(1, m_fleet.vehicles))
                                            : m_depots[std::size_t(v) % m_depots.size()];
        m_dispatcher->addVehicle(std::move(vehicle));
    }
    for (std::size_t i = 0; i < m_requests.size(); ++i)
        engine.schedule(sim::fromSeconds(m_requests[i].requestedAt), m_self, RequestArrives, std::int64_t(i));
    if (m_fleet.reoptimiseSeconds > 0.0)
        engine.schedule(sim::fromSeconds(m_fleet.reoptimiseSeconds), m_self, Reoptimise);
    engine.schedule(engine.endTime(), m_self, Finish);
}

void OnDemandModel::handle(sim::Engine &engine, const sim::Event &event)
{
    const double now = sim::toSeconds(engine.now());
    switch (event.kind) {
    case RequestArrives: {
        const TripRequest &request = m_requests[std::size_t(event.a)];
        ++m_arrived;
        execute(now);
        if (request.passengers > m_fleet.capacity)
            return reject(engine, request, QStringLiteral("too_many_passengers"));
        if (request.wheelchair && m_fleet.wheelchairPlaces < 1)
            return reject(engine, request, QStringLiteral("no_wheelchair_place"));
        const OnDemandService::Placement placement = m_service->place(request);
        if (!placement.ok())
            return reject(engine, request, placement.reason);
        DispatchRequest d;
        d.id = request.id;
        d.pickup = placement.pickup;
        d.dropoff = placement.dropoff;
        d.earliestPickup = std::max(placement.earliestPickup, now);
        d.latestArrival = placement.latestArrival;
        d.passengers = request.passengers;
        d.wheelchair = request.wheelchair;
        if (!m_dispatcher->assign(d))
            return reject(engine, request, QStringLiteral("no_vehicle"));
        m_dispatchRequests.insert(d.id, d);
        m_rideOf.insert(d.id, int(m_rides.size()));
        m_rides.push_back({d.id, d.passengers, request.requestedAt, d.earliestPickup, d.latestArrival, placement.directSeconds});
        return;
    }
    case Reoptimise:
        reoptimise(now);
        engine.schedule(engine.now() + sim::fromSeconds(m_fleet.reoptimiseSeconds), m_self, Reoptimise);
        return;
    case Finish:
        execute(now);
        return;
    default:
        return;
    }
}

void OnDemandModel::reject(sim::Engine &engine, const TripRequest &request, const QString &reason)
{
    m_rejections.emplace_back(request.id, reason);
    engine.record(m_id, QStringLiteral("rejected"),
                  {{QStringLiteral("request"), request.id}, {QStringLiteral("reason"), reason},
                   {QStringLiteral("x"), request.origin.x}, {QStringLiteral("y"), request.origin.y}});
}

void OnDemandModel::execute(double time)
{
    const TravelTimeMatrix &T = m_service->times();
    const double service = m_service->options().serviceSeconds;
    const auto &vehicles = m_dispatcher->vehicles();
    for (int v = 0; v < int(vehicles.size()); ++v) {
        const DispatchVehicle &vehicle = vehicles[std::size_t(v)];
        int location = vehicle.location, load = vehicle.onboard, wheelchairs = vehicle.onboardWheelchairs;
        double departure = vehicle.availableAt;
        // The same schedule the dispatcher keeps (InsertionDispatcher::recompute) and the same
        // test for what is done by `time` (advanceTo), so both agree on every stop.
        for (const ScheduledStop &s : vehicle.stops) {
            const double start = std::max(s.earliest, departure + T.seconds(location, s.location));
            if (!(start <= time))
                break;
            if (location != s.location) {
                const double metres = m_legs->metres(m_service->stopNode(location), m_service->stopNode(s.location));
                m_vehicleMetres += metres;
                m_passengerMetres += metres * load;
            }
            load += s.passengers;
            wheelchairs += s.wheelchairs;
            m_visits.push_back({v, s.requestId, s.pickup, s.location, start, load, wheelchairs});
            Ride &ride = m_rides[std::size_t(m_rideOf.value(s.requestId))];
            (s.pickup ? ride.pickupTime : ride.dropoffTime) = start;
            departure = start + service;
            location = s.location;
        }
    }
    m_dispatcher->advanceTo(time);
    m_lastExecuted = time;
}

double OnDemandModel::plannedSeconds(const InsertionDispatcher &dispatcher) const
{
    const TravelTimeMatrix &T = m_service->times();
    double total = 0.0;
    for (const DispatchVehicle &vehicle : dispatcher.vehicles()) {
        int location = vehicle.location;
        for (const ScheduledStop &s : vehicle.stops) {
            total += T.seconds(location, s.location);
            location = s.location;
        }
    }
    return total;
}

void OnDemandModel::reoptimise(double time)
{
    execute(time);
    auto fresh = std::make_unique<InsertionDispatcher>(m_service->times(), m_service->options().serviceSeconds);
    std::vector<DispatchRequest> pending;
    for (DispatchVehicle vehicle : m_dispatcher->vehicles()) {
        QSet<int> pickedUp;   // requests with their pick-up still in the list
        for (const ScheduledStop &s : vehicle.stops)
            if (s.pickup)
                pickedUp.insert(s.requestId);
        const int locked = vehicle.enRoute && !vehicle.stops.empty() ? vehicle.stops.front().requestId : -1;
        std::vector<ScheduledStop> kept;
        for (const ScheduledStop &s : vehicle.stops) {
            if (s.requestId == locked || !pickedUp.contains(s.requestId)) {
                kept.push_back(s);
            } else if (s.pickup) {
                pending.push_back(m_dispatchRequests.value(s.requestId));
            }
        }
        vehicle.stops = std::move(kept);
        fresh->addVehicle(std::move(vehicle));
    }
    if (pending.empty())
        return;
    std::sort(pending.begin(), pending.end(), [](const DispatchRequest &a, const DispatchRequest &b) {
        return a.earliestPickup != b.earliestPickup ? a.earliestPickup < b.earliestPickup : a.id < b.id;
    });
    for (const DispatchRequest &r : pending)
        if (!fresh->assign(r))
            return;
    const double before = plannedSeconds(*m_dispatcher), after = plannedSeconds(*fresh);
    if (after < before - 1e-6) {
        m_dispatcher = std::move(fresh);
        ++m_reoptimisations;
        m_reoptimisationSaving += before - after;
    }
}

OnDemandModel::VehicleState OnDemandModel::vehicleAt(int v, double time) const
{
    const TravelTimeMatrix &T = m_service->times();
    const double service = m_service->options().serviceSeconds;
    const DispatchVehicle &vehicle = m_dispatcher->vehicles()[std::size_t(v)];
    VehicleState state;
    int location = vehicle.location;
    double departure = vehicle.availableAt;
    state.onboard = vehicle.onboard;
    auto at = [&](int stop, const char *what) {
        state.pose.position = m_service->stopPosition(stop);
        state.state = QString::fromLatin1(what);
        return state;
    };
    for (const ScheduledStop &s : vehicle.stops) {
        if (time < departure)
            return at(location, "boarding");
        const double arrival = departure + T.seconds(location, s.location);
        if (time < arrival) {
            const double share = arrival > departure ? (time - departure) / (arrival - departure) : 1.0;
            state.pose = m_legs->poseAlong(m_service->stopNode(location), m_service->stopNode(s.location), share);
            state.state = QStringLiteral("driving");
            return state;
        }
        const double start = std::max(s.earliest, arrival);
        if (time < start)
            return at(s.location, "waiting");
        state.onboard += s.passengers;
        departure = start + service;
        location = s.location;
    }
    return at(location, time < departure ? "boarding" : "idle");
}

QJsonObject OnDemandModel::kpis() const
{
    std::vector<double> waits, detours;
    int pickedUp = 0, served = 0;
    for (const Ride &r : m_rides) {
        if (r.pickupTime >= 0.0) {
            ++pickedUp;
            waits.push_back(r.pickupTime - r.requestedAt);
        }
        if (r.dropoffTime >= 0.0) {
            ++served;
            const double ride = r.dropoffTime - r.pickupTime - m_service->options().serviceSeconds;
            if (r.directSeconds > 0.0)
                detours.push_back(ride / r.directSeconds);
        }
    }
    auto mean = [](const std::vector<double> &v) { return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); };
    auto quantile = [](std::vector<double> v, double q) {
        if (v.empty())
            return 0.0;
        std::sort(v.begin(), v.end());
        const double rank = std::ceil(q * double(v.size())) - 1.0;
        return v[std::size_t(std::clamp(rank, 0.0, double(v.size() - 1)))];
    };
    QJsonObject byReason;
    for (const auto &[id, reason] : m_rejections)
        byReason[reason] = byReason.value(reason).toInt() + 1;
    int onboard = 0;
    for (const DispatchVehicle &v : m_dispatcher->vehicles())
        onboard += v.onboard;
    QJsonObject k;
    k.insert(QStringLiteral("vehicles"), int(m_dispatcher->vehicles().size()));
    k.insert(QStringLiteral("capacity"), m_fleet.capacity);
    k.insert(QStringLiteral("stops"), m_service->stopCount());
    k.insert(QStringLiteral("requests"), m_arrived);
    k.insert(QStringLiteral("accepted"), int(m_rides.size()));
    k.insert(QStringLiteral("rejected"), int(m_rejections.size()));
    k.insert(QStringLiteral("rejected_by_reason"), byReason);
    k.insert(QStringLiteral("picked_up"), pickedUp);
    k.insert(QStringLiteral("served"), served);
    k.insert(QStringLiteral("riding_at_end"), onboard);
    k.insert(QStringLiteral("waiting_at_end"), int(m_rides.size()) - pickedUp);
    k.insert(QStringLiteral("mean_wait_s"), round3(mean(waits)));
    k.insert(QStringLiteral("p90_wait_s"), round3(quantile(waits, 0.9)));
    k.insert(QStringLiteral("max_wait_s"), round3(waits.empty() ? 0.0 : *std::max_element(waits.begin(), waits.end())));
    k.insert(QStringLiteral("mean_detour_factor"), round3(mean(detours)));
    k.insert(QStringLiteral("max_detour_factor"), round3(detours.empty() ? 0.0 : *std::max_element(detours.begin(), detours.end())));
    k.insert(QStringLiteral("vehicle_km"), round3(m_vehicleMetres / 1000.0));
    k.insert(QStringLiteral("passenger_km"), round3(m_passengerMetres / 1000.0));
    k.insert(QStringLiteral("occupancy"), round3(m_vehicleMetres > 0.0 ? m_passengerMetres / m_vehicleMetres : 0.0));
    k.insert(QStringLiteral("reoptimisations"), m_reoptimisations);
    k.insert(QStringLiteral("reoptimisation_saving_s"), round3(m_reoptimisationSaving));
    return k;
}

void OnDemandModel::contribute(sim::Snapshot &snapshot) const
{
    if (!m_dispatcher)
        return;
    const double time = sim::toSeconds(snapshot.time);
    sim::FeatureState state;
    state.layer = QStringLiteral("ondemand_vehicles");
    state.numberNames = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("heading_deg"), QStringLiteral("onboard"),
                         QStringLiteral("capacity")};
    state.textNames = {QStringLiteral("vehicle_id"), QStringLiteral("state")};
    int riding = 0;
    const auto &vehicles = m_dispatcher->vehicles();
    for (int v = 0; v < int(vehicles.size()); ++v) {
        const VehicleState s = vehicleAt(v, time);
        state.append(v + 1, {s.pose.position.x, s.pose.position.y, s.pose.headingDeg, double(s.onboard), double(m_fleet.capacity)},
                     {vehicles[std::size_t(v)].id, s.state});
        snapshot.positions.push_back(s.pose.position.x);
        snapshot.positions.push_back(s.pose.position.y);
        snapshot.modes.push_back(kBusMode);
        snapshot.sizes.push_back(std::uint16_t(s.onboard));
        riding += s.onboard;
    }
    state.style.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "On-demand vehicles: riders on board"));
    state.style.colorBy = QStringLiteral("onboard");
    state.style.colorStops = {{0, QStringLiteral("#9e9e9e"), QStringLiteral("0")},
                              {1, QStringLiteral("#4caf50"), QStringLiteral("1")},
                              {double(m_fleet.capacity), QStringLiteral("#d32f2f"), QString::number(m_fleet.capacity)}};
    snapshot.featureStates.push_back(std::move(state));
    int served = 0;
    for (const Ride &r : m_rides)
        served += r.dropoffTime >= 0.0 && r.dropoffTime <= time ? 1 : 0;
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("requests"), m_arrived},
                                            {QStringLiteral("accepted"), int(m_rides.size())},
                                            {QStringLiteral("rejected"), int(m_rejections.size())},
                                            {QStringLiteral("served"), served},
                                            {QStringLiteral("riding"), riding},
                                            {QStringLiteral("vehicle_km"), round3(m_vehicleMetres / 1000.0)}});
}

} // namespace ct::fleets
