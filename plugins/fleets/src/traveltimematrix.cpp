// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/traveltimematrix.h"

#include "ct/routing/closures.h"
#include "ct/routing/multisource.h"
#include "ct/routing/roadgraph.h"

#include <limits>
#include <utility>

namespace ct::fleets {

TravelTimeMatrix::TravelTimeMatrix(int size, std::vector<float> seconds) : m_size(size), m_seconds(std::move(seconds))
{
    m_seconds.resize(std::size_t(size) * std::size_t(size), std::numeric_limits<float>::infinity());
}

TravelTimeMatrix TravelTimeMatrix::fromRoadGraph(const routing::RoadGraph &graph, const routing::Closures &closures,
                                                 const std::vector<int> &nodes)
{
    const int n = int(nodes.size());
    std::vector<float> seconds(std::size_t(n) * std::size_t(n), std::numeric_limits<float>::infinity());
    for (int i = 0; i < n; ++i) {
        const auto tree = routing::multiSource(graph, closures, {nodes[std::size_t(i)]}, routing::Direction::Forward);
        for (int j = 0; j < n; ++j)
            seconds[std::size_t(i) * std::size_t(n) + std::size_t(j)] = float(tree.seconds[std::size_t(nodes[std::size_t(j)])]);
    }
    return TravelTimeMatrix(n, std::move(seconds));
}

} // namespace ct::fleets
