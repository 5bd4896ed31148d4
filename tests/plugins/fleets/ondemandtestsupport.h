// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/roadgraph.h"

#include <memory>
#include <vector>

namespace ct::fleets::test {

/// A `columns` × `rows` grid of two-way roads `spacing` metres apart at `kmh`; node index
/// = row * columns + column, position (column * spacing, row * spacing).
inline std::shared_ptr<routing::RoadGraph> gridGraph(int columns, int rows, double spacing, double kmh)
{
    std::vector<geo::Point> positions;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            positions.push_back({c * spacing, r * spacing});
    std::vector<routing::RoadGraph::Road> roads;
    qint64 id = 1;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const int v = r * columns + c;
            if (c + 1 < columns) {
                routing::RoadGraph::Road road;
                road.from = v, road.to = v + 1, road.roadId = id++, road.lengthM = spacing, road.speedKmh = kmh;
                roads.push_back(road);
            }
            if (r + 1 < rows) {
                routing::RoadGraph::Road road;
                road.from = v, road.to = v + columns, road.roadId = id++, road.lengthM = spacing, road.speedKmh = kmh;
                roads.push_back(road);
            }
        }
    auto graph = routing::RoadGraph::fromRoads(positions, {}, roads, routing::Mode::Car);
    if (!graph)
        return nullptr;
    return std::make_shared<routing::RoadGraph>(std::move(graph.value()));
}

} // namespace ct::fleets::test
