// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/droneflightcheck.h"

#include "checktargets.h"
#include "ct/fleets/logistics/droneplanner.h"
#include "ct/fleets/logistics/noflyzones.h"
#include "ct/fleets/logistics/plannedpath.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QPointF>

#include <cmath>

namespace ct::fleets {

using store::SqlStatement;

DroneFlightCheck::DroneFlightCheck(QObject *parent) : QObject(parent) {}
DroneFlightCheck::~DroneFlightCheck() = default;

store::TwinStore *DroneFlightCheck::store() const
{
    auto *session = m_twin ? qobject_cast<plugin::TwinAccess *>(m_twin) : nullptr;
    return session ? session->store() : nullptr;
}

void DroneFlightCheck::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    m_twin = twin;
    emit twinChanged();
    refresh();
}

void DroneFlightCheck::refresh()
{
    m_drones.clear();
    m_placeNames.clear();
    m_placePoints.clear();
    m_zoneCount = 0;
    m_planner.reset();
    m_plannerError.clear();
    if (store::TwinStore *twin = store()) {
        detail::CheckTargets targets = detail::CheckTargets::read(*twin, QStringLiteral("drone"));
        m_drones = std::move(targets.vehicles);
        m_placeNames = std::move(targets.placeNames);
        m_placePoints = std::move(targets.placePoints);
        auto zones = NoFlyZones::read(*twin);
        if (!zones) {
            m_plannerError = zones.error().toString();
        } else {
            m_zoneCount = int(zones->size());
            auto planner = DronePlanner::create(*zones, 10.0);
            if (planner)
                m_planner = std::make_unique<DronePlanner>(std::move(planner.value()));
            else
                m_plannerError = planner.error().toString();
        }
    }
    emit refreshed();
}

bool DroneFlightCheck::check(const QString &drone, int place, bool returnToStart)
{
    m_feasible = false;
    // The last plan is drawn on the main map (overlay fleet_planned_path); a refusal takes it away.
    auto *access = m_twin ? qobject_cast<plugin::TwinAccess *>(m_twin) : nullptr;
    store::TwinStore *twin = store();
    if (!twin || !m_planner || place < 0 || place >= m_placePoints.size()) {
        m_result = !m_plannerError.isEmpty() ? m_plannerError : tr("Choose a drone and a place.");
        PlannedPath::share(access, {});
        emit checked();
        return false;
    }
    SqlStatement vehicle(twin->handle(), "SELECT x, y, energy_level, cruise_speed_kmh FROM fleet_vehicle WHERE vehicle_id = ? AND kind = 'drone'");
    vehicle.bind(1, drone);
    if (!vehicle.next() || vehicle.isNull(0) || vehicle.isNull(1)) {
        m_result = tr("%1 is not a drone with a known position").arg(drone);
        PlannedPath::share(access, {});
        emit checked();
        return false;
    }
    DroneSpec spec;
    if (!vehicle.isNull(2))
        spec.charge = vehicle.real(2);
    if (!vehicle.isNull(3) && vehicle.real(3) > 0.0)
        spec.cruiseSpeedMps = vehicle.real(3) / 3.6;
    const QPointF target = m_placePoints[place].toPointF();
    auto path = m_planner->plan({vehicle.real(0), vehicle.real(1)}, {target.x(), target.y()}, spec, returnToStart);
    if (!path) {
        m_result = path.error().toString();
        PlannedPath::share(access, {});
        emit checked();
        return false;
    }
    const int seconds = int(std::lround(path->seconds));
    m_result = tr("%1 km, %2 legs, %3 min %4 s; battery %5 %, usable %6 km")
                   .arg(path->metres / 1000.0, 0, 'f', 2)
                   .arg(path->waypoints.size() - 1)
                   .arg(seconds / 60)
                   .arg(seconds % 60)
                   .arg(qRound(spec.charge * 100))
                   .arg(path->usableRangeM / 1000.0, 0, 'f', 2);
    PlannedPath::share(access, {PlannedPath::Kind::Drone, drone, path->waypoints, path->metres});
    m_feasible = true;
    emit checked();
    return true;
}

} // namespace ct::fleets
