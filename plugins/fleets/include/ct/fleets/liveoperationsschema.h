// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

namespace ct::fleets {

/// \brief Schema step 6 of the fleets component: live on-demand operations. `fleet_stop` gains
/// `started_at` (when the vehicle arrived: set by a dispatcher or by a position report, see
/// StopLifecycle); the grants for the stop lifecycle (`fleets.stop.start`, `fleets.stop.complete`,
/// `fleets.stop.no_show`) and for editing the mobile supermarkets' rounds
/// (`fleets.supermarket.write`) go to mobility dispatchers and administrators.
class LiveOperationsSchema
{
public:
    static constexpr int kVersion = 6;
    static store::Migration migration();
    //! Action names checked by TwinStore::perform.
    static QString startStopAction() { return QStringLiteral("fleets.stop.start"); }
    static QString completeStopAction() { return QStringLiteral("fleets.stop.complete"); }
    static QString noShowAction() { return QStringLiteral("fleets.stop.no_show"); }
    static QString supermarketAction() { return QStringLiteral("fleets.supermarket.write"); }
};

} // namespace ct::fleets
