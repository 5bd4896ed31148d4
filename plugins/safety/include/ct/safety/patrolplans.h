// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/hotspot.h"
#include "ct/safety/patrolroute.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief Planned patrols (layer `safety_patrol_routes`, lines on the map) and the warning when a
/// hotspot has none: a hotspot is covered on a day when a route planned for that day passes
/// within `radiusMetres` of its peak.
class PatrolPlans
{
public:
    struct Plan
    {
        qint64 fid = 0;
        QDate day;
        QString policeBox;
        std::vector<geo::Point> polyline;
        double seconds = 0.0;
    };

    static QString layerName() { return QStringLiteral("safety_patrol_routes"); }
    static constexpr double kCoverMetres = 150.0;

    /// Stores a planned loop for `day` ("safety.patrol.plan": police, planners).
    static core::Result<qint64> save(store::TwinStore &twin, const core::Actor &actor, const PatrolRoute &route, const QDate &day,
                                     const QString &policeBox);
    /// The plans for `day` (all days when invalid).
    static core::Result<std::vector<Plan>> plans(const store::TwinStore &twin, const QDate &day = {});
    /// The hotspots no plan passes near.
    static std::vector<Hotspot> uncovered(const std::vector<Hotspot> &hotspots, const std::vector<Plan> &plans,
                                          double radiusMetres = kCoverMetres);
    /// Appends one "hotspot-unpatrolled" event per uncovered hotspot to the twin's event log
    /// (source "safety"), so the console's alarm list shows it; returns how many. A hotspot
    /// raised already that day (peak within kCoverMetres) is skipped; all or none are written.
    static core::Result<int> raiseUnpatrolled(store::TwinStore &twin, const std::vector<Hotspot> &uncovered, const QDate &day);
};

} // namespace ct::safety
