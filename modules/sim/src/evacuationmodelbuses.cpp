// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// EvacuationModel: the evacuation buses (the scenario's `buses` section). Kept apart from
// evacuationmodel.cpp so the household movement reads on its own; BusFleet holds the buses' and
// stops' bookkeeping, these members move the buses on the car network and admit their passengers.
#include "ct/sim/evacuationmodel.h"

#include "ct/routing/multisource.h"
#include "ct/sim/engine.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::sim {

void EvacuationModel::prepareBuses()
{
    // Who rides is decided from the situation at home when the order comes: the walk to the
    // nearest suitable open shelter and to the nearest collection point.
    recomputeTrees();
    recomputeStopTree();
}

void EvacuationModel::recomputeStopTree()
{
    std::vector<int> sources;
    sources.reserve(std::size_t(m_fleet.stopCount()));
    for (int s = 0; s < m_fleet.stopCount(); ++s)
        sources.push_back(m_fleet.stop(s).walkNode);
    m_stopTree = routing::multiSource(m_world.walkGraph(), m_closures[1], sources, routing::Direction::Backward);
    m_stopTreeDirty = false;
}

bool EvacuationModel::ridesBus(int walkNode) const
{
    if (walkNode < 0 || m_stopTree.seconds.empty() || !m_stopTree.isReached(walkNode))
        return false;
    const double toStop = m_stopTree.seconds[std::size_t(walkNode)];
    const double toShelter = m_trees[1].seconds.empty() ? routing::ShortestPathTree::kUnreached
                                                        : m_trees[1].seconds[std::size_t(walkNode)];
    return toShelter > toSeconds(m_scenario.buses.walkLimit) && toStop < toShelter;
}

void EvacuationModel::placeBuses(Engine &engine)
{
    const auto &config = m_scenario.buses;
    const auto &graph = m_world.carGraph();
    std::vector<int> nodes;
    if (!config.depots.empty()) {
        for (const geo::Point &depot : config.depots)
            nodes.push_back(graph.nearestNode(depot));
    } else {
        // The busiest collection points: riders expected at each (nearest stop from home).
        std::vector<std::int64_t> expected(std::size_t(m_fleet.stopCount()), 0);
        for (std::size_t h = 0; h < m_status.size(); ++h) {
            if (m_toStop[h] && m_status[h] == Status::Waiting) {
                const int stop = m_stopTree.source[std::size_t(m_origin[h])];
                if (stop >= 0)
                    expected[std::size_t(stop)] += m_persons[h];
            }
        }
        std::vector<int> order(expected.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return expected[std::size_t(a)] > expected[std::size_t(b)]; });
        for (int stop : order) {
            if (expected[std::size_t(stop)] > 0 || nodes.empty())
                nodes.push_back(m_fleet.stop(stop).carNode);
        }
    }
    auto &net = m_networks[0];
    for (int b = 0; b < config.count; ++b) {
        const std::int32_t agent = net.addAgent(1, VehicleClass::Bus);
        m_householdOfAgent[0].push_back(-1 - b);
        m_fleet.addBus(agent, nodes[std::size_t(b) % nodes.size()]);
    }
    const SimTime start = config.start >= 0 ? config.start : m_scenario.trigger;
    for (int b = 0; b < config.count && start <= engine.endTime(); ++b)
        engine.schedule(start, m_self, BusReady, b);
    engine.record(name(), QStringLiteral("buses"),
                  {{QStringLiteral("count"), config.count}, {QStringLiteral("capacity"), config.capacity},
                   {QStringLiteral("collection_points"), m_fleet.stopCount()}, {QStringLiteral("riders"), qint64(m_busRiders)},
                   {QStringLiteral("start"), formatDuration(start)}});
}

void EvacuationModel::requestDispatch()
{
    if (m_dispatchPending || !m_engine || m_fleet.isEmpty())
        return;
    for (int b = 0; b < m_fleet.busCount(); ++b) {
        if (m_fleet.state(b) == BusFleet::State::Idle) {
            // Dispatched by an event, never from inside a network's tick.
            m_dispatchPending = true;
            m_engine->schedule(m_engine->now(), m_self, BusDispatch);
            return;
        }
    }
}

void EvacuationModel::dispatchBus(Engine &engine, int bus)
{
    using State = BusFleet::State;
    const State state = m_fleet.state(bus);
    if (state != State::Depot && state != State::Idle && state != State::Unloading)
        return;
    if (m_treesDirty)
        recomputeTrees();
    // No suitable shelter with room anywhere: riders are better off waiting at the stop than on a
    // bus with nowhere to go. The bus waits until a shelter opens.
    if (m_treeSourceShelter[0].empty() || !m_fleet.dispatch(bus, m_closures[0])) {
        m_fleet.setState(bus, State::Idle);
        return;
    }
    m_fleet.setState(bus, State::ToStop);
    auto &net = m_networks[0];
    net.rearm(m_fleet.agent(bus));
    net.depart(m_fleet.agent(bus), m_fleet.node(bus), engine.now(), *this);
}

void EvacuationModel::boardBus(Engine &engine, int bus)
{
    if (m_treesDirty)
        recomputeTrees();
    if (m_treeSourceShelter[0].empty()) {
        // The shelters filled while the bus was on its way: the riders stay at the stop.
        m_fleet.cancel(bus);
        m_fleet.setState(bus, BusFleet::State::Idle);
        return;
    }
    const int stop = m_fleet.targetStop(bus);
    const int count = m_fleet.board(bus, engine.now());
    const auto &passengers = m_fleet.passengers(bus);
    int persons = 0;
    for (std::size_t i = passengers.size() - std::size_t(count); i < passengers.size(); ++i) {
        m_status[std::size_t(passengers[i].household)] = Status::OnBus;
        persons += passengers[i].persons;
    }
    if (m_fleet.load(bus) == 0) {
        // Someone else took them: look for riders elsewhere.
        m_fleet.setState(bus, BusFleet::State::Idle);
        dispatchBus(engine, bus);
        return;
    }
    engine.record(name(), QStringLiteral("bus_boarded"),
                  {{QStringLiteral("bus"), bus}, {QStringLiteral("stop"), stop >= 0 ? m_fleet.stop(stop).stopId : QString()},
                   {QStringLiteral("persons"), persons}, {QStringLiteral("load"), m_fleet.load(bus)},
                   {QStringLiteral("waiting_after"), stop >= 0 ? m_fleet.waiting(stop) : 0}});
    m_fleet.setState(bus, BusFleet::State::ToShelter);
    if (m_treesDirty)
        recomputeTrees();
    auto &net = m_networks[0];
    net.rearm(m_fleet.agent(bus));
    net.depart(m_fleet.agent(bus), m_fleet.node(bus), engine.now(), *this);
}

std::int32_t EvacuationModel::busNextLink(int bus, std::int32_t node, SimTime now)
{
    switch (m_fleet.state(bus)) {
    case BusFleet::State::ToStop: {
        const int stop = m_fleet.targetStop(bus);
        if (stop < 0 || node == m_fleet.stop(stop).carNode)
            return kArrive;
        const int edge = m_fleet.nextEdge(bus, node, m_closures[0]);
        return edge >= 0 ? edge : kArrive; // cut off from its stop: stops here and looks again
    }
    case BusFleet::State::ToShelter: {
        for (int s = m_shelterAtNode[0][std::size_t(node)]; s >= 0; s = m_nextShelterAtNode[0][std::size_t(s)]) {
            if (!isTarget(s))
                continue;
            const int room = m_world.shelters()[std::size_t(s)].capacity - m_occupancy[std::size_t(s)];
            m_fleet.alight(bus, room, [&](std::int32_t household, int persons, bool whole) {
                admitted(s, persons, kBusMode, now);
                const std::size_t h = std::size_t(household);
                m_persons[h] = std::uint16_t(m_persons[h] - persons);
                if (whole)
                    m_status[h] = Status::Sheltered;
            });
            if (m_fleet.load(bus) == 0)
                return kArrive;
        }
        if (m_treesDirty)
            recomputeTrees();
        const int edge = m_trees[0].nextEdge[std::size_t(node)];
        return edge >= 0 ? edge : kStranded;
    }
    default:
        return kArrive;
    }
}

void EvacuationModel::busArrived(int bus, std::int32_t node, SimTime now)
{
    m_fleet.setNode(bus, node);
    switch (m_fleet.state(bus)) {
    case BusFleet::State::ToStop: {
        const int stop = m_fleet.targetStop(bus);
        if (stop >= 0 && node == m_fleet.stop(stop).carNode) {
            m_fleet.setState(bus, BusFleet::State::Boarding);
            m_engine->schedule(now + m_scenario.buses.dwell, m_self, BusBoard, bus);
        } else {
            m_fleet.setState(bus, BusFleet::State::Idle);
            m_engine->schedule(now, m_self, BusReady, bus);
        }
        break;
    }
    case BusFleet::State::ToShelter:
        m_fleet.countTrip();
        m_fleet.setState(bus, BusFleet::State::Unloading);
        m_engine->schedule(now + m_scenario.buses.dwell, m_self, BusReady, bus);
        break;
    default:
        break;
    }
}

void EvacuationModel::busStranded(int bus, std::int32_t node, SimTime)
{
    m_fleet.setNode(bus, node);
    // As for cars: with no suitable shelter left with room anywhere it is not a routing failure.
    const bool noRoom = m_treeSourceShelter[0].empty();
    int persons = 0;
    for (const BusFleet::Rider &r : m_fleet.takePassengers(bus)) {
        m_status[std::size_t(r.household)] = Status::Stranded;
        (noRoom ? m_noRoom : m_stranded) += r.persons;
        persons += r.persons;
    }
    // Without room anywhere the bus is free again (it waits for a shelter to open); cut off from
    // every shelter with room it is out of service.
    m_fleet.setState(bus, noRoom ? BusFleet::State::Idle : BusFleet::State::Stranded);
    m_engine->record(name(), QStringLiteral("bus_stranded"),
                     {{QStringLiteral("bus"), bus}, {QStringLiteral("persons"), persons},
                      {QStringLiteral("cause"), noRoom ? QStringLiteral("no_room") : QStringLiteral("cut_off")}});
}

QJsonObject EvacuationModel::busKpis() const
{
    int stranded = 0;
    for (int b = 0; b < m_fleet.busCount(); ++b)
        stranded += m_fleet.state(b) == BusFleet::State::Stranded ? 1 : 0;
    return {{QStringLiteral("buses"), m_scenario.buses.count},
            {QStringLiteral("capacity"), m_scenario.buses.capacity},
            {QStringLiteral("pcu"), m_scenario.buses.pcu},
            {QStringLiteral("collection_points"), m_fleet.stopCount()},
            {QStringLiteral("riders"), qint64(m_busRiders)},
            {QStringLiteral("trips"), qint64(m_fleet.trips())},
            {QStringLiteral("persons_boarded"), qint64(m_fleet.boarded())},
            {QStringLiteral("persons_carried"), qint64(m_fleet.carried())},
            {QStringLiteral("mean_wait_at_stops_s"), std::round(m_fleet.meanWaitSeconds() * 10) / 10},
            {QStringLiteral("max_wait_at_stops_s"), std::round(m_fleet.maxWaitSeconds() * 10) / 10},
            {QStringLiteral("waiting_at_stops"), qint64(m_fleet.personsWaiting())},
            {QStringLiteral("on_buses"), qint64(m_fleet.personsOnBuses())},
            {QStringLiteral("stranded_buses"), stranded}};
}

} // namespace ct::sim
