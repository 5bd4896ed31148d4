// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "cchtopology.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace ct::routing {
class Closures;
class RoadGraph;
} // namespace ct::routing

namespace ct::routing::detail {

/// \brief The weights of a CchTopology for one set of closures, and the graphs the queries search.
///
/// Two customizations on top of each other (Dibbelt, Strasser, Wagner 2016):
/// - basic: bottom-up over lower triangles, arc (u, w) gets the fastest u → w (and w → u) time
///   through nodes below both; each direction remembers its two halves for path unpacking;
/// - perfect: top-down over upper and intermediate triangles, every arc gets the true fastest time
///   between its ends. A direction whose basic time is strictly slower than that is on no shortest
///   path and is left out of the query graphs, which is what makes queries fast.
/// When closures change, both are redone only where something changed: basic from the changed arcs
/// upwards, perfect from the arcs whose basic time changed downwards.
class CchMetric
{
public:
    /// \brief The arcs a query search relaxes in one direction, after perfect customization.
    ///
    /// Node r's arcs sit at upFirst[r]..end[r]-1 (the topology's slots, of which only the needed
    /// arcs are filled, so one node's arcs can be rewritten without moving the others'). head is a
    /// rank, weight the time (s) of that direction, arc the topology arc (for path unpacking).
    struct QueryGraph
    {
        std::vector<int> end;
        std::vector<int> head;
        std::vector<int> arc;
        std::vector<double> weight;
    };

    CchMetric(const RoadGraph &graph, const CchTopology &topology);

    /// Brings the weights to `closures` (made for the same graph), incrementally when few roads
    /// changed since the last call.
    void apply(const Closures &closures);

    const QueryGraph &upward() const { return m_upward; }     //!< the forward search's arcs
    const QueryGraph &downward() const { return m_downward; } //!< the backward search's arcs
    /// Replaces the arc directions in `path` (each arc << 1 | 1 when travelled upwards, tail →
    /// head, or arc << 1 downwards; in travel order) by the graph edges they stand for, in travel
    /// order. `work` is scratch space (kept by the caller to save allocations).
    void unpack(std::vector<int> &path, std::vector<int> &work) const;

    int lastBasicNodes() const { return m_lastBasicNodes; }     //!< nodes the last basic pass recomputed
    int lastPerfectNodes() const { return m_lastPerfectNodes; } //!< nodes the last perfect pass recomputed
    int queryArcCount() const;                                  //!< arcs of both query graphs

private:
    void computeInput(int k);
    void pull(int k);
    void customizeBasicFully();
    void customizeBasicPartially(const std::vector<int> &changedArcs, std::vector<int> &changedWeights);
    void customizePerfectFully();
    void customizePerfectPartially(const std::vector<int> &changedWeights);
    bool recomputePerfect(int x, std::vector<int> *changedArcs);

    const RoadGraph *m_graph;
    const CchTopology *m_topology;
    //! How the basic time of an arc direction is made, indexed like the path items of unpack()
    //! (arc << 1 | upwards): through a lower node v, `first` is the item travelled down to v and
    //! `second` the item up from v; a graph edge e itself is first = -(e + 1); kNoWay: none.
    struct Split
    {
        int first = kNoWay;
        int second = kNoWay;
    };
    static constexpr int kNoWay = std::numeric_limits<int>::min();

    // basic customization: time per direction (up = tail → head) and how it is made
    std::vector<double> m_up, m_down;
    std::vector<Split> m_split;
    // perfect customization
    std::vector<double> m_perfectUp, m_perfectDown;
    QueryGraph m_upward, m_downward;
    std::vector<std::uint8_t> m_closed; //!< per graph edge, as last applied
    // partial customization work space
    std::vector<std::uint8_t> m_pendingArc, m_queuedNode;
    std::vector<double> m_oldUp, m_oldDown;
    int m_lastBasicNodes = 0;
    int m_lastPerfectNodes = 0;
};

} // namespace ct::routing::detail
