// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/closurepolicy.h"

#include "ct/routing/liveclosures.h"

namespace ct::damage {

double ClosurePolicy::radiusFor(DamageCategory category) const
{
    switch (category) {
    case DamageCategory::RoadBlocked: return roadBlockedRadiusM;
    case DamageCategory::Flooding: return floodingRadiusM;
    default: return 0.0;
    }
}

core::Result<std::vector<qint64>> ClosurePolicy::roadsFor(const store::TwinStore &store, DamageCategory category,
                                                          geo::Point position) const
{
    if (!closesRoads(category))
        return std::vector<qint64>{};
    return routing::LiveClosures::roadsWithin(store, position, radiusFor(category));
}

} // namespace ct::damage
