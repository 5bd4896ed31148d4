// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

namespace ct::fleets {

/// \brief Schema step 3 of the fleets component: what the vehicles are (energy, speed profile,
/// wheelchair places, occupancy), where they have been (`fleet_position_history`, filled by a
/// trigger from every position written to `fleet_vehicle`, bounded by `fleet_setting`), the
/// on-demand requests and their dispatch decisions (`fleet_request`, `fleet_stop`), and who may
/// decide (`fleets.dispatch.*` for mobility dispatchers and administrators).
///
/// The step's apply hook seeds the demo fleet (DemoFleet) into a twin made by the city generator
/// (metadata `generator.seed`), so a freshly generated twin shows vehicles; real twins are left
/// alone.
class FleetOperationsSchema
{
public:
    static store::Migration migration();
    //! Action names checked by TwinStore::perform.
    static QString acceptAction() { return QStringLiteral("fleets.dispatch.accept"); }
    static QString overrideAction() { return QStringLiteral("fleets.dispatch.override"); }
    static QString rejectAction() { return QStringLiteral("fleets.dispatch.reject"); }
    static QString reoptimiseAction() { return QStringLiteral("fleets.dispatch.reoptimise"); }
    static QString requestAction() { return QStringLiteral("fleets.request.create"); }
};

} // namespace ct::fleets
