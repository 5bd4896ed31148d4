// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/hydrogen/dispatchplan.h"

#include <QDateTime>

namespace ct::store {
class TwinStore;
}

namespace ct::hydrogen {

class TwinDispatchProblem;

/// \brief Puts a power plan on the map: the roads each bus drives as lines in the twin layer
/// `power_plan_route`, and each stop as a labelled point in `power_plan_stop` ("FCB01 ▸ 3/1
/// 14:35", the bus and its local arrival time). The plugin declares both layers, so the map
/// draws them like any other; a new plan replaces the previous one.
///
/// Writing is an operator action (`hydrogen.publish-plan`, target "power-plan-layer": one
/// transaction, one audit row); the layers are created on first use.
class PlanLayerWriter
{
public:
    static QString routeLayer() { return QStringLiteral("power_plan_route"); }
    static QString stopLayer() { return QStringLiteral("power_plan_stop"); }
    static QString target() { return QStringLiteral("power-plan-layer"); }

    /// Replaces the layers' content with `plan` (times counted from `startsAt`).
    static core::Status publish(store::TwinStore &twin, const core::Actor &actor, const TwinDispatchProblem &problem,
                                const DispatchPlan &plan, const QDateTime &startsAt);
    /// Empties both layers (when they exist).
    static core::Status clear(store::TwinStore &twin, const core::Actor &actor);

    /// "M/d HH:mm" in local time: the ETA text of labels and tables.
    static QString etaText(const QDateTime &at);
};

} // namespace ct::hydrogen
