// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"
#include "ct/routing/mode.h"
#include "ct/routing/roadclass.h"

#include <QtGlobal>

#include <cstdint>
#include <span>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::routing {

/// \brief The road network of a twin as a directed graph for one travel mode, in compact
/// adjacency arrays (CSR) that every search of this module reads.
///
/// Nodes are numbered 0..nodeCount()-1; each keeps its position (EPSG:6677 metres) and the twin's
/// `node_id`. A two-way road gives two directed edges with the same roadId(); a one-way road one
/// (Mode::Car) or two (Mode::Walk). Edges are numbered so that the outgoing edges of node v are
/// firstOut(v)..firstOut(v+1)-1; incomingEdges(v) lists the edges whose head is v.
/// Immutable once built: closures live in a separate Closures object, so one graph serves many
/// scenarios and threads.
class RoadGraph
{
public:
    /// \brief One road of the raw input: an undirected or one-way link between two node indices.
    struct Road
    {
        int from = 0;          //!< node index where the road's geometry starts
        int to = 0;            //!< node index where it ends (one-way roads run from → to)
        qint64 roadId = 0;     //!< the twin's road_id; closures name roads by it
        double lengthM = 0.0;  //!< metres
        double speedKmh = 30.0;
        bool oneway = false;
        int lanes = 1;         //!< lanes of the whole road (both directions when two-way)
        RoadClass roadClass = RoadClass::Residential;
        std::vector<geo::Point> geometry; //!< optional polyline from → to; empty: straight line
    };

    RoadGraph() = default;

    /// Builds the graph from the twin's `roads` and `road_nodes` layers (EPSG:6677). Roads without
    /// from_node/to_node (imported OSM lines) get nodes by snapping identical end coordinates
    /// (exact equality after rounding to 1 cm). Fails when the twin has no `roads` layer.
    static core::Result<RoadGraph> fromTwin(const store::TwinStore &twin, Mode mode);
    /// Builds the graph from raw arrays (tests, random graphs, other sources). `twinNodeIds` may be
    /// empty (ids become index + 1). Roads naming a node outside `positions` are refused.
    static core::Result<RoadGraph> fromRoads(std::vector<geo::Point> positions, std::vector<qint64> twinNodeIds,
                                             std::span<const Road> roads, Mode mode);

    Mode mode() const { return m_mode; }
    int nodeCount() const { return int(m_positions.size()); }
    int edgeCount() const { return int(m_head.size()); }

    // --- nodes ----------------------------------------------------------------------------------
    geo::Point position(int node) const { return m_positions[node]; }
    qint64 twinNodeId(int node) const { return m_twinNodeIds[node]; }
    /// Node index of a twin node id, or -1.
    int nodeOfTwinId(qint64 twinNodeId) const;
    /// The node nearest to `p` (EPSG:6677), through a uniform grid index; -1 for an empty graph.
    int nearestNode(geo::Point p) const;

    // --- adjacency --------------------------------------------------------------------------------
    int firstOut(int node) const { return m_firstOut[node]; }   //!< node in 0..nodeCount() inclusive
    std::span<const int> incomingEdges(int node) const
    {
        return std::span<const int>(m_inEdges).subspan(m_firstIn[node], m_firstIn[node + 1] - m_firstIn[node]);
    }

    // --- edges ------------------------------------------------------------------------------------
    int edgeTail(int edge) const { return m_tail[edge]; }
    int edgeHead(int edge) const { return m_head[edge]; }
    qint64 edgeRoadId(int edge) const { return m_roadId[edge]; }
    double edgeLength(int edge) const { return m_length[edge]; }     //!< metres
    double edgeSeconds(int edge) const { return m_seconds[edge]; }   //!< free-flow time for mode() (s)
    int edgeLanes(int edge) const { return m_lanes[edge]; }          //!< lanes in this direction
    double edgeCapacity(int edge) const { return m_capacity[edge]; } //!< veh/h in this direction
    RoadClass edgeRoadClass(int edge) const { return m_class[edge]; }
    /// The edge's polyline from tail to head (at least the two node positions).
    std::vector<geo::Point> edgeGeometry(int edge) const;
    /// The point at `fraction` (clamped to 0–1) of the edge's polyline length, from its tail:
    /// where an agent that has covered that share of the edge is drawn. No allocation.
    geo::Point pointAlong(int edge, double fraction) const;

    /// Every directed edge of a road (one or two), empty for an unknown road id.
    std::span<const int> edgesOfRoad(qint64 roadId) const;
    /// All road ids of the graph, ascending.
    std::vector<qint64> roadIds() const;

    //! Raw arrays for searches that want no bounds checks.
    std::span<const int> heads() const { return m_head; }
    std::span<const int> tails() const { return m_tail; }
    std::span<const double> edgeSecondsArray() const { return m_seconds; }
    std::span<const int> firstOutArray() const { return m_firstOut; }
    std::span<const int> firstInArray() const { return m_firstIn; }
    std::span<const int> inEdgesArray() const { return m_inEdges; }

private:
    void buildIndexes();

    Mode m_mode = Mode::Car;
    std::vector<geo::Point> m_positions;
    std::vector<qint64> m_twinNodeIds;
    std::vector<int> m_firstOut{0};
    std::vector<int> m_tail, m_head;
    std::vector<qint64> m_roadId;
    std::vector<double> m_length, m_seconds, m_capacity;
    std::vector<int> m_lanes;
    std::vector<RoadClass> m_class;
    std::vector<int> m_firstIn{0}, m_inEdges;
    // geometry: per edge an index into m_shapeStarts (-1: straight) and whether it runs reversed
    std::vector<int> m_shape;
    std::vector<bool> m_shapeReversed;
    std::vector<std::uint32_t> m_shapeStarts{0};
    std::vector<geo::Point> m_shapePoints;
    // road id → edges, sorted by road id
    std::vector<qint64> m_roadKeys;
    std::vector<int> m_roadFirst{0}, m_roadEdges;
    // sorted (twin id, node)
    std::vector<std::pair<qint64, int>> m_nodeIdIndex;
    // nearest-node grid
    double m_gridX0 = 0.0, m_gridY0 = 0.0, m_gridCell = 1.0;
    int m_gridW = 0, m_gridH = 0;
    std::vector<int> m_gridFirst, m_gridNodes;
};

} // namespace ct::routing
