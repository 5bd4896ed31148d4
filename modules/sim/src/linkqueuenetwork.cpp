// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/linkqueuenetwork.h"

#include <algorithm>
#include <cmath>

namespace ct::sim {

void LinkQueueNetwork::setLinks(std::vector<LinkSpec> links, std::int32_t nodeCount)
{
    m_links = std::move(links);
    m_nodeCount = nodeCount;
    const std::size_t n = m_links.size();
    m_freeFlow.resize(n);
    m_capacityPerMs.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        // At least one millisecond: an agent never crosses two links in one tick.
        m_freeFlow[i] = std::max<SimTime>(1, fromSeconds(m_links[i].freeFlowSeconds));
        m_capacityPerMs[i] = std::max(0.0, m_links[i].capacityPerHour) / double(kHour);
    }
    m_credit.assign(n, 0.0);
    m_lastProcessed.assign(n, -1);
    m_occupancy.assign(n, 0.0);
    m_maxOccupancy.assign(n, 0.0);
    m_outflow.assign(n, 0.0);
    m_head.assign(n, -1);
    m_tail.assign(n, -1);
    m_waitHead.assign(n, -1);
    m_waitTail.assign(n, -1);
    m_isActive.assign(n, 0);
    m_active.clear();
    m_size.clear();
    m_class.clear();
    m_state.clear();
    m_link.clear();
    m_next.clear();
    m_entered.clear();
    m_earliestExit.clear();
    m_unitsEntering = m_unitsOnLinks = m_unitsArrived = m_unitsStranded = 0;
    m_agentsMoving = 0;
    m_forcedMoves = 0;
}

void LinkQueueNetwork::reserveAgents(std::size_t count)
{
    m_size.reserve(count);
    m_class.reserve(count);
    m_state.reserve(count);
    m_link.reserve(count);
    m_next.reserve(count);
    m_entered.reserve(count);
    m_earliestExit.reserve(count);
}

void LinkQueueNetwork::setPassengerCarEquivalent(VehicleClass vehicleClass, double load)
{
    m_classLoad[std::size_t(vehicleClass)] = std::max(1e-3, load);
}

std::int32_t LinkQueueNetwork::addAgent(std::uint16_t size, VehicleClass vehicleClass)
{
    m_size.push_back(std::max<std::uint16_t>(1, size));
    m_class.push_back(vehicleClass);
    m_state.push_back(AgentState::Idle);
    m_link.push_back(-1);
    m_next.push_back(-1);
    m_entered.push_back(0);
    m_earliestExit.push_back(0);
    return std::int32_t(m_size.size()) - 1;
}

void LinkQueueNetwork::setAgentSize(std::int32_t agent, std::uint16_t size)
{
    const std::size_t a = std::size_t(agent);
    size = std::max<std::uint16_t>(1, size);
    const int delta = int(size) - int(m_size[a]);
    if (m_state[a] == AgentState::OnLink) {
        m_occupancy[std::size_t(m_link[a])] += delta * m_classLoad[std::size_t(m_class[a])];
        m_unitsOnLinks += delta;
    } else if (m_state[a] == AgentState::Entering) {
        m_unitsEntering += delta;
    }
    m_size[a] = size;
}

void LinkQueueNetwork::rearm(std::int32_t agent)
{
    const std::size_t a = std::size_t(agent);
    if (m_state[a] == AgentState::Arrived)
        m_unitsArrived -= m_size[a];
    else if (m_state[a] == AgentState::Stranded)
        m_unitsStranded -= m_size[a];
    else
        return;
    m_state[a] = AgentState::Idle;
    m_link[a] = -1;
    m_next[a] = -1;
}

double LinkQueueNetwork::agentProgress(std::int32_t agent, SimTime now) const
{
    const std::size_t a = std::size_t(agent);
    if (m_state[a] != AgentState::OnLink)
        return 0.0;
    const SimTime ff = m_freeFlow[std::size_t(m_link[a])];
    return std::clamp(double(now - m_entered[a]) / double(ff), 0.0, 1.0);
}

void LinkQueueNetwork::activate(std::int32_t link)
{
    if (!m_isActive[std::size_t(link)]) {
        m_isActive[std::size_t(link)] = 1;
        m_active.push_back(link);
    }
}

bool LinkQueueNetwork::hasRoom(std::int32_t link, double load) const
{
    const double occupied = m_occupancy[std::size_t(link)];
    return occupied <= 0.0 || occupied + load <= m_links[std::size_t(link)].storage + 1e-9;
}

void LinkQueueNetwork::enter(std::int32_t agent, std::int32_t link, SimTime now)
{
    const std::size_t a = std::size_t(agent);
    const std::size_t l = std::size_t(link);
    m_state[a] = AgentState::OnLink;
    m_link[a] = link;
    m_next[a] = -1;
    m_entered[a] = now;
    m_earliestExit[a] = now + m_freeFlow[l];
    if (m_tail[l] >= 0)
        m_next[std::size_t(m_tail[l])] = agent;
    else
        m_head[l] = agent;
    m_tail[l] = agent;
    m_occupancy[l] += loadOf(a);
    m_maxOccupancy[l] = std::max(m_maxOccupancy[l], m_occupancy[l]);
    m_unitsOnLinks += m_size[a];
    activate(link);
}

void LinkQueueNetwork::popHead(std::int32_t link)
{
    const std::size_t l = std::size_t(link);
    const std::int32_t agent = m_head[l];
    const std::size_t a = std::size_t(agent);
    m_head[l] = m_next[a];
    if (m_head[l] < 0)
        m_tail[l] = -1;
    m_next[a] = -1;
    const double load = loadOf(a);
    m_occupancy[l] -= load;
    if (m_occupancy[l] < 1e-9)
        m_occupancy[l] = 0.0;
    m_outflow[l] += load;
    m_unitsOnLinks -= m_size[a];
    m_link[a] = -1;
}

void LinkQueueNetwork::depart(std::int32_t agent, std::int32_t node, SimTime now, LinkRouter &router)
{
    const std::size_t a = std::size_t(agent);
    if (m_state[a] != AgentState::Idle)
        return;
    const std::int32_t first = router.nextLink(*this, agent, node, now);
    if (first == LinkRouter::kArrive) {
        m_state[a] = AgentState::Arrived;
        m_unitsArrived += m_size[a];
        router.arrived(*this, agent, node, now);
        return;
    }
    if (first < 0) {
        m_state[a] = AgentState::Stranded;
        m_unitsStranded += m_size[a];
        router.stranded(*this, agent, node, now);
        return;
    }
    const std::size_t l = std::size_t(first);
    m_state[a] = AgentState::Entering;
    m_link[a] = first;
    m_next[a] = -1;
    if (m_waitTail[l] >= 0)
        m_next[std::size_t(m_waitTail[l])] = agent;
    else
        m_waitHead[l] = agent;
    m_waitTail[l] = agent;
    m_unitsEntering += m_size[a];
    ++m_agentsMoving;
    activate(first);
}

void LinkQueueNetwork::processLink(std::int32_t link, SimTime now, SimTime tick, LinkRouter &router)
{
    const std::size_t l = std::size_t(link);
    // Outflow budget: capacity × tick, never banked beyond one tick; a group larger than the
    // remaining budget may leave and leaves a debt, so the long-run rate is the capacity.
    // The budget accrues for the time since the link was last processed (an idle link repays
    // its debt while idle, it is not forgiven).
    const double perTick = m_capacityPerMs[l] * double(tick);
    const SimTime elapsed = m_lastProcessed[l] < 0 ? tick : now - m_lastProcessed[l];
    m_lastProcessed[l] = now;
    m_credit[l] = std::min(m_credit[l] + m_capacityPerMs[l] * double(elapsed), perTick);
    while (m_head[l] >= 0 && m_credit[l] > 0.0) {
        const std::int32_t agent = m_head[l];
        const std::size_t a = std::size_t(agent);
        if (m_earliestExit[a] > now)
            break;
        const std::int32_t node = m_links[l].to;
        const std::int32_t next = router.nextLink(*this, agent, node, now);
        if (next == LinkRouter::kArrive || next < 0) {
            const std::uint16_t size = m_size[a];
            m_credit[l] -= loadOf(a);
            popHead(link);
            --m_agentsMoving;
            if (next == LinkRouter::kArrive) {
                m_state[a] = AgentState::Arrived;
                m_unitsArrived += size;
                router.arrived(*this, agent, node, now);
            } else {
                m_state[a] = AgentState::Stranded;
                m_unitsStranded += size;
                router.stranded(*this, agent, node, now);
            }
            continue;
        }
        bool forced = false;
        if (!hasRoom(next, loadOf(a))) {
            if (m_stuckTime <= 0 || now - m_earliestExit[a] < m_stuckTime)
                break; // spill-back: the whole queue waits
            forced = true;
        }
        m_credit[l] -= loadOf(a);
        popHead(link);
        enter(agent, next, now);
        if (forced)
            ++m_forcedMoves;
    }
    // Agents starting on this link enter behind the queue as storage allows.
    while (m_waitHead[l] >= 0) {
        const std::int32_t agent = m_waitHead[l];
        const std::size_t a = std::size_t(agent);
        if (!hasRoom(link, loadOf(a)))
            break;
        m_waitHead[l] = m_next[a];
        if (m_waitHead[l] < 0)
            m_waitTail[l] = -1;
        m_unitsEntering -= m_size[a];
        enter(agent, link, now);
    }
}

void LinkQueueNetwork::tick(SimTime now, SimTime tick, LinkRouter &router)
{
    // Links activated during this tick are appended and processed from the next tick on; the
    // order is the order of first activation, which is deterministic.
    const std::size_t count = m_active.size();
    for (std::size_t i = 0; i < count; ++i)
        processLink(m_active[i], now, tick, router);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_active.size(); ++i) {
        const std::int32_t link = m_active[i];
        const std::size_t l = std::size_t(link);
        if (m_head[l] >= 0 || m_waitHead[l] >= 0) {
            m_active[kept++] = link;
        } else {
            m_isActive[l] = 0;
        }
    }
    m_active.resize(kept);
}

} // namespace ct::sim
