// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <vector>

namespace ct::routing {
class RoadGraph;
}

namespace ct::routing::detail {

/// \brief The metric-independent part of a Customizable Contraction Hierarchy: the node order,
/// the chordal "upward" graph it induces and its elimination tree.
///
/// Everything is in rank space: node r is the r-th contracted (0 first). Arc k joins arcTail[k]
/// (lower rank) to upHead[k] (higher rank); the arcs of a node are consecutive
/// (upFirst[r]..upFirst[r+1]-1) and sorted by head. downFirst/downTail/downArc list, per node, the
/// arcs arriving from below, sorted by tail, so that the lower triangles of an arc (u, w) are the
/// common tails of u's and w's down lists. Built once per graph; closures never change it. A plain
/// aggregate: the customization and the searches of this module index its arrays in hot loops.
struct CchTopology
{
    static CchTopology build(const RoadGraph &graph);

    int nodeCount() const { return int(rank.size()); }
    int arcCount() const { return int(upHead.size()); }
    //! The arc between ranks lower < upper, or -1.
    int findArc(int lower, int upper) const;

    std::vector<int> rank;                         //!< per graph node: its rank
    std::vector<int> upFirst, upHead, arcTail;     //!< upward CSR by rank, and each arc's tail
    std::vector<int> downFirst, downTail, downArc; //!< per node: arcs from below, by tail rank
    std::vector<int> parent;                       //!< elimination tree: lowest upper neighbour, -1 at roots
    std::vector<int> inputFirst, inputEdges;       //!< graph edges behind each arc (either direction)
    std::vector<int> arcOfEdge;                    //!< per graph edge: its arc, -1 for loops
    int height = 0;                                //!< nodes on the longest leaf-to-root chain
};

} // namespace ct::routing::detail
