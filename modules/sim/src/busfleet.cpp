// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/busfleet.h"

#include <functional>
#include <limits>
#include <queue>

namespace ct::sim {

void BusFleet::setup(std::vector<SimulationWorld::BusStop> stops, int capacity, const routing::RoadGraph &carGraph,
                     int walkNodeCount)
{
    m_graph = &carGraph;
    m_capacity = std::max(1, capacity);
    m_stops = std::move(stops);
    const std::size_t n = m_stops.size();
    m_stopAtWalkNode.assign(std::size_t(std::max(0, walkNodeCount)), -1);
    m_stopAtCarNode.assign(std::size_t(carGraph.nodeCount()), -1);
    m_nextStopAtCarNode.assign(n, -1);
    // Chained in reverse so the first stop of the list is found first at a shared node.
    for (std::size_t i = n; i-- > 0;) {
        const auto &s = m_stops[i];
        if (s.walkNode >= 0 && s.walkNode < walkNodeCount)
            m_stopAtWalkNode[std::size_t(s.walkNode)] = int(i);
        if (s.carNode >= 0 && s.carNode < carGraph.nodeCount()) {
            m_nextStopAtCarNode[i] = m_stopAtCarNode[std::size_t(s.carNode)];
            m_stopAtCarNode[std::size_t(s.carNode)] = int(i);
        }
    }
    m_queue.assign(n, {});
    m_queueHead.assign(n, 0);
    m_waiting.assign(n, 0);
    m_claimed.assign(n, 0);
    m_arrivals.assign(n, 0);
    m_personsWaiting = 0;
    m_epoch = 0;
    m_agent.clear();
    m_state.clear();
    m_node.clear();
    m_target.clear();
    m_claim.clear();
    m_load.clear();
    m_passengers.clear();
    m_path.clear();
    m_pathNext.clear();
    m_failedEpoch.clear();
    m_failedRevision.clear();
    m_personsOnBuses = 0;
    m_dist.assign(std::size_t(carGraph.nodeCount()), std::numeric_limits<double>::infinity());
    m_parentEdge.assign(std::size_t(carGraph.nodeCount()), -1);
    m_touched.clear();
    m_trips = m_carried = m_boarded = 0;
    m_waitSeconds = m_maxWaitSeconds = 0.0;
}

void BusFleet::arrive(int stop, std::int32_t household, int persons, SimTime now)
{
    const std::size_t s = std::size_t(stop);
    if (unclaimed(stop) <= 0)
        ++m_epoch; // a stop nobody is coming for has riders now: idle buses may look again
    m_queue[s].push_back({household, persons, now});
    m_waiting[s] += persons;
    m_arrivals[s] += persons;
    m_personsWaiting += persons;
}

int BusFleet::addBus(std::int32_t agent, int node)
{
    m_agent.push_back(agent);
    m_state.push_back(State::Depot);
    m_node.push_back(node);
    m_target.push_back(-1);
    m_claim.push_back(0);
    m_load.push_back(0);
    m_passengers.emplace_back();
    m_path.emplace_back();
    m_pathNext.push_back(0);
    m_failedEpoch.push_back(std::numeric_limits<std::uint64_t>::max());
    m_failedRevision.push_back(0);
    return int(m_agent.size()) - 1;
}

std::vector<int> BusFleet::idleBuses() const
{
    std::vector<int> idle;
    for (std::size_t b = 0; b < m_state.size(); ++b) {
        if (m_state[b] == State::Idle)
            idle.push_back(int(b));
    }
    return idle;
}

int BusFleet::search(int from, int only, const routing::Closures &closures, std::vector<int> &path)
{
    path.clear();
    if (!m_graph || from < 0 || from >= m_graph->nodeCount())
        return -1;
    for (int v : m_touched) {
        m_dist[std::size_t(v)] = std::numeric_limits<double>::infinity();
        m_parentEdge[std::size_t(v)] = -1;
    }
    m_touched.clear();
    int best = -1;
    int bestNode = -1;
    double bestScore = -1.0;
    int candidates = 0;
    using Entry = std::pair<double, int>; // (seconds, node): ties settle the lower node first
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    m_dist[std::size_t(from)] = 0.0;
    m_touched.push_back(from);
    heap.push({0.0, from});
    const auto heads = m_graph->heads();
    const auto seconds = m_graph->edgeSecondsArray();
    while (!heap.empty()) {
        const auto [d, v] = heap.top();
        heap.pop();
        if (d > m_dist[std::size_t(v)])
            continue;
        bool enough = false;
        for (int s = m_stopAtCarNode[std::size_t(v)]; s >= 0 && !enough; s = m_nextStopAtCarNode[std::size_t(s)]) {
            if (only >= 0) {
                if (s == only) {
                    best = s;
                    bestNode = v;
                    enough = true;
                }
                continue;
            }
            if (unclaimed(s) <= 0)
                continue;
            // Riders taken per second of the whole run; strictly better wins, so ties keep the nearer.
            const double score = std::min(unclaimed(s), m_capacity) / (d + kRunOverheadSeconds);
            if (score > bestScore) {
                bestScore = score;
                best = s;
                bestNode = v;
            }
            enough = ++candidates >= kCandidates;
        }
        if (enough)
            break;
        for (int e = m_graph->firstOut(v); e < m_graph->firstOut(v + 1); ++e) {
            if (closures.isEdgeClosed(e))
                continue;
            const int w = heads[std::size_t(e)];
            const double nd = d + seconds[std::size_t(e)];
            if (nd < m_dist[std::size_t(w)]) {
                if (m_dist[std::size_t(w)] == std::numeric_limits<double>::infinity())
                    m_touched.push_back(w);
                m_dist[std::size_t(w)] = nd;
                m_parentEdge[std::size_t(w)] = e;
                heap.push({nd, w});
            }
        }
    }
    if (best < 0)
        return -1;
    for (int node = bestNode; node != from;) {
        const int e = m_parentEdge[std::size_t(node)];
        path.push_back(e);
        node = m_graph->edgeTail(e);
    }
    std::reverse(path.begin(), path.end());
    return best;
}

bool BusFleet::dispatch(int bus, const routing::Closures &closures)
{
    const std::size_t b = std::size_t(bus);
    if (m_failedEpoch[b] == m_epoch && m_failedRevision[b] == closures.revision())
        return false; // nothing changed since the last fruitless search
    const int stop = search(m_node[b], -1, closures, m_path[b]);
    if (stop < 0) {
        m_failedEpoch[b] = m_epoch;
        m_failedRevision[b] = closures.revision();
        return false;
    }
    m_failedEpoch[b] = std::numeric_limits<std::uint64_t>::max();
    const int claim = std::min(m_capacity, unclaimed(stop));
    m_claimed[std::size_t(stop)] += claim;
    m_claim[b] = claim;
    m_target[b] = stop;
    m_pathNext[b] = 0;
    return true;
}

void BusFleet::release(int bus)
{
    const std::size_t b = std::size_t(bus);
    if (m_target[b] >= 0) {
        const std::size_t s = std::size_t(m_target[b]);
        m_claimed[s] -= m_claim[b];
        if (m_claim[b] > 0 && m_waiting[s] > m_claimed[s])
            ++m_epoch; // riders nobody is coming for any more
    }
    m_claim[b] = 0;
}

int BusFleet::nextEdge(int bus, int node, const routing::Closures &closures)
{
    const std::size_t b = std::size_t(bus);
    auto &path = m_path[b];
    std::size_t &next = m_pathNext[b];
    // Normally the node is the tail of the next planned edge; after waiting at a node the same
    // question may come again, so the index only advances once the edge is left behind.
    while (next < path.size() && m_graph->edgeHead(path[next]) == node)
        ++next;
    if (next < path.size() && m_graph->edgeTail(path[next]) == node && !closures.isEdgeClosed(path[next]))
        return path[next];
    // Closed ahead, or off the plan: plan again to the same stop.
    const int stop = search(node, m_target[b], closures, path);
    next = 0;
    if (stop < 0) {
        release(bus);
        m_target[b] = -1;
        return -1;
    }
    return path.empty() ? -1 : path.front();
}

void BusFleet::cancel(int bus)
{
    release(bus);
    m_target[std::size_t(bus)] = -1;
}

int BusFleet::board(int bus, SimTime now)
{
    const std::size_t b = std::size_t(bus);
    const int stop = m_target[b];
    release(bus);
    m_target[b] = -1;
    if (stop < 0)
        return 0;
    const std::size_t s = std::size_t(stop);
    auto &queue = m_queue[s];
    std::size_t &head = m_queueHead[s];
    int boarded = 0;
    while (head < queue.size() && m_load[b] + queue[head].persons <= m_capacity) {
        const Rider r = queue[head++];
        m_passengers[b].push_back(r);
        m_load[b] += r.persons;
        m_waiting[s] -= r.persons;
        m_personsWaiting -= r.persons;
        m_personsOnBuses += r.persons;
        m_boarded += r.persons;
        const double wait = toSeconds(now - r.since);
        m_waitSeconds += wait * r.persons;
        m_maxWaitSeconds = std::max(m_maxWaitSeconds, wait);
        ++boarded;
    }
    if (head == queue.size()) {
        queue.clear();
        head = 0;
    }
    return boarded;
}

std::vector<BusFleet::Rider> BusFleet::takePassengers(int bus)
{
    const std::size_t b = std::size_t(bus);
    std::vector<Rider> riders;
    riders.swap(m_passengers[b]);
    m_personsOnBuses -= m_load[b];
    m_load[b] = 0;
    return riders;
}

} // namespace ct::sim
