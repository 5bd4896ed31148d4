// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/logisticsmodel.h"

#include "ct/sim/engine.h"
#include "ct/sim/snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ct::fleets {

namespace {

enum EventKind { OrderArrives = 1, Timeout = 2, Delivered = 3, Returned = 4, Retry = 5, Finish = 6 };
constexpr std::uint8_t kWalkingMode = 1;   // Snapshot::modes: robots keep to the footways
constexpr std::uint8_t kVehicleMode = 0;   // drones: drawn like a vehicle
constexpr double kEpsilon = 1e-9;

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
double distance(geo::Point a, geo::Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

QString kindName(ParcelOrder::Kind kind)
{
    return kind == ParcelOrder::Kind::Robot ? QStringLiteral("robot") : QStringLiteral("drone");
}

//! Position and heading (degrees clockwise from north) at `share` of a polyline's length.
std::pair<geo::Point, double> along(const std::vector<geo::Point> &line, double share)
{
    if (line.size() < 2)
        return {line.empty() ? geo::Point{} : line.front(), 0.0};
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += distance(line[i - 1], line[i]);
    double left = std::clamp(share, 0.0, 1.0) * total;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const geo::Point a = line[i - 1], b = line[i];
        const double piece = distance(a, b);
        if (piece <= 0.0)
            continue;
        const double heading = std::fmod(std::atan2(b.x - a.x, b.y - a.y) * 180.0 / M_PI + 360.0, 360.0);
        if (left <= piece || i + 1 == line.size()) {
            const double f = std::min(1.0, left / piece);
            return {{a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f}, heading};
        }
        left -= piece;
    }
    return {line.back(), 0.0};
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const double rank = std::ceil(q * double(v.size())) - 1.0;
    return v[std::size_t(std::clamp(rank, 0.0, double(v.size() - 1)))];
}

double mean(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

} // namespace

LogisticsModel::LogisticsModel(QString id, std::shared_ptr<const RobotRouter> robots, std::shared_ptr<const DronePlanner> drones,
                               std::vector<geo::Point> robotDepots, std::vector<geo::Point> droneDepots, std::vector<Vehicle> vehicles,
                               std::vector<ParcelOrder> orders, Options options)
    : m_id(std::move(id)), m_robots(std::move(robots)), m_drones(std::move(drones)), m_robotDepots(std::move(robotDepots)),
      m_droneDepots(std::move(droneDepots)), m_vehicles(std::move(vehicles)), m_orders(std::move(orders)), m_options(options)
{
}

geo::Point LogisticsModel::depotOf(const Vehicle &vehicle) const
{
    return (vehicle.kind == Kind::Robot ? m_robotDepots : m_droneDepots)[std::size_t(vehicle.depot)];
}

void LogisticsModel::start(sim::Engine &engine)
{
    for (int i = 0; i < engine.modelCount(); ++i)
        if (engine.model(i) == this)
            m_self = i;
    m_outcomes.assign(m_orders.size(), {});
    m_tripOf.assign(m_vehicles.size(), -1);
    m_lastTrip.assign(m_vehicles.size(), -1);
    for (std::size_t i = 0; i < m_orders.size(); ++i)
        engine.schedule(sim::fromSeconds(m_orders[i].requestedAt), m_self, OrderArrives, std::int64_t(i));
    engine.schedule(engine.endTime(), m_self, Finish);
}

const LogisticsModel::Way &LogisticsModel::way(Kind kind, geo::Point from, geo::Point to) const
{
    const auto key = std::make_tuple(int(kind), from.x, from.y, to.x, to.y);
    if (auto it = m_ways.find(key); it != m_ways.end())
        return it->second;
    Way w;
    // Both the walking graph (every footway both ways, same length) and the air are symmetric:
    // the way back is the way there reversed, so one search serves both.
    if (auto back = m_ways.find(std::make_tuple(int(kind), to.x, to.y, from.x, from.y)); back != m_ways.end()) {
        w = back->second;
        std::reverse(w.polyline.begin(), w.polyline.end());
        return m_ways.emplace(key, std::move(w)).first->second;
    }
    if (from == to) {
        w.ok = true;
        w.polyline = {from};
    } else if (kind == Kind::Robot) {
        if (!m_robots) {
            w.reason = QStringLiteral("no_vehicle");
        } else {
            RobotRouter::Robot robot;
            robot.speedMps = m_options.robot.speedMps;
            robot.rangeM = 0.0;   // the range is checked for the whole trip, not one way
            auto route = m_robots->route(from, to, robot);
            if (route) {
                w.ok = true;
                w.polyline = route->polyline;
                w.metres = route->metres;
            } else {
                w.reason = QStringLiteral("unreachable");
                w.detail = route.error().message;
            }
        }
    } else {
        if (!m_drones) {
            w.reason = QStringLiteral("no_vehicle");
        } else {
            DroneSpec unlimited;
            unlimited.cruiseSpeedMps = m_options.drone.speedMps;
            unlimited.fullRangeM = std::numeric_limits<double>::max() / 4.0;   // range: checked for the whole trip
            unlimited.charge = 1.0;
            unlimited.reserve = 0.0;
            auto path = m_drones->plan(from, to, unlimited, false);
            if (path) {
                w.ok = true;
                w.polyline = path->waypoints;
                w.metres = path->metres;
            } else {
                w.reason = m_drones->zoneAt(from) >= 0 || m_drones->zoneAt(to) >= 0 ? QStringLiteral("no_fly_zone")
                                                                                      : QStringLiteral("no_corridor");
                w.detail = path.error().message;
            }
        }
    }
    return m_ways.emplace(key, std::move(w)).first->second;
}

double LogisticsModel::chargeAt(int v, double time) const
{
    const KindSpec &s = spec(m_vehicles[std::size_t(v)].kind);
    const int last = m_lastTrip[std::size_t(v)];
    if (last >= 0) {
        const Trip &trip = m_trips[std::size_t(last)];
        if (time < trip.returned) {
            // Out on the trip: drained by the metres flown or driven so far.
            double done = 0.0;
            for (const Leg &leg : trip.legs) {
                if (time >= leg.end)
                    done += leg.metres;
                else if (time > leg.start && leg.end > leg.start)
                    done += leg.metres * (time - leg.start) / (leg.end - leg.start);
            }
            return trip.chargeAtStart - done / s.fullRangeM;
        }
    }
    const double base = last >= 0 ? m_trips[std::size_t(last)].chargeAtEnd : m_vehicles[std::size_t(v)].initialCharge;
    const double since = last >= 0 ? m_trips[std::size_t(last)].returned : 0.0;
    if (s.chargeSeconds <= 0.0)
        return 1.0;   // the battery is swapped at the depot: full whenever idle
    return std::min(1.0, base + std::max(0.0, time - since) / s.chargeSeconds);
}

void LogisticsModel::handle(sim::Engine &engine, const sim::Event &event)
{
    const double now = sim::toSeconds(engine.now());
    m_now = now;
    switch (event.kind) {
    case OrderArrives: {
        const int o = int(event.a);
        const ParcelOrder &order = m_orders[std::size_t(o)];
        ++m_arrived;
        const bool anyVehicle = std::any_of(m_vehicles.begin(), m_vehicles.end(), [&](const Vehicle &v) { return v.kind == order.kind; });
        if (order.depot < 0 || !anyVehicle)
            return reject(engine, o, QStringLiteral("no_vehicle"),
                          order.kind == Kind::Robot ? QCoreApplication::translate("LogisticsModel", "no delivery robot in the fleet")
                                                    : QCoreApplication::translate("LogisticsModel", "no drone in the fleet"));
        const geo::Point depot = (order.kind == Kind::Robot ? m_robotDepots : m_droneDepots)[std::size_t(order.depot)];
        const Way &out = way(order.kind, depot, order.destination);
        if (!out.ok)
            return reject(engine, o, out.reason, out.detail);
        const Way &back = way(order.kind, order.destination, depot);
        if (!back.ok)
            return reject(engine, o, back.reason, back.detail);
        const KindSpec &s = spec(order.kind);
        const double usable = s.fullRangeM * (1.0 - m_options.reserve);
        if (out.metres + back.metres > usable)
            return reject(engine, o, QStringLiteral("beyond_range"),
                          QCoreApplication::translate("LogisticsModel", "there and back is %1 km, a full battery lasts %2 km above the reserve")
                              .arg((out.metres + back.metres) / 1000.0, 0, 'f', 2)
                              .arg(usable / 1000.0, 0, 'f', 2));
        m_outcomes[std::size_t(o)].status = Outcome::Status::Queued;
        m_queue.push_back(o);
        engine.schedule(sim::fromSeconds(order.requestedAt + m_options.maxWaitSeconds), m_self, Timeout, o);
        serveQueue(engine, now);
        return;
    }
    case Timeout: {
        const int o = int(event.a);
        if (m_outcomes[std::size_t(o)].status != Outcome::Status::Queued)
            return;
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), o), m_queue.end());
        return reject(engine, o, QStringLiteral("timeout"),
                      (m_orders[std::size_t(o)].kind == Kind::Robot
                           ? QCoreApplication::translate("LogisticsModel", "no delivery robot could take it within %1 min")
                           : QCoreApplication::translate("LogisticsModel", "no drone could take it within %1 min"))
                          .arg(m_options.maxWaitSeconds / 60.0, 0, 'f', 0));
    }
    case Delivered: {
        const Trip &trip = m_trips[std::size_t(event.a)];
        const ParcelOrder &order = m_orders[std::size_t(trip.order)];
        m_outcomes[std::size_t(trip.order)].status = Outcome::Status::Delivered;
        engine.record(m_id, QStringLiteral("delivered"),
                      {{QStringLiteral("order"), order.id},
                       {QStringLiteral("kind"), kindName(order.kind)},
                       {QStringLiteral("vehicle"), m_vehicles[std::size_t(trip.vehicle)].id},
                       {QStringLiteral("delivery_s"), round3(trip.delivered - order.requestedAt)},
                       {QStringLiteral("x"), order.destination.x},
                       {QStringLiteral("y"), order.destination.y}});
        return;
    }
    case Returned: {
        const Trip &trip = m_trips[std::size_t(event.a)];
        m_tripOf[std::size_t(trip.vehicle)] = -1;
        serveQueue(engine, now);
        return;
    }
    case Retry:
        if (engine.now() >= m_nextRetry)
            m_nextRetry = -1;
        serveQueue(engine, now);
        return;
    default:
        return;
    }
}

void LogisticsModel::reject(sim::Engine &engine, int o, const QString &reason, const QString &detail)
{
    Outcome &outcome = m_outcomes[std::size_t(o)];
    outcome.status = Outcome::Status::Rejected;
    outcome.reason = reason;
    outcome.detail = detail;
    const ParcelOrder &order = m_orders[std::size_t(o)];
    engine.record(m_id, QStringLiteral("rejected"),
                  {{QStringLiteral("order"), order.id},
                   {QStringLiteral("kind"), kindName(order.kind)},
                   {QStringLiteral("reason"), reason},
                   {QStringLiteral("detail"), detail},
                   {QStringLiteral("x"), order.destination.x},
                   {QStringLiteral("y"), order.destination.y}});
}

void LogisticsModel::serveQueue(sim::Engine &engine, double now)
{
    double nextReady = std::numeric_limits<double>::infinity();
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const int o = *it;
        const ParcelOrder &order = m_orders[std::size_t(o)];
        const geo::Point depot = (order.kind == Kind::Robot ? m_robotDepots : m_droneDepots)[std::size_t(order.depot)];
        const KindSpec &s = spec(order.kind);
        std::vector<int> idle;
        for (int v = 0; v < int(m_vehicles.size()); ++v)
            if (m_vehicles[std::size_t(v)].kind == order.kind && m_tripOf[std::size_t(v)] < 0)
                idle.push_back(v);
        std::stable_sort(idle.begin(), idle.end(), [&](int a, int b) {
            return distance(depotOf(m_vehicles[std::size_t(a)]), depot) < distance(depotOf(m_vehicles[std::size_t(b)]), depot);
        });
        bool served = false;
        const Way &out = way(order.kind, depot, order.destination);
        for (int v : idle) {
            const geo::Point home = depotOf(m_vehicles[std::size_t(v)]);
            const double charge = chargeAt(v, now);
            // The trip is at least the straight way to the depot, the way out and the straight
            // way back: a vehicle whose charge does not hold even that is not asked for its ways.
            const double atLeast = (distance(home, depot) + out.metres + distance(order.destination, home)) / s.fullRangeM;
            if (charge - atLeast < m_options.reserve - kEpsilon) {
                if (s.chargeSeconds > 0.0 && m_options.reserve + atLeast <= 1.0 + kEpsilon)
                    nextReady = std::min(nextReady, now + (m_options.reserve + atLeast - charge) * s.chargeSeconds + 0.5);
                continue;
            }
            const Way &first = way(order.kind, home, depot);
            const Way &back = way(order.kind, order.destination, home);
            if (!first.ok || !back.ok)
                continue;
            const double metres = first.metres + out.metres + back.metres;
            const double need = metres / s.fullRangeM;
            if (m_options.reserve + need > 1.0 + kEpsilon)
                continue;   // this vehicle's depot is too far: never, however long it charges
            if (charge - need >= m_options.reserve - kEpsilon) {
                served = dispatch(engine, o, v, now);
                if (served)
                    break;
            } else if (s.chargeSeconds > 0.0) {
                // Half a second late, so that the charge has surely reached it on the engine's clock.
                nextReady = std::min(nextReady, now + (m_options.reserve + need - charge) * s.chargeSeconds + 0.5);
            }
        }
        it = served ? m_queue.erase(it) : it + 1;
    }
    // One retry pending at a time, the earliest (a stale one, already past, counts as none).
    const sim::SimTime at = std::isfinite(nextReady) ? sim::fromSeconds(nextReady) : -1;
    if (at >= 0 && (m_nextRetry < engine.now() || at < m_nextRetry)) {
        m_nextRetry = at;
        engine.schedule(at, m_self, Retry);
    }
}

bool LogisticsModel::dispatch(sim::Engine &engine, int o, int v, double now)
{
    const ParcelOrder &order = m_orders[std::size_t(o)];
    const geo::Point depot = (order.kind == Kind::Robot ? m_robotDepots : m_droneDepots)[std::size_t(order.depot)];
    const geo::Point home = depotOf(m_vehicles[std::size_t(v)]);
    const KindSpec &s = spec(order.kind);
    Trip trip;
    trip.vehicle = v;
    trip.order = o;
    trip.dispatched = now;
    trip.chargeAtStart = chargeAt(v, now);
    double t = now;
    auto add = [&](const Way &w, const char *state) {
        if (w.metres <= 0.0)
            return;
        const double seconds = w.metres / s.speedMps;
        trip.legs.push_back({w.polyline, w.metres, t, t + seconds, QString::fromLatin1(state)});
        trip.metres += w.metres;
        t += seconds;
    };
    add(way(order.kind, home, depot), "to_depot");
    add(way(order.kind, depot, order.destination), "delivering");
    trip.legs.push_back({{order.destination}, 0.0, t, t + m_options.dwellSeconds, QStringLiteral("handover")});
    t += m_options.dwellSeconds;
    trip.delivered = t;
    add(way(order.kind, order.destination, home), "returning");
    trip.returned = t;
    trip.chargeAtEnd = trip.chargeAtStart - trip.metres / s.fullRangeM;
    const int index = int(m_trips.size());
    m_trips.push_back(std::move(trip));
    m_tripOf[std::size_t(v)] = index;
    m_lastTrip[std::size_t(v)] = index;
    m_outcomes[std::size_t(o)].status = Outcome::Status::Underway;
    m_outcomes[std::size_t(o)].trip = index;
    engine.schedule(sim::fromSeconds(m_trips.back().delivered), m_self, Delivered, index);
    engine.schedule(sim::fromSeconds(m_trips.back().returned), m_self, Returned, index);
    return true;
}

LogisticsModel::VehicleState LogisticsModel::vehicleAt(int v, double time) const
{
    VehicleState state;
    const Vehicle &vehicle = m_vehicles[std::size_t(v)];
    state.charge = chargeAt(v, time);
    const int last = m_lastTrip.empty() ? -1 : m_lastTrip[std::size_t(v)];
    if (last >= 0) {
        const Trip &trip = m_trips[std::size_t(last)];
        if (time >= trip.dispatched && time < trip.returned) {
            for (const Leg &leg : trip.legs) {
                if (time >= leg.end)
                    continue;
                const double share = leg.end > leg.start ? (time - leg.start) / (leg.end - leg.start) : 1.0;
                const auto [position, heading] = along(leg.polyline, share);
                state.position = position;
                state.headingDeg = heading;
                state.state = leg.state;
                state.order = leg.state == QLatin1String("returning") ? 0 : m_orders[std::size_t(trip.order)].id;
                return state;
            }
        }
    }
    state.position = depotOf(vehicle);
    state.state = state.charge < 1.0 - kEpsilon ? QStringLiteral("charging") : QStringLiteral("idle");
    return state;
}

QJsonObject LogisticsModel::kpis() const
{
    struct PerKind
    {
        int vehicles = 0, orders = 0, delivered = 0, rejected = 0;
        double metres = 0.0, busy = 0.0, lowest = 1.0;
        std::vector<double> times;
    };
    PerKind per[2];
    for (const Vehicle &v : m_vehicles)
        ++per[int(v.kind)].vehicles;
    for (std::size_t i = 0; i < m_orders.size() && i < m_outcomes.size(); ++i) {
        per[int(m_orders[i].kind)].orders += m_outcomes[i].status != Outcome::Status::Pending;
        per[int(m_orders[i].kind)].rejected += m_outcomes[i].status == Outcome::Status::Rejected;
    }
    for (const Trip &trip : m_trips) {
        PerKind &k = per[int(m_vehicles[std::size_t(trip.vehicle)].kind)];
        for (const Leg &leg : trip.legs)
            if (leg.end <= m_now + kEpsilon)
                k.metres += leg.metres;   // legs finished
        k.busy += std::min(trip.returned, m_now) - trip.dispatched;
        k.lowest = std::min(k.lowest, trip.chargeAtEnd);
        if (m_outcomes[std::size_t(trip.order)].status == Outcome::Status::Delivered) {
            ++k.delivered;
            k.times.push_back(trip.delivered - m_orders[std::size_t(trip.order)].requestedAt);
        }
    }
    QJsonObject byReason;
    int rejected = 0, queued = 0, underway = 0;
    for (const Outcome &o : m_outcomes) {
        if (o.status == Outcome::Status::Rejected) {
            ++rejected;
            byReason[o.reason] = byReason.value(o.reason).toInt() + 1;
        }
        queued += o.status == Outcome::Status::Queued;
        underway += o.status == Outcome::Status::Underway;
    }
    std::vector<double> all = per[0].times;
    all.insert(all.end(), per[1].times.begin(), per[1].times.end());
    const double energyRobot = per[0].metres / m_options.robot.fullRangeM * m_options.robot.batteryKwh;
    const double energyDrone = per[1].metres / m_options.drone.fullRangeM * m_options.drone.batteryKwh;
    auto utilisation = [&](const PerKind &k) { return k.vehicles > 0 && m_now > 0.0 ? k.busy / (k.vehicles * m_now) : 0.0; };
    QJsonObject k;
    k.insert(QStringLiteral("robots"), per[0].vehicles);
    k.insert(QStringLiteral("drones"), per[1].vehicles);
    k.insert(QStringLiteral("robot_depots"), int(m_robotDepots.size()));
    k.insert(QStringLiteral("drone_depots"), int(m_droneDepots.size()));
    k.insert(QStringLiteral("orders"), m_arrived);
    k.insert(QStringLiteral("robot_orders"), per[0].orders);
    k.insert(QStringLiteral("drone_orders"), per[1].orders);
    k.insert(QStringLiteral("delivered"), per[0].delivered + per[1].delivered);
    k.insert(QStringLiteral("robot_delivered"), per[0].delivered);
    k.insert(QStringLiteral("drone_delivered"), per[1].delivered);
    k.insert(QStringLiteral("rejected"), rejected);
    k.insert(QStringLiteral("robot_rejected"), per[0].rejected);
    k.insert(QStringLiteral("drone_rejected"), per[1].rejected);
    k.insert(QStringLiteral("rejected_by_reason"), byReason);
    k.insert(QStringLiteral("queued_at_end"), queued);
    k.insert(QStringLiteral("underway_at_end"), underway);
    k.insert(QStringLiteral("mean_delivery_s"), round3(mean(all)));
    k.insert(QStringLiteral("p90_delivery_s"), round3(quantile(all, 0.9)));
    k.insert(QStringLiteral("max_delivery_s"), round3(all.empty() ? 0.0 : *std::max_element(all.begin(), all.end())));
    k.insert(QStringLiteral("robot_mean_delivery_s"), round3(mean(per[0].times)));
    k.insert(QStringLiteral("drone_mean_delivery_s"), round3(mean(per[1].times)));
    k.insert(QStringLiteral("vehicle_km"), round3((per[0].metres + per[1].metres) / 1000.0));
    k.insert(QStringLiteral("robot_km"), round3(per[0].metres / 1000.0));
    k.insert(QStringLiteral("drone_km"), round3(per[1].metres / 1000.0));
    k.insert(QStringLiteral("energy_kwh"), round3(energyRobot + energyDrone));
    k.insert(QStringLiteral("robot_energy_kwh"), round3(energyRobot));
    k.insert(QStringLiteral("drone_energy_kwh"), round3(energyDrone));
    k.insert(QStringLiteral("robot_utilisation"), round3(utilisation(per[0])));
    k.insert(QStringLiteral("drone_utilisation"), round3(utilisation(per[1])));
    k.insert(QStringLiteral("lowest_charge"), round3(std::min(per[0].lowest, per[1].lowest)));
    return k;
}

void LogisticsModel::contribute(sim::Snapshot &snapshot) const
{
    if (m_tripOf.size() != m_vehicles.size())
        return;   // not started
    const double time = sim::toSeconds(snapshot.time);
    sim::FeatureState layers[2];
    layers[0].layer = QStringLiteral("logistics_robots");
    layers[1].layer = QStringLiteral("logistics_drones");
    for (sim::FeatureState &state : layers) {
        state.numberNames = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("heading_deg"), QStringLiteral("charge"),
                             QStringLiteral("order")};
        state.textNames = {QStringLiteral("vehicle_id"), QStringLiteral("state")};
        state.style.colorBy = QStringLiteral("charge");
        state.style.colorStops = {{m_options.reserve, QStringLiteral("#d32f2f"), QString::number(int(m_options.reserve * 100)) + QLatin1Char('%')},
                                  {0.6, QStringLiteral("#fbc02d"), QStringLiteral("60%")},
                                  {1.0, QStringLiteral("#388e3c"), QStringLiteral("100%")}};
    }
    layers[0].style.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Delivery robots: battery"));
    layers[1].style.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Drones: battery"));
    int fid[2] = {0, 0};
    for (int v = 0; v < int(m_vehicles.size()); ++v) {
        const Vehicle &vehicle = m_vehicles[std::size_t(v)];
        const int k = int(vehicle.kind);
        const VehicleState s = vehicleAt(v, time);
        layers[k].append(++fid[k], {s.position.x, s.position.y, s.headingDeg, s.charge, double(s.order)}, {vehicle.id, s.state});
        snapshot.positions.push_back(s.position.x);
        snapshot.positions.push_back(s.position.y);
        snapshot.modes.push_back(vehicle.kind == Kind::Robot ? kWalkingMode : kVehicleMode);
        snapshot.sizes.push_back(std::uint16_t(s.order > 0 ? 1 : 0));
    }
    for (sim::FeatureState &state : layers)
        if (state.size() > 0)
            snapshot.featureStates.push_back(std::move(state));
    int delivered = 0, rejected = 0, underway = 0;
    for (std::size_t i = 0; i < m_outcomes.size(); ++i) {
        delivered += m_outcomes[i].status == Outcome::Status::Delivered;
        rejected += m_outcomes[i].status == Outcome::Status::Rejected;
        underway += m_outcomes[i].status == Outcome::Status::Underway;
    }
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("orders"), m_arrived},
                                            {QStringLiteral("queued"), int(m_queue.size())},
                                            {QStringLiteral("underway"), underway},
                                            {QStringLiteral("delivered"), delivered},
                                            {QStringLiteral("rejected"), rejected}});
}

} // namespace ct::fleets
