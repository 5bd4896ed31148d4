// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/requestintake.h"

#include "fleettime.h"
#include "ct/fleets/fleetoperationsschema.h"
#include "ct/fleets/traveltimeestimator.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

#include <sqlite3.h>

namespace ct::fleets {

using core::Error;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestIntake", text);
}

Error refuse(const QString &message, const char *field)
{
    return Error::invalidInput(message, QStringLiteral("fleet_request.%1").arg(QLatin1String(field)));
}

} // namespace

core::Result<ServiceArea> RequestIntake::serviceArea(const store::TwinStore &twin)
{
    if (!twin.hasLayer(QStringLiteral("bus_routes")))
        return ServiceArea();
    auto routes = twin.read(QStringLiteral("bus_routes"), {QStringLiteral("kind")});
    if (!routes)
        return routes.error();
    std::vector<std::vector<geo::Point>> zones;
    for (std::size_t i = 0; i < routes->size(); ++i) {
        const geo::Geometry &g = routes->geometries[i];
        if (routes->columns[0][i].toString() != QLatin1String("on_demand_zone") || g.ringCount() == 0)
            continue;
        const auto ring = g.ring(0);
        if (ring.size() >= 3)
            zones.emplace_back(ring.begin(), ring.end());
    }
    return ServiceArea(std::move(zones));
}

core::Result<qint64> RequestIntake::submit(store::TwinStore &twin, const core::Actor &actor, const NewRideRequest &r,
                                           const TravelTimeEstimator &times, const QDateTime &now)
{
    if (auto allowed = twin.mayPerform(actor, FleetOperationsSchema::requestAction(), QStringLiteral("fleet_request")); !allowed)
        return allowed.error();
    int seats = 0, wheelchairPlaces = 0;
    {
        SqlStatement s(twin.handle(), "SELECT coalesce(max(capacity), 0), coalesce(max(wheelchair_places), 0) FROM fleet_vehicle "
                                      "WHERE kind = 'on_demand_bus'");
        if (!s.isValid() || !s.next())
            return s.failure(QStringLiteral("fleet_vehicle"));
        seats = int(s.int64(0));
        wheelchairPlaces = int(s.int64(1));
    }
    if (r.passengers < 1)
        return refuse(tr("passengers must be at least 1"), "passengers");
    if (r.passengers > seats)
        return refuse(tr("%1 passengers do not fit any on-demand bus (at most %2 seats)").arg(r.passengers).arg(seats), "passengers");
    if (r.wheelchair && wheelchairPlaces < 1)
        return refuse(tr("no on-demand bus has a wheelchair place"), "wheelchair");
    if (!std::isfinite(r.pickup.x) || !std::isfinite(r.pickup.y) || !std::isfinite(r.dropoff.x) || !std::isfinite(r.dropoff.y))
        return refuse(tr("pick-up and drop-off need positions"), "pickup");
    auto area = serviceArea(twin);
    if (!area)
        return area.error();
    if (!area->contains(r.pickup))
        return refuse(tr("the pick-up is outside the service area (the on-demand zones)"), "pickup");
    if (std::hypot(r.pickup.x - r.dropoff.x, r.pickup.y - r.dropoff.y) < 50.0)
        return refuse(tr("pick-up and drop-off are the same place"), "dropoff");
    if (!r.earliestPickup.isValid() || !r.latestArrival.isValid())
        return refuse(tr("the earliest pick-up and the latest arrival are required"), "earliest_pickup");
    if (r.latestArrival <= r.earliestPickup)
        return refuse(tr("the latest arrival must be after the earliest pick-up"), "latest_arrival");
    if (r.latestArrival <= now)
        return refuse(tr("the latest arrival has passed"), "latest_arrival");
    const TravelTimeMatrix matrix = times.matrix({r.pickup, r.dropoff});
    const double direct = matrix.seconds(0, 1);
    if (!std::isfinite(direct))
        return refuse(tr("the drop-off cannot be reached by road from the pick-up"), "dropoff");
    const QDateTime start = std::max(now, r.earliestPickup);
    if (start.addSecs(qint64(std::ceil(direct))) > r.latestArrival)
        return refuse(tr("the latest arrival cannot be met: the direct ride alone takes %1 min").arg(std::ceil(direct / 60.0)),
                      "latest_arrival");
    qint64 id = 0;
    const auto status = twin.perform(actor, FleetOperationsSchema::requestAction(), QStringLiteral("fleet_request"),
                                     [&](store::TwinStore &store, QJsonObject &, QJsonObject &after) -> core::Status {
        SqlStatement insert(store.handle(),
                            "INSERT INTO fleet_request (created_at, pickup_name, pickup_x, pickup_y, dropoff_name, dropoff_x, dropoff_y, "
                            "earliest_pickup, latest_arrival, passengers, wheelchair) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bindNullable(1, detail::fleetTime(now));
        insert.bindNullable(2, r.pickupName);
        insert.bind(3, r.pickup.x);
        insert.bind(4, r.pickup.y);
        insert.bindNullable(5, r.dropoffName);
        insert.bind(6, r.dropoff.x);
        insert.bind(7, r.dropoff.y);
        insert.bindNullable(8, detail::fleetTime(r.earliestPickup));
        insert.bindNullable(9, detail::fleetTime(r.latestArrival));
        insert.bind(10, r.passengers);
        insert.bind(11, r.wheelchair ? 1 : 0);
        if (!insert.exec())
            return insert.failure(QStringLiteral("fleet_request"));
        id = sqlite3_last_insert_rowid(store.handle());
        after = {{QStringLiteral("request"), id},
                 {QStringLiteral("passengers"), r.passengers},
                 {QStringLiteral("wheelchair"), r.wheelchair},
                 {QStringLiteral("earliest_pickup"), detail::fleetTime(r.earliestPickup)},
                 {QStringLiteral("latest_arrival"), detail::fleetTime(r.latestArrival)}};
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

} // namespace ct::fleets
