// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>
#include <QVariantMap>

#include <vector>

namespace ct::plugin {
class TwinAccess;
}

namespace ct::fleets {

/// \brief The last flight or robot way planned in the fleets panel's Live page (drone flight
/// check, robot delivery check), as the panel shares it with the `fleet_planned_path` map overlay
/// through the session's view setting `plannedPath` of plugin "fleets". Kept in memory for the
/// session, never written to the twin.
struct PlannedPath
{
    enum class Kind { Drone, Robot };

    Kind kind = Kind::Drone;
    QString vehicleId;
    std::vector<geo::Point> polyline;   //!< EPSG:6677; a drone's waypoints, a robot's way
    double metres = 0.0;

    bool isEmpty() const { return polyline.size() < 2; }
    QVariantMap toVariantMap() const;
    /// From the view settings of plugin "fleets" (the key `plannedPath`); empty when none.
    static PlannedPath fromSettings(const QVariantMap &settings);
    /// Shares `path` (or, empty, takes the drawn path away) through `access`'s view settings.
    static void share(plugin::TwinAccess *access, const PlannedPath &path);
    static QString kindId(Kind kind);

    static constexpr const char *kSettingsKey = "plannedPath";
};

} // namespace ct::fleets
