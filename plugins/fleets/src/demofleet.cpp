// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/demofleet.h"

#include "fleettime.h"
#include "ct/fleets/vehiclekind.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <random>

namespace ct::fleets {

using store::SqlStatement;

namespace {

struct Placement
{
    geo::Point position;
    double headingDeg = 0.0;
};

/// The point `fraction` (0..1) of the way along a polyline, with the heading of its segment
/// (degrees clockwise from north, y = north in EPSG:6677).
Placement along(std::span<const geo::Point> line, double fraction)
{
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    double remaining = fraction * total;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double dx = line[i].x - line[i - 1].x, dy = line[i].y - line[i - 1].y;
        const double length = std::hypot(dx, dy);
        if (remaining <= length || i + 1 == line.size()) {
            const double t = length > 0 ? std::min(1.0, remaining / length) : 0.0;
            double heading = std::atan2(dx, dy) * 180.0 / M_PI;
            if (heading < 0)
                heading += 360.0;
            return {{line[i - 1].x + t * dx, line[i - 1].y + t * dy}, heading};
        }
        remaining -= length;
    }
    return {line.empty() ? geo::Point{} : line.front(), 0.0};
}

} // namespace

core::Status DemoFleet::seedIfGenerated(store::TwinStore &twin)
{
    const QString seedText = twin.metadata(QStringLiteral("generator.seed"));
    if (seedText.isEmpty() || !twin.hasLayer(QStringLiteral("bus_routes")))
        return {};
    SqlStatement count(twin.handle(), "SELECT count(*) FROM fleet_vehicle");
    if (!count.isValid() || !count.next())
        return count.failure(QStringLiteral("fleet_vehicle"));
    if (count.int64(0) > 0)
        return {};
    auto outcome = seed(twin, seedText.toULongLong());
    if (!outcome)
        return outcome.error();
    return {};
}

core::Result<DemoFleet::Outcome> DemoFleet::seed(store::TwinStore &twin, quint64 seed)
{
    auto routes = twin.read(QStringLiteral("bus_routes"), {QStringLiteral("route_id"), QStringLiteral("kind")});
    if (!routes)
        return routes.error();
    const int kindColumn = routes->columnIndex(QStringLiteral("kind"));
    std::vector<std::span<const geo::Point>> lines, zones;
    for (std::size_t i = 0; i < routes->size(); ++i) {
        const geo::Geometry &g = routes->geometries[i];
        if (g.isEmpty() || g.ringCount() == 0)
            continue;
        const QString kind = kindColumn >= 0 ? routes->columns[std::size_t(kindColumn)][i].toString() : QString();
        (kind == QLatin1String("on_demand_zone") ? zones : lines).push_back(g.ring(0));
    }
    if (lines.empty() && zones.empty())
        return core::Error::notFound(QCoreApplication::translate("Fleets", "the twin has no bus routes to place a demo fleet on"),
                                     QStringLiteral("bus_routes"));
    if (lines.empty())
        lines = zones;
    if (zones.empty())
        zones = lines;

    std::mt19937_64 random(seed ^ 0xf1ee7ull);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlStatement insert(twin.handle(),
                        "INSERT INTO fleet_vehicle (vehicle_id, kind, capacity, state, x, y, heading_deg, updated_at, label, "
                        "wheelchair_places, occupancy, speed_profile, cruise_speed_kmh, max_speed_kmh, energy_type, energy_level) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return insert.failure(QStringLiteral("fleet_vehicle"));
    Outcome outcome;
    // How many of each kind, and on which kind of line.
    const struct { VehicleKind kind; int count; const char *prefix; bool zone; } plan[] = {
        {VehicleKind::OnDemandBus, 12, "ODB", true},       {VehicleKind::CommunityBus, 8, "CB", false},
        {VehicleKind::AutonomousShuttle, 3, "AS", false},  {VehicleKind::PersonalMobility, 10, "PM", false},
        {VehicleKind::DeliveryRobot, 6, "DR", false},      {VehicleKind::Drone, 4, "DN", true},
        {VehicleKind::MobileSupermarket, 2, "MS", false},
    };
    std::vector<geo::Point> onDemandPositions;
    for (const auto &p : plan) {
        const VehicleKindProfile profile = VehicleKinds::profile(p.kind);
        const auto &pool = p.zone ? zones : lines;
        for (int n = 0; n < p.count; ++n) {
            const auto line = pool[std::size_t(random() % pool.size())];
            const Placement at = along(line, unit(random));
            const bool moving = unit(random) < 0.6;
            const QString state = p.kind == VehicleKind::OnDemandBus || p.kind == VehicleKind::CommunityBus
                                          || p.kind == VehicleKind::AutonomousShuttle
                                      ? (moving ? QStringLiteral("in_service") : QStringLiteral("idle"))
                                      : (moving ? QStringLiteral("en_route") : QStringLiteral("idle"));
            const int occupancy = profile.capacity > 0 && moving ? int(unit(random) * (profile.capacity + 1) * 0.7) : 0;
            insert.bind(1, QStringLiteral("%1-%2").arg(QLatin1String(p.prefix)).arg(n + 1, 2, 10, QLatin1Char('0')));
            insert.bind(2, VehicleKinds::id(p.kind));
            insert.bind(3, profile.capacity);
            insert.bind(4, state);
            insert.bind(5, at.position.x);
            insert.bind(6, at.position.y);
            insert.bind(7, at.headingDeg);
            insert.bindNullable(8, detail::fleetTime(now));
            insert.bind(9, QStringLiteral("%1 %2").arg(VehicleKinds::label(p.kind)).arg(n + 1));
            insert.bind(10, profile.wheelchairPlaces);
            insert.bind(11, std::min(occupancy, profile.capacity));
            insert.bindNullable(12, profile.speedProfile);
            insert.bind(13, profile.cruiseKmh);
            insert.bind(14, profile.maxKmh);
            insert.bindNullable(15, profile.energyType);
            insert.bind(16, std::round((0.35 + 0.6 * unit(random)) * 100.0) / 100.0);
            if (!insert.exec())
                return insert.failure(QStringLiteral("fleet_vehicle"));
            insert.reset();
            ++outcome.vehicles;
            if (p.kind == VehicleKind::OnDemandBus)
                onDemandPositions.push_back(at.position);
        }
    }
    // Open requests near the on-demand buses: ride 1–3 km, window 15–45 minutes from now.
    SqlStatement request(twin.handle(),
                         "INSERT INTO fleet_request (created_at, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, dropoff_y, "
                         "earliest_pickup, latest_arrival, passengers, wheelchair) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!request.isValid())
        return request.failure(QStringLiteral("fleet_request"));
    for (int n = 0; n < 8 && !zones.empty(); ++n) {
        const auto zone = zones[std::size_t(random() % zones.size())];
        const Placement from = along(zone, unit(random));
        const Placement to = along(lines[std::size_t(random() % lines.size())], unit(random));
        const QDateTime earliest = now.addSecs(60 * (5 + qint64(unit(random) * 20)));
        request.bindNullable(1, detail::fleetTime(now));
        request.bind(2, QCoreApplication::translate("Fleets", "Demo pick-up %1").arg(n + 1));
        request.bind(3, from.position.x);
        request.bind(4, from.position.y);
        request.bind(5, QCoreApplication::translate("Fleets", "Demo drop-off %1").arg(n + 1));
        request.bind(6, to.position.x);
        request.bind(7, to.position.y);
        request.bindNullable(8, detail::fleetTime(earliest));
        request.bindNullable(9, detail::fleetTime(earliest.addSecs(60 * (40 + qint64(unit(random) * 30)))));
        request.bind(10, 1 + int(unit(random) * 3));
        request.bind(11, n == 2 ? 1 : 0);
        if (!request.exec())
            return request.failure(QStringLiteral("fleet_request"));
        request.reset();
        ++outcome.requests;
    }
    return outcome;
}

} // namespace ct::fleets
