// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/evacuationmodel.h"

#include "geometryops.h"

#include "ct/routing/multisource.h"
#include "ct/sim/engine.h"
#include "ct/sim/householddeparture.h"
#include "ct/sim/roadstatechange.h"
#include "ct/sim/shelterarrival.h"
#include "ct/sim/shelterstatuschange.h"
#include "ct/sim/snapshot.h"

#include <QCoreApplication>

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::sim {

namespace {

//! Walkway width by road class (m): pavements on arterials, the carriageway edge on small streets.
double walkWidth(routing::RoadClass c)
{
    switch (c) {
    case routing::RoadClass::Trunk: return 4.0;
    case routing::RoadClass::Primary: return 3.5;
    case routing::RoadClass::Secondary: return 3.0;
    case routing::RoadClass::Tertiary: return 2.5;
    case routing::RoadClass::Residential: return 2.0;
    case routing::RoadClass::Service:
    case routing::RoadClass::Other: return 1.5;
    }
    return 2.0;
}

QJsonValue timeOrNull(SimTime t)
{
    return t < 0 ? QJsonValue() : QJsonValue(formatDuration(t));
}

} // namespace

EvacuationModel::EvacuationModel(const SimulationWorld &world, const Scenario &scenario, EvacuationOptions options)
    : m_world(world)
    , m_scenario(scenario)
    , m_options(options)
{
    m_timeline = scenario.timeline();
    m_closures[0] = routing::Closures(world.carGraph());
    m_closures[1] = routing::Closures(world.walkGraph());
    buildNetworks();
    if (scenario.buses.enabled)
        m_fleet.setup(world.collectionPoints(scenario.buses), scenario.buses.capacity, world.carGraph(), world.walkGraph().nodeCount());

    const auto &shelters = world.shelters();
    const std::size_t n = shelters.size();
    m_occupancy.assign(n, 0);
    m_peak.assign(n, 0);
    m_open.assign(n, 1);
    m_suitable.assign(n, 0);
    m_fullAt.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const auto &s = shelters[i];
        m_suitable[i] = s.isSuitableFor(scenario.hazard) ? 1 : 0;
        switch (scenario.shelterInitial) {
        case Scenario::ShelterInitial::AllOpen: m_open[i] = 1; break;
        case Scenario::ShelterInitial::AllClosed: m_open[i] = 0; break;
        case Scenario::ShelterInitial::Live:
            // Branch from the live state: open, opening and full shelters take people (a full one
            // has no room left by its occupancy); closed and closing ones do not.
            m_open[i] = s.hasLiveStatus && (s.liveStatus == QLatin1String("open") || s.liveStatus == QLatin1String("opening")
                                            || s.liveStatus == QLatin1String("full"));
            m_occupancy[i] = s.hasLiveStatus ? std::min(s.liveOccupancy, std::max(s.capacity, s.liveOccupancy)) : 0;
            m_peak[i] = m_occupancy[i];
            break;
        }
    }
    for (const auto &ref : scenario.openShelters) {
        const int i = world.shelterIndex(ref);
        if (i >= 0)
            m_open[std::size_t(i)] = 1;
    }
    for (const auto &ref : scenario.closedShelters) {
        const int i = world.shelterIndex(ref);
        if (i >= 0)
            m_open[std::size_t(i)] = 0;
    }
    int largest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (m_suitable[i])
            largest = std::max(largest, shelters[i].capacity);
    }
    m_shelterStyle = FeatureStyle::occupancy(QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Shelter occupancy")), largest);
    for (int mode = 0; mode < 2; ++mode) {
        const auto &graph = mode == 0 ? world.carGraph() : world.walkGraph();
        m_shelterAtNode[mode].assign(std::size_t(graph.nodeCount()), -1);
        m_nextShelterAtNode[mode].assign(n, -1);
        // Chain in reverse so the first shelter of the twin is tried first at a shared node.
        for (std::size_t i = n; i-- > 0;) {
            const int node = mode == 0 ? shelters[i].carNode : shelters[i].walkNode;
            if (node < 0)
                continue;
            m_nextShelterAtNode[mode][i] = m_shelterAtNode[mode][std::size_t(node)];
            m_shelterAtNode[mode][std::size_t(node)] = int(i);
        }
    }
}

EvacuationModel::~EvacuationModel() = default;

void EvacuationModel::buildNetworks()
{
    for (int mode = 0; mode < 2; ++mode) {
        const auto &graph = mode == 0 ? m_world.carGraph() : m_world.walkGraph();
        std::vector<LinkSpec> links(std::size_t(graph.edgeCount()));
        for (int e = 0; e < graph.edgeCount(); ++e) {
            LinkSpec &l = links[std::size_t(e)];
            l.from = graph.edgeTail(e);
            l.to = graph.edgeHead(e);
            l.freeFlowSeconds = std::max(0.1, graph.edgeSeconds(e));
            const double length = std::max(1.0, graph.edgeLength(e));
            if (mode == 0) {
                const int lanes = std::max(1, graph.edgeLanes(e));
                l.capacityPerHour = std::max(1.0, graph.edgeCapacity(e));
                l.storage = std::max(1.0, length * lanes / m_options.carStorageMetres);
            } else {
                const double width = walkWidth(graph.edgeRoadClass(e));
                l.capacityPerHour = m_options.walkFlowPerMetre * width * 3600.0;
                l.storage = std::max(8.0, length * width * m_options.walkJamDensity);
            }
        }
        m_networks[std::size_t(mode)].setLinks(std::move(links), graph.nodeCount());
        m_networks[std::size_t(mode)].setStuckTime(m_options.stuckTime);
        if (mode == 0 && m_scenario.buses.enabled)
            m_networks[0].setPassengerCarEquivalent(VehicleClass::Bus, m_scenario.buses.pcu);
    }
}

bool EvacuationModel::isTarget(int shelter) const
{
    const std::size_t s = std::size_t(shelter);
    return m_open[s] && m_suitable[s] && m_occupancy[s] < m_world.shelters()[s].capacity;
}

void EvacuationModel::recomputeTrees()
{
    for (int mode = 0; mode < 2; ++mode) {
        const auto &graph = mode == 0 ? m_world.carGraph() : m_world.walkGraph();
        std::vector<int> sources;
        auto &map = m_treeSourceShelter[std::size_t(mode)];
        map.clear();
        for (std::size_t i = 0; i < m_world.shelters().size(); ++i) {
            const int node = mode == 0 ? m_world.shelters()[i].carNode : m_world.shelters()[i].walkNode;
            if (node >= 0 && isTarget(int(i))) {
                sources.push_back(node);
                map.push_back(int(i));
            }
        }
        m_trees[std::size_t(mode)] = routing::multiSource(graph, m_closures[std::size_t(mode)], sources, routing::Direction::Backward);
    }
    m_treesDirty = false;
    ++m_recomputations;
}

void EvacuationModel::buildHouseholds(Engine &engine)
{
    RandomStream random = engine.randomStream(name());
    // The hazard area: inside a flood polygon or within the width of an overtopping river.
    std::vector<std::vector<geo::Point>> polygons;
    std::vector<std::pair<std::vector<geo::Point>, double>> rivers;
    for (const auto &a : m_timeline) {
        if (a.kind == Scenario::Action::Kind::FloodPolygon)
            polygons.push_back(a.polygon);
        else if (a.kind == Scenario::Action::Kind::RiverOvertopping)
            rivers.emplace_back(m_world.riverSection(a.river, a.from, a.to), a.widthM);
    }
    auto inHazardArea = [&](geo::Point p) {
        for (const auto &ring : polygons) {
            if (ring.size() >= 3 && detail::ringContains(ring, p))
                return true;
        }
        for (const auto &[line, width] : rivers) {
            for (std::size_t k = 0; k + 1 < line.size(); ++k) {
                if (detail::segmentDistance(p, line[k], line[k + 1]) <= width)
                    return true;
            }
        }
        return false;
    };

    const double p = 1.0 / m_scenario.householdSize;   // geometric: mean size 1/p
    const std::size_t expected = std::size_t(double(m_world.residents()) / m_scenario.householdSize * 1.1) + 16;
    m_mode.reserve(expected);
    m_status.reserve(expected);
    m_persons.reserve(expected);
    m_origin.reserve(expected);
    m_agent.reserve(expected);
    m_toStop.reserve(expected);
    for (auto &net : m_networks)
        net.reserveAgents(expected);
    for (const auto &home : m_world.homes()) {
        if (m_scenario.scope == Scenario::Scope::HazardArea && !inHazardArea(home.position))
            continue;
        m_population += home.residents;
        const int carNode = m_world.carGraph().nearestNode(home.position);
        const int walkNode = m_world.walkGraph().nearestNode(home.position);
        // Without a car: to a collection point when the walk to a shelter is long (no draw, so
        // a scenario with buses gives every household the same draws as one without).
        const bool busHome = m_fleet.stopCount() > 0 && ridesBus(walkNode);
        int left = home.residents;
        while (left > 0) {
            // Always the same draws per household, so one choice never shifts the others.
            int size = 1;
            while (size < 8 && random.uniform() >= p)
                ++size;
            const bool complies = random.bernoulli(m_scenario.compliance);
            const bool byCar = random.bernoulli(m_scenario.carShare);
            double delay = 0;
            switch (m_scenario.departure) {
            case Scenario::Departure::Immediate: random.uniform(); break;
            case Scenario::Departure::Rayleigh: delay = random.rayleigh(toSeconds(m_scenario.departureMean)); break;
            case Scenario::Departure::Exponential: delay = random.exponential(toSeconds(m_scenario.departureMean)); break;
            case Scenario::Departure::Uniform:
                delay = random.uniform(toSeconds(m_scenario.departureMin), toSeconds(m_scenario.departureMax));
                break;
            }
            size = std::min(size, left);
            left -= size;
            ++m_households;
            const std::int32_t household = std::int32_t(m_mode.size());
            const int mode = byCar ? 0 : 1;
            m_mode.push_back(std::uint8_t(mode));
            m_persons.push_back(std::uint16_t(size));
            m_origin.push_back(mode == 0 ? carNode : walkNode);
            const SimTime at = m_scenario.trigger + fromSeconds(delay);
            m_departure.push_back(at);
            m_toStop.push_back(mode == 1 && busHome ? 1 : 0);
            if (!complies) {
                m_status.push_back(Status::Staying);
                m_agent.push_back(-1);
                continue;
            }
            m_status.push_back(Status::Waiting);
            m_complying += size;
            m_carHouseholds += byCar ? 1 : 0;
            m_busRiders += m_toStop.back() ? size : 0;
            const std::int32_t agent = m_networks[std::size_t(mode)].addAgent(
                mode == 0 ? 1 : std::uint16_t(size), mode == 0 ? VehicleClass::Car : VehicleClass::Pedestrian);
            m_agent.push_back(agent);
            m_householdOfAgent[std::size_t(mode)].push_back(household);
            if (at <= engine.endTime())
                engine.schedule(at, m_self, Depart, household);
        }
    }
}

void EvacuationModel::start(Engine &engine)
{
    m_engine = &engine;
    for (int i = 0; i < engine.modelCount(); ++i) {
        if (engine.model(i) == this)
            m_self = i;
    }
    m_hazardRandom = engine.randomStream(name() + QStringLiteral(".hazards"));
    // Roads closed or reopened by other models (a rainfall model flooding roads near a gauge):
    // applied like the scenario's own closures, without publishing them a second time.
    engine.events().subscribe<RoadStateChange>([this](const RoadStateChange &change) {
        if (m_publishingRoadState)
            return;
        if (change.closed)
            closeRoads(*m_engine, change.roads, change.cause, false);
        else
            openRoads(*m_engine, change.roads, change.cause, false);
    });
    closeLiveRoads(engine);
    // Actions at 00:00 (closures, bridges) apply before anyone departs: scheduled first.
    for (std::size_t i = 0; i < m_timeline.size(); ++i)
        engine.schedule(m_timeline[i].at, m_self, Action, std::int64_t(i));
    if (m_fleet.stopCount() > 0)
        prepareBuses();
    buildHouseholds(engine);
    if (m_fleet.stopCount() > 0)
        placeBuses(engine);
    engine.schedule(m_options.tick, m_self, Tick);
    engine.schedule(0, m_self, Curve);
    engine.record(name(), QStringLiteral("evacuation_order"),
                  {{QStringLiteral("at"), formatDuration(m_scenario.trigger)},
                   {QStringLiteral("households"), qint64(m_households)},
                   {QStringLiteral("persons"), qint64(m_complying)}});
}

void EvacuationModel::handle(Engine &engine, const Event &event)
{
    switch (event.kind) {
    case Depart: {
        if (m_treesDirty)
            recomputeTrees();
        const std::size_t h = std::size_t(event.a);
        const int mode = m_mode[h];
        m_status[h] = Status::Moving;
        if (engine.events().hasSubscribers<HouseholdDeparture>()) {
            const auto &graph = mode == 0 ? m_world.carGraph() : m_world.walkGraph();
            engine.events().publish(HouseholdDeparture{engine.now(), std::int32_t(h), int(m_persons[h]), mode, m_origin[h],
                                                       graph.position(m_origin[h])});
        }
        m_departing = true;
        m_networks[std::size_t(mode)].depart(m_agent[h], m_origin[h], engine.now(), *this);
        m_departing = false;
        break;
    }
    case Tick:
        if (m_treesDirty)
            recomputeTrees();
        m_networks[0].tick(engine.now(), m_options.tick, *this);
        m_networks[1].tick(engine.now(), m_options.tick, *this);
        if (engine.now() + m_options.tick <= engine.endTime())
            engine.schedule(engine.now() + m_options.tick, m_self, Tick);
        break;
    case Curve:
        m_curve.emplace_back(engine.now(), m_complying > 0 ? double(m_sheltered) / double(m_complying) : 0.0);
        if (engine.now() + m_options.curveInterval <= engine.endTime())
            engine.schedule(engine.now() + m_options.curveInterval, m_self, Curve);
        break;
    case Action:
        applyAction(engine, m_timeline[std::size_t(event.a)]);
        break;
    case BusReady:
        dispatchBus(engine, int(event.a));
        break;
    case BusBoard:
        boardBus(engine, int(event.a));
        break;
    case BusDispatch:
        m_dispatchPending = false;
        for (int bus : m_fleet.idleBuses())
            dispatchBus(engine, bus);
        break;
    default:
        break;
    }
}

void EvacuationModel::closeRoads(Engine &engine, const std::vector<qint64> &roads, const QString &cause, bool publish)
{
    QJsonArray closed;
    for (qint64 road : roads) {
        const bool a = m_closures[0].close(road);
        const bool b = m_closures[1].close(road);
        if (a || b) {
            closed.append(road);
            m_closedRoads.push_back(road);
        }
    }
    if (!closed.isEmpty()) {
        m_treesDirty = true;
        m_stopTreeDirty = true;
        engine.record(name(), QStringLiteral("roads_closed"),
                      {{QStringLiteral("cause"), cause}, {QStringLiteral("count"), closed.size()}, {QStringLiteral("roads"), closed}});
        if (publish && engine.events().hasSubscribers<RoadStateChange>()) {
            RoadStateChange change{engine.now(), true, {}, cause};
            for (const QJsonValue &road : closed)
                change.roads.push_back(road.toInteger());
            m_publishingRoadState = true;
            engine.events().publish(change);
            m_publishingRoadState = false;
        }
    }
}

void EvacuationModel::openRoads(Engine &engine, const std::vector<qint64> &roads, const QString &cause, bool publish)
{
    QJsonArray opened;
    for (qint64 road : roads) {
        const bool x = m_closures[0].open(road);
        const bool y = m_closures[1].open(road);
        if (x || y)
            opened.append(road);
    }
    if (opened.isEmpty())
        return;
    m_treesDirty = true;
    m_stopTreeDirty = true;
    requestDispatch(); // idle buses may reach riders again
    engine.record(name(), QStringLiteral("roads_reopened"), {{QStringLiteral("cause"), cause}, {QStringLiteral("roads"), opened}});
    if (publish && engine.events().hasSubscribers<RoadStateChange>()) {
        RoadStateChange change{engine.now(), false, {}, cause};
        for (const QJsonValue &road : opened)
            change.roads.push_back(road.toInteger());
        m_publishingRoadState = true;
        engine.events().publish(change);
        m_publishingRoadState = false;
    }
}

void EvacuationModel::closeLiveRoads(Engine &engine)
{
    if (m_scenario.branchesFromLive())
        closeRoads(engine, m_world.liveClosedRoads(), QStringLiteral("live"));
}

void EvacuationModel::applyAction(Engine &engine, const Scenario::Action &a)
{
    using Kind = Scenario::Action::Kind;
    switch (a.kind) {
    case Kind::CloseRoads: closeRoads(engine, a.roads, a.path); break;
    case Kind::ReopenRoads: openRoads(engine, a.roads, a.path); break;
    case Kind::FloodPolygon: closeRoads(engine, m_world.roadsMeeting(a.polygon), a.path); break;
    case Kind::RiverOvertopping: closeRoads(engine, m_world.roadsNearRiver(a.river, a.widthM, a.from, a.to), a.path); break;
    case Kind::BridgeClosure: {
        std::vector<qint64> roads = a.roads;
        if (roads.empty()) {
            for (qint64 bridge : m_world.bridges()) {
                if (m_hazardRandom.uniform() < a.share)
                    roads.push_back(bridge);
            }
        }
        closeRoads(engine, roads, a.path);
        break;
    }
    case Kind::OpenShelter:
    case Kind::CloseShelter: {
        const int s = m_world.shelterIndex(a.shelter);
        if (s < 0)
            break;
        m_open[std::size_t(s)] = a.kind == Kind::OpenShelter;
        m_treesDirty = true;
        if (a.kind == Kind::OpenShelter)
            requestDispatch(); // idle buses may have somewhere to go again
        engine.record(name(), a.kind == Kind::OpenShelter ? QStringLiteral("shelter_opened") : QStringLiteral("shelter_closed"),
                      {{QStringLiteral("fid"), m_world.shelters()[std::size_t(s)].fid},
                       {QStringLiteral("name"), m_world.shelters()[std::size_t(s)].name}});
        engine.events().publish(ShelterStatusChange{
            engine.now(), s, m_world.shelters()[std::size_t(s)].fid,
            a.kind == Kind::OpenShelter ? ShelterStatusChange::Status::Opened : ShelterStatusChange::Status::Closed,
            m_occupancy[std::size_t(s)]});
        break;
    }
    }
}

void EvacuationModel::admitted(int shelter, int persons, int mode, SimTime now)
{
    const std::size_t s = std::size_t(shelter);
    if (!m_suitable[s])
        m_unsuitableAdmissions += persons;
    m_occupancy[s] += persons;
    m_peak[s] = std::max(m_peak[s], m_occupancy[s]);
    if (m_engine->events().hasSubscribers<ShelterArrival>()) {
        const auto &info = m_world.shelters()[s];
        m_engine->events().publish(ShelterArrival{now, shelter, info.fid, persons, mode, m_occupancy[s], info.capacity});
    }
    m_sheltered += persons;
    static constexpr double kShares[3] = {0.5, 0.9, 1.0};
    for (int i = 0; i < 3; ++i) {
        if (m_timeTo[std::size_t(i)] < 0 && m_complying > 0 && double(m_sheltered) >= kShares[i] * double(m_complying))
            m_timeTo[std::size_t(i)] = now;
    }
    if (m_occupancy[s] >= m_world.shelters()[s].capacity && m_fullAt[s] < 0) {
        m_fullAt[s] = now;
        m_treesDirty = true;
        m_engine->record(name(), QStringLiteral("shelter_full"),
                         {{QStringLiteral("fid"), m_world.shelters()[s].fid}, {QStringLiteral("name"), m_world.shelters()[s].name},
                          {QStringLiteral("occupancy"), m_occupancy[s]}});
        m_engine->events().publish(ShelterStatusChange{now, shelter, m_world.shelters()[s].fid,
                                                       ShelterStatusChange::Status::Full, m_occupancy[s]});
    }
}

std::int32_t EvacuationModel::nextLink(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now)
{
    const int mode = modeOf(network);
    const std::int32_t owner = m_householdOfAgent[std::size_t(mode)][std::size_t(agent)];
    if (owner < 0)
        return busNextLink(-1 - owner, node, now);
    const std::size_t h = std::size_t(owner);
    if (m_toStop[h]) {
        // A bus rider walks to the nearest collection point and waits there.
        if (m_fleet.stopAtWalkNode(node) >= 0)
            return kArrive;
        if (m_stopTreeDirty)
            recomputeStopTree();
        const int edge = m_stopTree.nextEdge[std::size_t(node)];
        if (edge >= 0)
            return edge;
        m_toStop[h] = 0; // no collection point reachable any more: walk to a shelter instead
    }
    for (int s = m_shelterAtNode[std::size_t(mode)][std::size_t(node)]; s >= 0; s = m_nextShelterAtNode[mode][std::size_t(s)]) {
        if (!isTarget(s))
            continue;
        const int room = m_world.shelters()[std::size_t(s)].capacity - m_occupancy[std::size_t(s)];
        const int take = std::min<int>(room, m_persons[h]);
        admitted(s, take, mode, now);
        m_persons[h] = std::uint16_t(m_persons[h] - take);
        if (m_persons[h] == 0)
            return kArrive;
        if (mode == 1)
            network.setAgentSize(agent, m_persons[h]);
    }
    if (m_treesDirty)
        recomputeTrees();
    const int edge = m_trees[std::size_t(mode)].nextEdge[std::size_t(node)];
    return edge >= 0 ? edge : kStranded;
}

void EvacuationModel::arrived(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now)
{
    const std::int32_t owner = m_householdOfAgent[std::size_t(modeOf(network))][std::size_t(agent)];
    if (owner < 0) {
        busArrived(-1 - owner, node, now);
        return;
    }
    const std::size_t h = std::size_t(owner);
    if (m_toStop[h]) {
        m_status[h] = Status::AtStop;
        m_fleet.arrive(m_fleet.stopAtWalkNode(node), owner, m_persons[h], now);
        requestDispatch();
        return;
    }
    m_status[h] = Status::Sheltered;
}

void EvacuationModel::stranded(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now)
{
    const int mode = modeOf(network);
    const std::int32_t owner = m_householdOfAgent[std::size_t(mode)][std::size_t(agent)];
    if (owner < 0) {
        busStranded(-1 - owner, node, now);
        return;
    }
    const std::size_t h = std::size_t(owner);
    if (m_treeSourceShelter[std::size_t(mode)].empty()) {
        // No open suitable shelter has room left anywhere: not a routing failure.
        m_status[h] = Status::Stranded;
        m_noRoom += m_persons[h];
    } else if (m_departing) {
        m_status[h] = Status::Unreachable;
        m_unreachable += m_persons[h];
    } else {
        m_status[h] = Status::Stranded;
        m_stranded += m_persons[h];
    }
}

std::vector<EvacuationModel::PlannedTrip> EvacuationModel::plannedTrips() const
{
    std::vector<PlannedTrip> trips;
    for (std::size_t h = 0; h < m_status.size(); ++h) {
        if (m_agent[h] < 0)
            continue;
        trips.push_back({m_mode[h], m_origin[h], m_departure[h], int(m_persons[h])});
    }
    return trips;
}

std::int64_t EvacuationModel::waiting() const
{
    std::int64_t total = 0;
    for (std::size_t h = 0; h < m_status.size(); ++h) {
        if (m_status[h] == Status::Waiting)
            total += m_persons[h];
    }
    return total;
}

std::int64_t EvacuationModel::atStops() const
{
    std::int64_t total = 0;
    for (std::size_t h = 0; h < m_status.size(); ++h) {
        if (m_status[h] == Status::AtStop)
            total += m_persons[h];
    }
    return total;
}

std::int64_t EvacuationModel::onBuses() const
{
    std::int64_t total = 0;
    for (std::size_t h = 0; h < m_status.size(); ++h) {
        if (m_status[h] == Status::OnBus)
            total += m_persons[h];
    }
    return total;
}

std::int64_t EvacuationModel::moving() const
{
    std::int64_t total = 0;
    for (std::size_t h = 0; h < m_status.size(); ++h) {
        if (m_status[h] == Status::Moving)
            total += m_persons[h];
    }
    return total;
}

QJsonObject EvacuationModel::kpis() const
{
    QJsonObject k;
    k.insert(QStringLiteral("population"), qint64(m_population));
    k.insert(QStringLiteral("households"), qint64(m_households));
    k.insert(QStringLiteral("complying"), qint64(m_complying));
    k.insert(QStringLiteral("car_households"), qint64(m_carHouseholds));
    k.insert(QStringLiteral("sheltered"), qint64(m_sheltered));
    k.insert(QStringLiteral("share_evacuated"), m_complying > 0 ? double(m_sheltered) / double(m_complying) : 0.0);
    k.insert(QStringLiteral("time_to_50"), timeOrNull(m_timeTo[0]));
    k.insert(QStringLiteral("time_to_90"), timeOrNull(m_timeTo[1]));
    k.insert(QStringLiteral("time_to_100"), timeOrNull(m_timeTo[2]));
    const std::int64_t waitingNow = waiting(), movingNow = moving();
    k.insert(QStringLiteral("unsheltered"), qint64(m_complying - m_sheltered));
    k.insert(QStringLiteral("unsheltered_waiting"), qint64(waitingNow));
    k.insert(QStringLiteral("unsheltered_moving"), qint64(movingNow));
    k.insert(QStringLiteral("unsheltered_at_stops"), qint64(m_fleet.personsWaiting()));
    k.insert(QStringLiteral("unsheltered_on_buses"), qint64(m_fleet.personsOnBuses()));
    k.insert(QStringLiteral("unreachable"), qint64(m_unreachable));
    k.insert(QStringLiteral("stranded"), qint64(m_stranded));
    k.insert(QStringLiteral("no_room"), qint64(m_noRoom));
    k.insert(QStringLiteral("roads_closed"), qint64(m_closedRoads.size()));
    k.insert(QStringLiteral("forced_moves"), qint64(m_networks[0].forcedMoves() + m_networks[1].forcedMoves()));
    QJsonArray curve;
    for (const auto &[t, share] : m_curve)
        curve.append(QJsonObject{{QStringLiteral("t"), formatDuration(t)}, {QStringLiteral("share"), share}});
    k.insert(QStringLiteral("evacuated_over_time"), curve);

    QJsonArray shelters;
    for (std::size_t i = 0; i < m_world.shelters().size(); ++i) {
        if (m_peak[i] == 0)
            continue;
        const auto &s = m_world.shelters()[i];
        shelters.append(QJsonObject{{QStringLiteral("fid"), s.fid}, {QStringLiteral("name"), s.name},
                                    {QStringLiteral("capacity"), s.capacity}, {QStringLiteral("peak"), m_peak[i]},
                                    {QStringLiteral("full_at"), timeOrNull(m_fullAt[i])}});
    }
    k.insert(QStringLiteral("shelter_peaks"), shelters);

    struct Congested
    {
        int mode;
        int edge;
        double share;
        double peak;
    };
    std::vector<Congested> links;
    for (int mode = 0; mode < 2; ++mode) {
        const auto &net = m_networks[std::size_t(mode)];
        for (int e = 0; e < net.linkCount(); ++e) {
            const double peak = net.maxOccupancy(e);
            if (peak > 0)
                links.push_back({mode, e, peak / net.link(e).storage, peak});
        }
    }
    const std::size_t top = std::min<std::size_t>(links.size(), std::size_t(std::max(0, m_options.congestedLinks)));
    std::partial_sort(links.begin(), links.begin() + std::ptrdiff_t(top), links.end(), [](const Congested &a, const Congested &b) {
        if (a.share != b.share)
            return a.share > b.share;
        if (a.peak != b.peak)
            return a.peak > b.peak;
        return a.mode != b.mode ? a.mode < b.mode : a.edge < b.edge;
    });
    QJsonArray congested;
    for (std::size_t i = 0; i < top; ++i) {
        const auto &c = links[i];
        const auto &graph = c.mode == 0 ? m_world.carGraph() : m_world.walkGraph();
        const auto &net = m_networks[std::size_t(c.mode)];
        congested.append(QJsonObject{{QStringLiteral("road_id"), graph.edgeRoadId(c.edge)},
                                     {QStringLiteral("mode"), c.mode == 0 ? QStringLiteral("car") : QStringLiteral("walk")},
                                     {QStringLiteral("from_node"), graph.twinNodeId(graph.edgeTail(c.edge))},
                                     {QStringLiteral("to_node"), graph.twinNodeId(graph.edgeHead(c.edge))},
                                     {QStringLiteral("peak"), c.peak},
                                     {QStringLiteral("storage"), std::round(net.link(c.edge).storage * 10) / 10},
                                     {QStringLiteral("peak_share_of_storage"), std::round(c.share * 1000) / 1000},
                                     {QStringLiteral("outflow"), net.cumulativeOutflow(c.edge)}});
    }
    k.insert(QStringLiteral("congested_links"), congested);
    if (m_scenario.buses.enabled)
        k.insert(QStringLiteral("buses"), busKpis());
    return k;
}

void EvacuationModel::contribute(Snapshot &snapshot) const
{
    const SimTime now = m_engine ? m_engine->now() : 0;
    std::size_t moving = 0;
    for (const Status s : m_status)
        moving += s == Status::Moving ? 1 : 0;
    snapshot.positions.reserve(moving * 2);
    snapshot.modes.reserve(moving);
    snapshot.sizes.reserve(moving);
    for (std::size_t h = 0; h < m_status.size(); ++h) {
        if (m_status[h] != Status::Moving)
            continue;
        const int mode = m_mode[h];
        const auto &net = m_networks[std::size_t(mode)];
        const auto &graph = mode == 0 ? m_world.carGraph() : m_world.walkGraph();
        const std::int32_t link = net.agentLink(m_agent[h]);
        if (link < 0)
            continue;
        // Along the road's polyline, so dots follow curved roads (free-flow progress = share of length).
        const geo::Point p = graph.pointAlong(link, net.agentProgress(m_agent[h], now));
        snapshot.positions.push_back(p.x);
        snapshot.positions.push_back(p.y);
        snapshot.modes.push_back(std::uint8_t(mode));
        snapshot.sizes.push_back(m_persons[h]);
    }
    // Buses on the road: mode 2, size = passengers aboard.
    const auto &carNet = m_networks[0];
    for (int bus = 0; bus < m_fleet.busCount(); ++bus) {
        const std::int32_t link = carNet.agentLink(m_fleet.agent(bus));
        if (link < 0 || carNet.agentState(m_fleet.agent(bus)) != LinkQueueNetwork::AgentState::OnLink)
            continue;
        const geo::Point p = m_world.carGraph().pointAlong(link, carNet.agentProgress(m_fleet.agent(bus), now));
        snapshot.positions.push_back(p.x);
        snapshot.positions.push_back(p.y);
        snapshot.modes.push_back(std::uint8_t(kBusMode));
        snapshot.sizes.push_back(std::uint16_t(m_fleet.load(bus)));
    }
    for (int mode = 0; mode < 2; ++mode) {
        const auto &net = m_networks[std::size_t(mode)];
        std::vector<std::int32_t> active = net.activeLinks();
        std::sort(active.begin(), active.end());
        for (std::int32_t link : active) {
            if (net.occupancy(link) <= 0)
                continue;
            // Walk links are numbered after the car links so one list serves both graphs.
            snapshot.occupiedLinks.push_back(mode == 0 ? link : m_networks[0].linkCount() + link);
            snapshot.linkLoad.push_back(std::int32_t(std::lround(net.occupancy(link))));
        }
    }
    snapshot.shelterOccupancy.assign(m_occupancy.begin(), m_occupancy.end());
    snapshot.shelterOpen.assign(m_open.begin(), m_open.end());
    snapshot.population = m_complying;
    // Waiting for transport at a stop counts as waiting, riding a bus as moving; the split is in
    // extra.evacuation.
    snapshot.waiting = waiting() + m_fleet.personsWaiting();
    snapshot.moving = (moving ? this->moving() : 0) + m_fleet.personsOnBuses();
    if (!m_fleet.isEmpty()) {
        QJsonObject extra = snapshot.extra.value(name()).toObject();
        extra.insert(QStringLiteral("at_stops"), qint64(m_fleet.personsWaiting()));
        extra.insert(QStringLiteral("on_buses"), qint64(m_fleet.personsOnBuses()));
        extra.insert(QStringLiteral("bus_trips"), qint64(m_fleet.trips()));
        snapshot.extra.insert(name(), extra);
    }
    snapshot.sheltered = m_sheltered;
    snapshot.unreachable = m_unreachable;
    snapshot.stranded = m_stranded + m_noRoom;
    snapshot.featureStates.push_back(shelterState());
}

FeatureState EvacuationModel::shelterState() const
{
    FeatureState state;
    state.layer = QStringLiteral("shelters");
    state.numberNames = {QStringLiteral("occupancy"), QStringLiteral("capacity"), QStringLiteral("load")};
    state.textNames = {QStringLiteral("status")};
    state.style = m_shelterStyle;
    const auto &shelters = m_world.shelters();
    state.fids.reserve(shelters.size());
    state.numbers.reserve(shelters.size() * 3);
    for (std::size_t i = 0; i < shelters.size(); ++i) {
        const int occupancy = m_occupancy[i];
        const int capacity = shelters[i].capacity;
        const double load = capacity > 0 ? double(occupancy) / double(capacity) : (occupancy > 0 ? 1.0 : 0.0);
        const QString status = !m_open[i]              ? QStringLiteral("closed")
                             : !m_suitable[i]          ? QStringLiteral("unsuitable")
                             : occupancy >= capacity   ? QStringLiteral("full")
                                                       : QStringLiteral("open");
        state.append(shelters[i].fid, {double(occupancy), double(capacity), load}, {status});
    }
    return state;
}

} // namespace ct::sim
