// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/linkrouter.h"
#include "ct/sim/linkspec.h"
#include "ct/sim/simtime.h"
#include "ct/sim/vehicleclass.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ct::sim {

/// \brief The mesoscopic link-queue model (in the family of MATSim's QSim and SUMO's mesosim):
/// each directed link is a FIFO queue with a free-flow traversal time, an outflow capacity and a
/// storage capacity.
///
/// An agent (a car, a bus, or a group of pedestrians counted in persons) that enters a link may
/// leave it once its free-flow time has passed, when it is at the head of the queue, when the
/// link's outflow budget for this tick allows (capacity × tick, carried over as a debt when a
/// large group uses more), and when the next link has storage left.
///
/// Capacity and storage are consumed in load units: an agent's load is its size times the passenger
/// car equivalent of its VehicleClass (a car 1, a bus 2 PCU by default; a pedestrian 1, so the
/// walking network counts persons). Counts of agents' units (unitsOnLinks(), …) are in sizes
/// (vehicles, persons); occupancy(), maxOccupancy() and cumulativeOutflow() are loads. A full downstream link blocks the whole queue
/// behind it: spill-back. An empty link always accepts one agent, so links shorter than one
/// vehicle still pass traffic. Optionally an agent blocked longer than the stuck time is pushed
/// through anyway (the usual gridlock breaker; 0 disables it).
///
/// Agents are kept in arrays (structure of arrays) with intrusive per-link lists: no allocation per
/// agent or per move. Links are processed in a fixed order, so the model is deterministic.
class LinkQueueNetwork
{
public:
    enum class AgentState : std::uint8_t { Idle, Entering, OnLink, Arrived, Stranded };

    LinkQueueNetwork() = default;
    //! Sets the links and node count; clears all agents.
    void setLinks(std::vector<LinkSpec> links, std::int32_t nodeCount);
    std::int32_t linkCount() const { return std::int32_t(m_links.size()); }
    std::int32_t nodeCount() const { return m_nodeCount; }
    const LinkSpec &link(std::int32_t index) const { return m_links[std::size_t(index)]; }

    //! Time after which a blocked head agent moves on regardless of storage; 0 = never.
    void setStuckTime(SimTime stuck) { m_stuckTime = stuck; }
    SimTime stuckTime() const { return m_stuckTime; }

    /// Load of one unit of `vehicleClass` (PCU on a car network); set before agents move. Defaults
    /// to passengerCarEquivalent().
    void setPassengerCarEquivalent(VehicleClass vehicleClass, double load);
    double passengerCarEquivalentOf(VehicleClass vehicleClass) const { return m_classLoad[std::size_t(vehicleClass)]; }

    //! A new idle agent of `size` units of `vehicleClass`; returns its index.
    std::int32_t addAgent(std::uint16_t size, VehicleClass vehicleClass = VehicleClass::Car);
    void reserveAgents(std::size_t count);
    std::int32_t agentCount() const { return std::int32_t(m_size.size()); }
    std::uint16_t agentSize(std::int32_t agent) const { return m_size[std::size_t(agent)]; }
    VehicleClass agentClass(std::int32_t agent) const { return m_class[std::size_t(agent)]; }
    //! Capacity and storage the agent uses: size × its class's passenger car equivalent.
    double agentLoad(std::int32_t agent) const { return loadOf(std::size_t(agent)); }
    //! Changes a size (part of a group admitted at a shelter, the rest going on).
    void setAgentSize(std::int32_t agent, std::uint16_t size);
    /// Makes an arrived (or stranded) agent idle again, off the network, so it can depart on a new
    /// trip (a bus between runs). Does nothing to an agent entering or on a link.
    void rearm(std::int32_t agent);
    AgentState agentState(std::int32_t agent) const { return m_state[std::size_t(agent)]; }
    //! Link the agent is on (or waiting to enter), -1 otherwise.
    std::int32_t agentLink(std::int32_t agent) const { return m_link[std::size_t(agent)]; }
    //! Share of its current link the agent has covered at `now`, 0–1 (free-flow progress).
    double agentProgress(std::int32_t agent, SimTime now) const;

    /// Starts `agent` from `node`: the router is asked for its first link; kArrive and kStranded
    /// are reported at once, otherwise the agent waits to enter that link (storage permitting).
    void depart(std::int32_t agent, std::int32_t node, SimTime now, LinkRouter &router);

    /// Advances every active link by one tick ending at `now` (`tick` long).
    void tick(SimTime now, SimTime tick, LinkRouter &router);

    // --- counts (units) --------------------------------------------------------------------------
    std::int64_t unitsEntering() const { return m_unitsEntering; }
    std::int64_t unitsOnLinks() const { return m_unitsOnLinks; }
    std::int64_t unitsArrived() const { return m_unitsArrived; }
    std::int64_t unitsStranded() const { return m_unitsStranded; }
    std::int32_t agentsMoving() const { return m_agentsMoving; }   //!< entering or on a link

    // --- per link --------------------------------------------------------------------------------
    double occupancy(std::int32_t link) const { return m_occupancy[std::size_t(link)]; }   //!< load on the link
    double maxOccupancy(std::int32_t link) const { return m_maxOccupancy[std::size_t(link)]; }
    //! Load that has left the link since the start.
    double cumulativeOutflow(std::int32_t link) const { return m_outflow[std::size_t(link)]; }
    //! Agents that moved into a link whose storage was full (stuck time); 0 with the breaker off.
    std::int64_t forcedMoves() const { return m_forcedMoves; }
    //! Links with someone on them or waiting to enter, in processing order.
    const std::vector<std::int32_t> &activeLinks() const { return m_active; }
    //! Agents on `link` (queue order, head first) — for snapshots and tests.
    template<typename F> void forEachOnLink(std::int32_t link, F &&f) const
    {
        for (std::int32_t a = m_head[std::size_t(link)]; a >= 0; a = m_next[std::size_t(a)])
            f(a);
    }

private:
    void activate(std::int32_t link);
    double loadOf(std::size_t agent) const { return double(m_size[agent]) * m_classLoad[std::size_t(m_class[agent])]; }
    bool hasRoom(std::int32_t link, double load) const;
    void enter(std::int32_t agent, std::int32_t link, SimTime now);
    void popHead(std::int32_t link);
    void processLink(std::int32_t link, SimTime now, SimTime tick, LinkRouter &router);

    std::vector<LinkSpec> m_links;
    std::int32_t m_nodeCount = 0;
    SimTime m_stuckTime = 0;
    std::array<double, kVehicleClassCount> m_classLoad{passengerCarEquivalent(VehicleClass::Car),
                                                       passengerCarEquivalent(VehicleClass::Bus),
                                                       passengerCarEquivalent(VehicleClass::Pedestrian)};

    // per link
    std::vector<SimTime> m_freeFlow;
    std::vector<double> m_capacityPerMs;
    std::vector<double> m_credit;
    std::vector<SimTime> m_lastProcessed;
    std::vector<double> m_occupancy;
    std::vector<double> m_maxOccupancy;
    std::vector<double> m_outflow;
    std::vector<std::int32_t> m_head;
    std::vector<std::int32_t> m_tail;
    std::vector<std::int32_t> m_waitHead;
    std::vector<std::int32_t> m_waitTail;
    std::vector<std::uint8_t> m_isActive;
    std::vector<std::int32_t> m_active;

    // per agent
    std::vector<std::uint16_t> m_size;
    std::vector<VehicleClass> m_class;
    std::vector<AgentState> m_state;
    std::vector<std::int32_t> m_link;
    std::vector<std::int32_t> m_next;
    std::vector<SimTime> m_entered;
    std::vector<SimTime> m_earliestExit;

    std::int64_t m_unitsEntering = 0;
    std::int64_t m_unitsOnLinks = 0;
    std::int64_t m_unitsArrived = 0;
    std::int64_t m_unitsStranded = 0;
    std::int32_t m_agentsMoving = 0;
    std::int64_t m_forcedMoves = 0;
};

} // namespace ct::sim
