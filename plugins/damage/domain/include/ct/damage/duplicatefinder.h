// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/damage/damagecategory.h"
#include "ct/damage/duplicatecandidate.h"
#include "ct/geo/point.h"

#include <QDateTime>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::damage {

/// \brief Suggests reports that likely describe the same damage: the same category, within
/// `radiusM` metres and `windowHours` hours of each other.
///
/// Defaults: 150 m (a block; two people reporting one collapsed house stand on different
/// sides of it) and 6 h (reports of one event arrive over a morning). Reports already marked
/// duplicate are never suggested — point to their original instead. Ranked by
/// distance / radius + hours apart / window (both shares of the limit, so 75 m and 3 h weigh
/// the same), then by fid. Candidates come from the layer's R-tree (the square around the point);
/// the exact distance and time decide.
class DuplicateFinder
{
public:
    struct Options
    {
        double radiusM = 150.0;
        double windowHours = 6.0;
        int maxResults = 10;
    };

    /// Reports like one at `position`/`reportedAt` of `category`, leaving out `excludeFid`
    /// (the report itself; 0 for none).
    static core::Result<std::vector<DuplicateCandidate>> find(const store::TwinStore &store, geo::Point position,
                                                              DamageCategory category, const QDateTime &reportedAt,
                                                              qint64 excludeFid, const Options &options);
    static core::Result<std::vector<DuplicateCandidate>> find(const store::TwinStore &store, geo::Point position,
                                                              DamageCategory category, const QDateTime &reportedAt,
                                                              qint64 excludeFid = 0)
    {
        return find(store, position, category, reportedAt, excludeFid, Options());
    }
};

} // namespace ct::damage
