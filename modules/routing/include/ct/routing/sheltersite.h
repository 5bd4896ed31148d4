// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"

#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::routing {

class RoadGraph;

/// \brief A shelter of the twin placed on the road graph: the source of a catchment search.
struct ShelterSite
{
    qint64 fid = 0;        //!< feature id in the `shelters` layer
    QString name;
    int capacity = 0;      //!< people
    geo::Point position;   //!< EPSG:6677
    int node = -1;         //!< nearest road-graph node
};

/// \brief The shelters suitable for a hazard: those whose boolean column `hazardColumn`
/// ("flood", "landslide", "earthquake", "fire", "inland_flood") is true; every shelter when the
/// column name is empty. Each is snapped to its nearest graph node. Which of them are *open* is the
/// caller's knowledge (operations state), so it filters the result before multiSource().
/// Fails when the twin has no `shelters` layer or no such column.
core::Result<std::vector<ShelterSite>> suitableShelters(const store::TwinStore &twin, const RoadGraph &graph,
                                                        const QString &hazardColumn);

/// The graph nodes of `sites`, in order (the source list for multiSource()).
std::vector<int> shelterNodes(const std::vector<ShelterSite> &sites);

} // namespace ct::routing
