// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <set>
#include <vector>

namespace ct::routing {

class RoadGraph;

/// \brief The roads that are closed now (a flooded underpass, a collapsed bridge), as a set of
/// road ids and, for the searches, one bit per directed edge of a RoadGraph.
///
/// Closing a road closes both its directions. Cheap to change during a run: close()/open() touch
/// only that road's edges and bump revision(), which a Router compares to know it must
/// re-customize. A default-constructed Closures (no graph) closes nothing.
class Closures
{
public:
    Closures() = default;
    explicit Closures(const RoadGraph &graph);

    /// Closes a road; returns false when the graph has no such road id (nothing changes).
    bool close(qint64 roadId);
    /// Reopens a road; returns false when it was not closed.
    bool open(qint64 roadId);
    void clear();

    bool isRoadClosed(qint64 roadId) const { return m_roads.count(roadId) != 0; }
    bool isEdgeClosed(int edge) const { return edge < int(m_edgeClosed.size()) && m_edgeClosed[std::size_t(edge)] != 0; }
    const std::set<qint64> &closedRoads() const { return m_roads; }
    int closedEdgeCount() const { return m_closedEdges; }
    /// Increases on every change; a consumer that remembers it knows whether anything changed.
    std::uint64_t revision() const { return m_revision; }
    /// The graph these closures were made for (nullptr for a default-constructed one).
    const RoadGraph *graph() const { return m_graph; }

private:
    const RoadGraph *m_graph = nullptr;
    std::set<qint64> m_roads;
    std::vector<std::uint8_t> m_edgeClosed;
    int m_closedEdges = 0;
    std::uint64_t m_revision = 0;
};

} // namespace ct::routing
