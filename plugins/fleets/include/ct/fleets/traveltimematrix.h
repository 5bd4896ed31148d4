// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <vector>

namespace ct::routing {
class RoadGraph;
class Closures;
} // namespace ct::routing

namespace ct::fleets {

/// \brief Travel times (s) between the meeting points of an on-demand service, all pairs.
///
/// Locations are indices 0..size()-1 into the list of points the matrix was made for. Built from
/// the road graph with one one-to-all Dijkstra per point (modules/routing), so a dispatcher's
/// lookups during insertion are O(1). Unreachable pairs are infinite.
class TravelTimeMatrix
{
public:
    TravelTimeMatrix() = default;
    /// Row-major `size` × `size` seconds.
    TravelTimeMatrix(int size, std::vector<float> seconds);
    /// Car travel times between the graph nodes `nodes` under `closures`.
    static TravelTimeMatrix fromRoadGraph(const routing::RoadGraph &graph, const routing::Closures &closures,
                                          const std::vector<int> &nodes);

    int size() const { return m_size; }
    double seconds(int from, int to) const { return m_seconds[std::size_t(from) * std::size_t(m_size) + std::size_t(to)]; }

private:
    int m_size = 0;
    std::vector<float> m_seconds;
};

} // namespace ct::fleets
