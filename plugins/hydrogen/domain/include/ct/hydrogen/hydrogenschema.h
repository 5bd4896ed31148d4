// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

#include <QString>

namespace ct::hydrogen {

/// \brief The hydrogen plugin's tables and permission grants, step by step (component "hydrogen").
///
/// Version 1: `hydrogen_bus_state` (live state and energy per bus).
/// Version 2: accepted power dispatch plans (`hydrogen_dispatch_plan`), their orders
/// (`hydrogen_dispatch_order`: bus, shelter, times, state pending/underway/done/cancelled),
/// a bus state history, and the grants of the plugin's actions in `ct_permission`:
/// - `hydrogen.set-bus-state`: HQ commanders, mobility dispatchers, administrators;
/// - `hydrogen.publish-plan` (write a proposed plan to the map layers): also planners;
/// - `hydrogen.accept-plan` (turn a plan into orders): HQ commanders and administrators;
/// - `hydrogen.update-order` (underway, done, cancelled): HQ commanders, mobility dispatchers,
///   administrators.
class HydrogenSchema
{
public:
    static QString component() { return QStringLiteral("hydrogen"); }
    static store::MigrationList migrations();

    //! Action names, as granted above.
    static QString setBusStateAction() { return QStringLiteral("hydrogen.set-bus-state"); }
    static QString publishPlanAction() { return QStringLiteral("hydrogen.publish-plan"); }
    static QString acceptPlanAction() { return QStringLiteral("hydrogen.accept-plan"); }
    static QString updateOrderAction() { return QStringLiteral("hydrogen.update-order"); }
};

} // namespace ct::hydrogen
