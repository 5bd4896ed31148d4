// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/fleets/logistics/supermarketstop.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The `supermarket_stop` table: a mobile supermarket's round of stops.
class SupermarketRound
{
public:
    /// The stops of `vehicleId` in sequence order (empty when it has none).
    static core::Result<std::vector<SupermarketStop>> read(const store::TwinStore &twin, const QString &vehicleId);
    /// Replaces the round of `vehicleId` (inside the caller's transaction). Sequences must rise,
    /// scheduled arrivals must not go backwards, dwell ≥ 0: otherwise refused naming the stop.
    static core::Status write(store::TwinStore &twin, const QString &vehicleId, const std::vector<SupermarketStop> &stops);
    /// A round as an operator edits it: at least one stop, every name given, dwell ≥ 0, each
    /// stop reached no earlier than the previous one is left (arrival + dwell), positions finite.
    /// The first problem names the stop and field (`supermarket_stop MS-01/3.scheduled_arrival`).
    static core::Status validate(const QString &vehicleId, const std::vector<SupermarketStop> &stops);
    /// Replaces the round of `vehicleId` as the audited action `fleets.supermarket.write` (schema
    /// step 6; mobility dispatchers, administrators), target `supermarket_stop:<vehicle>`, with
    /// the old and new stops in the audit row. Sequences are renumbered 1…n; the vehicle must be a
    /// mobile supermarket of `fleet_vehicle`; refused by validate() with nothing written.
    static core::Status save(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId, std::vector<SupermarketStop> stops);
    /// The demo rounds: for every mobile supermarket of `fleet_vehicle`, six bus stops chained
    /// from the one nearest to it, scheduled from 10:00 (the first) or 14:00 (the second, …)
    /// with 20 min at each stop. Returns the number of stops written.
    static core::Result<int> seedDemo(store::TwinStore &twin);
};

} // namespace ct::fleets
