// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/traveltimeestimator.h"
#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"

#include <memory>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief Car travel times on the twin's road graph: each point is snapped to its nearest node
/// and the matrix comes from one one-to-all Dijkstra per point (TravelTimeMatrix::fromRoadGraph).
class RoadTravelTimes : public TravelTimeEstimator
{
public:
    static core::Result<std::shared_ptr<RoadTravelTimes>> fromTwin(const store::TwinStore &twin);
    explicit RoadTravelTimes(routing::RoadGraph graph);
    TravelTimeMatrix matrix(const std::vector<geo::Point> &points) const override;

private:
    routing::RoadGraph m_graph;
    routing::Closures m_closures;
};

} // namespace ct::fleets
