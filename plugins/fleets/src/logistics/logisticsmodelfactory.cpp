// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/logisticsmodelfactory.h"

#include "ct/fleets/logistics/logisticsmodel.h"
#include "ct/fleets/logistics/noflyzones.h"
#include "ct/fleets/logistics/parceldemand.h"
#include "ct/fleets/vehiclekind.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include "../scenariovalues.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ct::fleets {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fleets", text);
}

using scenariovalues::isPointList;
using scenariovalues::points;
using scenariovalues::seconds;

const QStringList kKeys{QStringLiteral("robots"), QStringLiteral("drones"), QStringLiteral("depots"),
                        QStringLiteral("orders_per_day"), QStringLiteral("drone_share"), QStringLiteral("profile"),
                        QStringLiteral("robot_radius_m"), QStringLiteral("drone_radius_m"), QStringLiteral("seed"),
                        QStringLiteral("robot_speed_kmh"), QStringLiteral("robot_range_km"), QStringLiteral("robot_charge_time"),
                        QStringLiteral("robot_battery_kwh"), QStringLiteral("drone_speed_kmh"), QStringLiteral("drone_range_km"),
                        QStringLiteral("drone_charge_time"), QStringLiteral("drone_battery_kwh"), QStringLiteral("clearance_m"),
                        QStringLiteral("reserve"), QStringLiteral("dwell"), QStringLiteral("max_wait"),
                        QStringLiteral("initial_charge")};

//! What the twin holds for the model: its robots and drones (id, position, cruise speed),
//! hospitals and no-fly zones.
struct TwinParts
{
    std::vector<VehicleRecord> robots;
    std::vector<VehicleRecord> drones;
    std::vector<geo::Point> hospitals;
    std::vector<NoFlyZone> zones;
    QString problem;   //!< a table that could not be read
};

TwinParts readTwin(const QString &path)
{
    TwinParts parts;
    auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        parts.problem = twin.error().message;
        return parts;
    }
    if (auto vehicles = VehicleReader::vehicles(*twin.value())) {
        for (const VehicleRecord &v : vehicles.value()) {
            if (!v.x || !v.y)
                continue;
            if (v.kind == VehicleKinds::id(VehicleKind::DeliveryRobot))
                parts.robots.push_back(v);
            else if (v.kind == VehicleKinds::id(VehicleKind::Drone))
                parts.drones.push_back(v);
        }
    }
    if (twin.value()->hasLayer(QStringLiteral("hospitals")))
        if (auto table = twin.value()->read(QStringLiteral("hospitals")))
            for (std::size_t i = 0; i < table->size(); ++i)
                if (!table->geometries[i].isEmpty())
                    parts.hospitals.push_back(table->geometries[i].points().front());
    if (auto zones = NoFlyZones::read(*twin.value()))
        parts.zones = std::move(zones.value());
    else
        parts.problem = zones.error().message;
    return parts;
}

double number(const QJsonObject &s, const char *key, double fallback)
{
    return s.value(QLatin1String(key)).toDouble(fallback);
}

/// The depots and vehicles of one kind: the listed depots with `count` vehicles spread over
/// them in turn, or the twin's vehicles of the kind (each its own depot), or the hospitals.
void fleetOf(LogisticsModel::Kind kind, const QJsonObject &s, const TwinParts &twin, bool fleetCharge, std::vector<geo::Point> &depots,
             std::vector<LogisticsModel::Vehicle> &vehicles)
{
    const bool robot = kind == LogisticsModel::Kind::Robot;
    const std::vector<VehicleRecord> &own = robot ? twin.robots : twin.drones;
    const QJsonValue listed = s.value(QStringLiteral("depots"));
    const int fallbackCount = robot ? 6 : 4;
    const int count = s.value(QLatin1String(robot ? "robots" : "drones")).toInt(listed.isArray() || own.empty() ? fallbackCount : int(own.size()));
    if (count <= 0)
        return;
    std::vector<QString> ids;
    std::vector<double> charges;   // the fleet table's energy_level, per vehicle taken from it
    for (const VehicleRecord &v : own)
        charges.push_back(v.energyLevel ? std::clamp(*v.energyLevel, 0.0, 1.0) : 1.0);
    if (listed.isArray()) {
        depots = points(listed);
    } else if (!own.empty()) {
        for (int i = 0; i < std::min<int>(count, int(own.size())); ++i) {
            depots.push_back({*own[std::size_t(i)].x, *own[std::size_t(i)].y});
            ids.push_back(own[std::size_t(i)].id);
        }
    } else {
        depots = twin.hospitals;
    }
    if (depots.empty())
        return;
    for (int i = 0; i < count; ++i) {
        LogisticsModel::Vehicle v;
        v.kind = kind;
        v.depot = i % int(depots.size());
        if (fleetCharge && i < int(charges.size()))
            v.initialCharge = charges[std::size_t(i)];
        v.id = i < int(ids.size()) ? ids[std::size_t(i)]
                                   : QStringLiteral("%1-%2").arg(robot ? QStringLiteral("robot") : QStringLiteral("drone")).arg(i + 1, 2, 10, QLatin1Char('0'));
        vehicles.push_back(v);
    }
}

} // namespace

QList<Error> LogisticsModelFactory::validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const
{
    QList<Error> errors;
    auto at = [&](const char *key) { return path + QLatin1Char('.') + QLatin1String(key); };
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!kKeys.contains(it.key()))
            errors << Error::invalidInput(tr("unknown key (expected: %1)").arg(kKeys.join(QStringLiteral(", "))), path + QLatin1Char('.') + it.key());
    auto whole = [&](const char *key, int low, int high) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
            errors << Error::invalidInput(tr("expected a whole number from %1 to %2").arg(low).arg(high), at(key));
    };
    auto between = [&](const char *key, double low, double high, bool lowIncluded = true) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() > high || v.toDouble() < low || (!lowIncluded && v.toDouble() == low))
            errors << Error::invalidInput((lowIncluded ? tr("expected a number from %1 to %2") : tr("expected a number above %1, at most %2"))
                                              .arg(low).arg(high),
                                          at(key));
    };
    auto duration = [&](const char *key) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString() || !sim::parseDuration(v.toString()))
            errors << Error::invalidInput(tr("expected a duration like \"00:15\""), at(key));
    };
    whole("robots", 0, 10000);
    whole("drones", 0, 10000);
    whole("seed", 0, 2147483647);
    between("orders_per_day", 0.0, 1000000.0);
    between("drone_share", 0.0, 1.0);
    between("robot_radius_m", 0.0, 100000.0, false);
    between("drone_radius_m", 0.0, 100000.0, false);
    between("robot_speed_kmh", 0.0, 30.0, false);
    between("robot_range_km", 0.0, 1000.0, false);
    between("robot_battery_kwh", 0.0, 1000.0);
    between("drone_speed_kmh", 0.0, 200.0, false);
    between("drone_range_km", 0.0, 1000.0, false);
    between("drone_battery_kwh", 0.0, 1000.0);
    between("clearance_m", 0.0, 1000.0, false);
    between("reserve", 0.0, 0.9);
    duration("robot_charge_time");
    duration("drone_charge_time");
    duration("dwell");
    duration("max_wait");
    const QJsonValue initial = section.value(QStringLiteral("initial_charge"));
    if (!initial.isUndefined() && initial.toString() != QLatin1String("full") && initial.toString() != QLatin1String("fleet"))
        errors << Error::invalidInput(tr("expected \"full\" or \"fleet\" (each vehicle's energy_level)"), at("initial_charge"));
    const QJsonValue depots = section.value(QStringLiteral("depots"));
    if (!depots.isUndefined() && !isPointList(depots, 1))
        errors << Error::invalidInput(tr("expected a list of points [[x, y], …] in metres (EPSG:6677)"), at("depots"));
    const QJsonValue profile = section.value(QStringLiteral("profile"));
    if (!profile.isUndefined()) {
        const QJsonArray p = profile.toArray();
        bool ok = profile.isArray() && p.size() == 24;
        double sum = 0.0;
        for (const QJsonValue &w : p) {
            ok = ok && w.isDouble() && w.toDouble() >= 0.0;
            sum += w.toDouble();
        }
        if (!ok || sum <= 0.0)
            errors << Error::invalidInput(tr("expected 24 hourly weights ≥ 0, not all 0"), at("profile"));
    }
    if (!errors.isEmpty())
        return errors;

    // What the twin must give: somewhere to start from, readable no-fly zones the planner takes.
    const TwinParts twin = readTwin(world.twinPath());
    if (!twin.problem.isEmpty())
        errors << Error::invalidInput(twin.problem, path);
    const bool wantsVehicles = section.value(QStringLiteral("robots")).toInt(1) + section.value(QStringLiteral("drones")).toInt(1) > 0;
    if (!depots.isArray() && twin.robots.empty() && twin.drones.empty() && twin.hospitals.empty() && wantsVehicles)
        errors << Error::invalidInput(tr("the twin has no delivery robots, drones or hospitals to start from; list the depots [[x, y], …]"),
                                      at("depots"));
    if (auto planner = DronePlanner::create(twin.zones, number(section, "clearance_m", 10.0)); !planner)
        errors << Error::invalidInput(planner.error().message, path);
    return errors;
}

std::unique_ptr<sim::Model> LogisticsModelFactory::create(const sim::ModelContext &context) const
{
    const QJsonObject &s = context.section;
    const sim::SimulationWorld &world = context.world;
    const TwinParts twin = readTwin(world.twinPath());

    std::vector<geo::Point> robotDepots, droneDepots;
    std::vector<LogisticsModel::Vehicle> vehicles;
    // "fleet": the charge each vehicle has in the fleet table (the default of a run branched
    // from the live state), else every vehicle starts full.
    const bool fleetCharge = s.value(QStringLiteral("initial_charge")).toString(context.branchedFromLive ? QStringLiteral("fleet")
                                                                                                          : QStringLiteral("full"))
                             == QLatin1String("fleet");
    fleetOf(LogisticsModel::Kind::Robot, s, twin, fleetCharge, robotDepots, vehicles);
    fleetOf(LogisticsModel::Kind::Drone, s, twin, fleetCharge, droneDepots, vehicles);
    int robots = 0, drones = 0;
    for (const auto &v : vehicles)
        ++(v.kind == LogisticsModel::Kind::Robot ? robots : drones);

    auto cruise = [](const std::vector<VehicleRecord> &own, VehicleKind kind) {
        for (const VehicleRecord &v : own)
            if (v.cruiseKmh && *v.cruiseKmh > 0.0)
                return *v.cruiseKmh;
        return VehicleKinds::profile(kind).cruiseKmh;
    };
    LogisticsModel::Options options;
    options.robot.speedMps = number(s, "robot_speed_kmh", cruise(twin.robots, VehicleKind::DeliveryRobot)) / 3.6;
    options.robot.fullRangeM = number(s, "robot_range_km", 12.0) * 1000.0;
    options.robot.chargeSeconds = seconds(s, "robot_charge_time", 4 * 3600.0);
    options.robot.batteryKwh = number(s, "robot_battery_kwh", 1.0);
    options.drone.speedMps = number(s, "drone_speed_kmh", cruise(twin.drones, VehicleKind::Drone)) / 3.6;
    options.drone.fullRangeM = number(s, "drone_range_km", 16.0) * 1000.0;
    options.drone.chargeSeconds = seconds(s, "drone_charge_time", 3600.0);
    options.drone.batteryKwh = number(s, "drone_battery_kwh", 0.5);
    options.reserve = number(s, "reserve", 0.2);
    options.dwellSeconds = seconds(s, "dwell", 120.0);
    options.maxWaitSeconds = seconds(s, "max_wait", 1800.0);

    std::shared_ptr<const RobotRouter> robotRouter;
    if (!robotDepots.empty()) {
        // The world outlives the model (ModelContext): the router borrows its walking graph.
        std::shared_ptr<const routing::RoadGraph> walk(&world.walkGraph(), [](const routing::RoadGraph *) {});
        robotRouter = std::make_shared<RobotRouter>(walk);
    }
    std::shared_ptr<const DronePlanner> dronePlanner;
    if (!droneDepots.empty())
        if (auto planner = DronePlanner::create(twin.zones, number(s, "clearance_m", 10.0)))
            dronePlanner = std::make_shared<DronePlanner>(std::move(planner.value()));

    std::vector<ParcelDemand::Home> homes;
    homes.reserve(world.homes().size());
    for (const auto &h : world.homes())
        homes.push_back({h.position, double(h.residents)});
    ParcelDemand::Options demand;
    demand.ordersPerDay = number(s, "orders_per_day", demand.ordersPerDay);
    demand.droneShare = number(s, "drone_share", robots + drones > 0 ? double(drones) / double(robots + drones) : 0.0);
    demand.robotRadiusM = number(s, "robot_radius_m", demand.robotRadiusM);
    demand.droneRadiusM = number(s, "drone_radius_m", demand.droneRadiusM);
    if (context.scenario.start.isValid())
        demand.startOfDay = context.scenario.start.time().msecsSinceStartOfDay() / 1000.0;
    if (s.value(QStringLiteral("profile")).isArray()) {
        const QJsonArray p = s.value(QStringLiteral("profile")).toArray();
        for (int h = 0; h < 24; ++h)
            demand.profile[std::size_t(h)] = p.at(h).toDouble();
    }
    sim::RandomStream random = s.contains(QStringLiteral("seed"))
                                   ? sim::RandomStream::derive(std::uint64_t(s.value(QStringLiteral("seed")).toInteger()), context.id)
                                   : context.random();
    const ParcelDemand generator(std::move(homes), robotDepots, droneDepots, demand);
    auto orders = generator.generate(random, sim::toSeconds(context.scenario.duration));
    return std::make_unique<LogisticsModel>(context.id, std::move(robotRouter), std::move(dronePlanner), std::move(robotDepots),
                                            std::move(droneDepots), std::move(vehicles), std::move(orders), options);
}

} // namespace ct::fleets
