// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/damage/damagecategory.h"
#include "ct/geo/point.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::damage {

/// \brief Which road links a verified report closes for routing and simulation.
///
/// road_blocked: every link of the `roads` layer passing within 30 m of the report point — the
/// blocked road itself (a report is placed on or beside it, GPS and map picks are off by a few
/// metres), and at a crossing every link of that crossing, because debris there blocks them
/// all. flooding: every link meeting a 100 m circle (buffer) around the point — water spreads
/// along the low ground, over more than the one road the reporter stands on. Other categories
/// close nothing. Both radii can be changed per registry.
struct ClosurePolicy
{
    double roadBlockedRadiusM = 30.0;
    double floodingRadiusM = 100.0;

    /// Radius for `category`; 0 when it closes nothing.
    double radiusFor(DamageCategory category) const;
    /// Fids of the roads a verified report of `category` at `position` closes (nearest first).
    core::Result<std::vector<qint64>> roadsFor(const store::TwinStore &store, DamageCategory category,
                                               geo::Point position) const;
};

} // namespace ct::damage
