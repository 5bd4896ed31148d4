// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/kpisample.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief KPIs of the on-demand service over time, computed from the twin's own records:
/// `fleet_request` (waits, detours, rejections, riders on board) and `fleet_position_history`
/// (vehicle-km of the on-demand buses). Read-only.
class DispatchKpis
{
public:
    /// Intervals of `bucketSeconds` from `from` up to `to`.
    static core::Result<std::vector<KpiSample>> compute(const store::TwinStore &twin, const QDateTime &from, const QDateTime &to,
                                                        double bucketSeconds = 3600.0);
};

} // namespace ct::fleets
