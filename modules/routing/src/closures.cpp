// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"

namespace ct::routing {

Closures::Closures(const RoadGraph &graph)
    : m_graph(&graph), m_edgeClosed(std::size_t(graph.edgeCount()), 0)
{
}

bool Closures::close(qint64 roadId)
{
    if (!m_graph)
        return false;
    const auto edges = m_graph->edgesOfRoad(roadId);
    if (edges.empty() || !m_roads.insert(roadId).second)
        return false;
    for (int e : edges) {
        m_edgeClosed[std::size_t(e)] = 1;
        ++m_closedEdges;
    }
    ++m_revision;
    return true;
}

bool Closures::open(qint64 roadId)
{
    if (!m_graph || m_roads.erase(roadId) == 0)
        return false;
    for (int e : m_graph->edgesOfRoad(roadId)) {
        m_edgeClosed[std::size_t(e)] = 0;
        --m_closedEdges;
    }
    ++m_revision;
    return true;
}

void Closures::clear()
{
    if (m_roads.empty())
        return;
    m_roads.clear();
    std::fill(m_edgeClosed.begin(), m_edgeClosed.end(), 0);
    m_closedEdges = 0;
    ++m_revision;
}

} // namespace ct::routing
