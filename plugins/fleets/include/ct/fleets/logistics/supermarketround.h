// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

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
    /// The demo rounds: for every mobile supermarket of `fleet_vehicle`, six bus stops chained
    /// from the one nearest to it, scheduled from 10:00 (the first) or 14:00 (the second, …)
    /// with 20 min at each stop. Returns the number of stops written.
    static core::Result<int> seedDemo(store::TwinStore &twin);
};

} // namespace ct::fleets
