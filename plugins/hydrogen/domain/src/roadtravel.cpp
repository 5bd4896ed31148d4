// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/roadtravel.h"

#include "ct/routing/closures.h"
#include "ct/routing/dijkstra.h"
#include "ct/routing/roadgraph.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace ct::hydrogen {

RoadTravel::RoadTravel(const routing::RoadGraph &graph, const routing::Closures &closures)
    : m_graph(graph), m_closures(closures)
{
}

core::Result<TravelMatrix> RoadTravel::matrix(const std::vector<geo::Point> &sites, const std::function<bool(double)> &progress)
{
    const int count = int(sites.size());
    TravelMatrix result(count);
    m_nodes.assign(sites.size(), -1);
    if (m_graph.nodeCount() == 0)
        return core::Error::notFound(QCoreApplication::translate("PowerDispatch", "the road graph has no nodes"));
    for (int i = 0; i < count; ++i)
        m_nodes[std::size_t(i)] = m_graph.nearestNode(sites[std::size_t(i)]);
    // Sites sharing a node share the search.
    QHash<int, std::vector<int>> sitesOfNode;
    std::vector<int> sources;
    for (int i = 0; i < count; ++i) {
        auto &list = sitesOfNode[m_nodes[std::size_t(i)]];
        if (list.empty())
            sources.push_back(m_nodes[std::size_t(i)]);
        list.push_back(i);
    }
    routing::Dijkstra dijkstra(m_graph);
    for (std::size_t k = 0; k < sources.size(); ++k) {
        if (progress && !progress(double(k) / double(sources.size())))
            return core::Error::refused(QCoreApplication::translate("PowerDispatch", "power dispatch planning was cancelled"));
        const int source = sources[k];
        const routing::ShortestPathTree tree = dijkstra.oneToAll(source, m_closures, routing::Direction::Forward);
        for (int j = 0; j < count; ++j) {
            const int target = m_nodes[std::size_t(j)];
            const double seconds = tree.seconds[std::size_t(target)];
            if (!std::isfinite(seconds))
                continue;
            // Metres along the tree: follow the predecessor edges back to the source.
            double metres = 0.0;
            for (int v = target; v != source;) {
                const int edge = tree.nextEdge[std::size_t(v)];
                if (edge < 0)
                    break;
                metres += m_graph.edgeLength(edge);
                v = m_graph.edgeTail(edge);
            }
            for (const int i : sitesOfNode[source])
                if (i != j)
                    result.set(i, j, seconds, metres / 1000.0);
        }
    }
    if (progress)
        progress(1.0);
    return result;
}

std::vector<geo::Point> RoadTravel::path(geo::Point from, geo::Point to) const
{
    std::vector<geo::Point> points{from};
    const int a = m_graph.nearestNode(from), b = m_graph.nearestNode(to);
    if (a >= 0 && b >= 0) {
        routing::Dijkstra dijkstra(m_graph);
        const routing::Route route = dijkstra.route(a, b, m_closures);
        if (route.reachable) {
            for (const int edge : route.edges) {
                const std::vector<geo::Point> shape = m_graph.edgeGeometry(edge);
                for (const geo::Point &p : shape)
                    if (points.empty() || p.x != points.back().x || p.y != points.back().y)
                        points.push_back(p);
            }
        }
    }
    if (points.back().x != to.x || points.back().y != to.y)
        points.push_back(to);
    return points;
}

} // namespace ct::hydrogen
