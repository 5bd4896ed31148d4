// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/robotdeliverycheck.h"

#include "checktargets.h"
#include "ct/fleets/logistics/plannedpath.h"
#include "ct/fleets/logistics/robotrouter.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::fleets {

using store::SqlStatement;

namespace {
plugin::TwinAccess *accessOf(QObject *twin)
{
    return twin ? qobject_cast<plugin::TwinAccess *>(twin) : nullptr;
}
} // namespace

RobotDeliveryCheck::RobotDeliveryCheck(QObject *parent)
    : QObject(parent), m_batteryAfter(std::numeric_limits<double>::quiet_NaN())
{
}

RobotDeliveryCheck::~RobotDeliveryCheck() = default;

void RobotDeliveryCheck::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    m_twin = twin;
    emit twinChanged();
    refresh();
}

void RobotDeliveryCheck::refresh()
{
    m_robots.clear();
    m_placeNames.clear();
    m_placePoints.clear();
    m_router.reset();
    m_routerError.clear();
    auto *access = accessOf(m_twin);
    if (store::TwinStore *twin = access ? access->store() : nullptr) {
        detail::CheckTargets targets = detail::CheckTargets::read(*twin, QStringLiteral("delivery_robot"));
        m_robots = std::move(targets.vehicles);
        m_placeNames = std::move(targets.placeNames);
        m_placePoints = std::move(targets.placePoints);
    }
    emit refreshed();
}

bool RobotDeliveryCheck::refuse(const QString &reason)
{
    m_feasible = false;
    m_metres = m_seconds = 0.0;
    m_batteryAfter = std::numeric_limits<double>::quiet_NaN();
    m_result = reason;
    // A refusal takes the last drawn way away from the map.
    PlannedPath::share(accessOf(m_twin), {});
    emit checked();
    return false;
}

bool RobotDeliveryCheck::check(const QString &robot, int place)
{
    if (place < 0 || place >= m_placePoints.size())
        return refuse(tr("Choose a robot and a place."));
    const QPointF p = m_placePoints[place].toPointF();
    return checkTo(robot, p.x(), p.y());
}

bool RobotDeliveryCheck::checkTo(const QString &robot, double x, double y)
{
    auto *access = accessOf(m_twin);
    store::TwinStore *twin = access ? access->store() : nullptr;
    if (!twin || robot.isEmpty() || !std::isfinite(x) || !std::isfinite(y))
        return refuse(tr("Choose a robot and a place."));
    SqlStatement vehicle(twin->handle(),
                         "SELECT x, y, energy_level, cruise_speed_kmh FROM fleet_vehicle WHERE vehicle_id = ? AND kind = 'delivery_robot'");
    vehicle.bind(1, robot);
    if (!vehicle.next() || vehicle.isNull(0) || vehicle.isNull(1))
        return refuse(tr("%1 is not a delivery robot with a known position").arg(robot));
    if (!m_router && m_routerError.isEmpty()) {
        auto graph = routing::RoadGraph::fromTwin(*twin, routing::Mode::Walk);
        if (graph)
            m_router = std::make_unique<RobotRouter>(std::make_shared<const routing::RoadGraph>(std::move(graph.value())));
        else
            m_routerError = tr("No walking network: %1").arg(graph.error().toString());
    }
    if (!m_router)
        return refuse(m_routerError);
    const double charge = vehicle.isNull(2) ? 1.0 : std::clamp(vehicle.real(2), 0.0, 1.0);
    RobotRouter::Robot spec;
    if (!vehicle.isNull(3) && vehicle.real(3) > 0.0)
        spec.speedMps = vehicle.real(3) / 3.6;
    spec.rangeM = std::max(0.0, charge - kReserve) * kFullRangeM;
    if (spec.rangeM <= 0.0)
        return refuse(tr("%1 has %2 % battery, not above the %3 % reserve").arg(robot).arg(qRound(charge * 100)).arg(qRound(kReserve * 100)));
    auto route = m_router->route({vehicle.real(0), vehicle.real(1)}, {x, y}, spec);
    if (!route)
        return refuse(route.error().toString());
    m_feasible = true;
    m_metres = route->metres;
    m_seconds = route->seconds;
    m_batteryAfter = charge - route->metres / kFullRangeM;
    const int seconds = int(std::lround(route->seconds));
    m_result = tr("%1 km, %2 min %3 s; battery %4 % → %5 %")
                   .arg(route->metres / 1000.0, 0, 'f', 2)
                   .arg(seconds / 60)
                   .arg(seconds % 60)
                   .arg(qRound(charge * 100))
                   .arg(qRound(m_batteryAfter * 100));
    // The way is drawn on the main map (overlay fleet_planned_path).
    PlannedPath::share(access, {PlannedPath::Kind::Robot, robot, route->polyline, route->metres});
    emit checked();
    return true;
}

} // namespace ct::fleets
