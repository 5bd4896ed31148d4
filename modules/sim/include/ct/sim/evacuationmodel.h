// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/closures.h"
#include "ct/routing/shortestpathtree.h"
#include "ct/sim/busfleet.h"
#include "ct/sim/featurestate.h"
#include "ct/sim/evacuationoptions.h"
#include "ct/sim/linkqueuenetwork.h"
#include "ct/sim/model.h"
#include "ct/sim/randomstream.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulationworld.h"

#include <array>
#include <vector>

namespace ct::sim {

/// \brief The evacuation of a city's residents to its shelters, on the link-queue model.
///
/// Modelling choices (see data/scenarios/README.md): residents are grouped into households
/// (sizes 1 + geometric with the scenario's mean, at most 8); a household complies with the
/// order with the scenario's probability, leaves by car with the car share (one vehicle on the
/// car graph) or else walks as one group (its persons on the walking graph, whose links have
/// pedestrian capacities), and departs at trigger + a draw from the departure distribution. Every
/// household heads for the nearest (in free-flow time) open shelter suitable for the hazard that
/// still has room, following a catchment tree (routing::multiSource, backwards from the shelters)
/// recomputed whenever a shelter fills, opens or closes or a road closes. A group arriving at a
/// full shelter goes on to the next; a part that does not fit goes on while the rest stays.
/// Agents already on a link when it closes finish it.
///
/// With the scenario's `buses`, households without a car whose walk to the nearest suitable
/// shelter is longer than the walk limit (and longer than to a collection point) walk to the
/// nearest collection point instead and wait there; buses (BusFleet, agents of VehicleClass::Bus
/// on the car network, each using `buses.pcu` of capacity and storage) fetch them and carry them
/// to the nearest suitable shelter with room, the way cars go, and come back.
///
/// Nobody is ever dropped silently: every person is waiting at home, moving (walking or
/// driving), waiting at a stop, on a bus, sheltered, unreachable (no shelter reachable from
/// home) or stranded (cut off on the way, or no room left anywhere).
///
/// What happens is published on the engine's EventBus for other models: HouseholdDeparture,
/// ShelterArrival (every admission), ShelterStatusChange (opened, closed, full) and
/// RoadStateChange. A RoadStateChange published by another model (a rainfall model flooding the
/// roads near a river gauge) closes or reopens those roads here too, like a scenario closure. Each snapshot carries the shelters' FeatureState (occupancy, capacity, load,
/// status), so the map colours the shelter symbols as they fill.
class EvacuationModel : public Model, private LinkRouter
{
public:
    EvacuationModel(const SimulationWorld &world, const Scenario &scenario, EvacuationOptions options = {});
    ~EvacuationModel() override;

    QString name() const override { return QStringLiteral("evacuation"); }
    void start(Engine &engine) override;
    void handle(Engine &engine, const Event &event) override;
    QJsonObject kpis() const override;
    void contribute(Snapshot &snapshot) const override;

    // --- state, for tests and the view -----------------------------------------------------------
    std::int64_t population() const { return m_population; }     //!< residents in scope
    std::int64_t complying() const { return m_complying; }       //!< persons who set out (eventually)
    std::int64_t sheltered() const { return m_sheltered; }
    std::int64_t unreachable() const { return m_unreachable; }
    std::int64_t stranded() const { return m_stranded; }         //!< cut off on the way by closures
    std::int64_t noRoom() const { return m_noRoom; }             //!< no suitable shelter with room left anywhere
    std::int64_t waiting() const;                                 //!< complying persons not yet departed
    std::int64_t moving() const;                                  //!< persons walking or driving
    std::int64_t atStops() const;                                 //!< persons waiting at a collection point
    std::int64_t onBuses() const;                                 //!< persons on a bus
    std::int64_t busRiders() const { return m_busRiders; }       //!< persons who set out for a bus
    int shelterOccupancy(int shelter) const { return m_occupancy[std::size_t(shelter)]; }
    bool isShelterOpen(int shelter) const { return m_open[std::size_t(shelter)] != 0; }
    //! Persons who were admitted to `shelter` although it is unsuitable for the hazard (must be 0).
    int unsuitableAdmissions() const { return m_unsuitableAdmissions; }
    const LinkQueueNetwork &carNetwork() const { return m_networks[0]; }
    const LinkQueueNetwork &walkNetwork() const { return m_networks[1]; }
    const routing::Closures &carClosures() const { return m_closures[0]; }
    //! The buses and collection points (empty without a `buses` section).
    const BusFleet &buses() const { return m_fleet; }
    int treeRecomputations() const { return m_recomputations; }
    //! The shelters layer's state now: occupancy, capacity, load (0–1) and status
    //! (open|full|closed|unsuitable) per shelter fid, styled with FeatureStyle::occupancy().
    FeatureState shelterState() const;

    /// \brief A complying household's planned trip (after start()): for exporting the same demand
    /// to another simulator (the SUMO benchmark).
    struct PlannedTrip
    {
        int mode = 0;             //!< 0 car, 1 walk (also to a bus stop)
        std::int32_t origin = 0;  //!< node on the mode's graph
        SimTime departure = 0;
        int persons = 0;
    };
    std::vector<PlannedTrip> plannedTrips() const;

private:
    enum EventKind { Depart = 1, Tick, Curve, Action, BusReady, BusBoard, BusDispatch };
    enum class Status : std::uint8_t { Staying, Waiting, Moving, Sheltered, Unreachable, Stranded, AtStop, OnBus };
    //! Mode numbers in snapshots and ShelterArrival.
    static constexpr int kBusMode = 2;

    std::int32_t nextLink(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now) override;
    void arrived(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now) override;
    void stranded(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now) override;

    int modeOf(const LinkQueueNetwork &network) const { return &network == &m_networks[0] ? 0 : 1; }
    bool isTarget(int shelter) const;
    void recomputeTrees();
    void buildNetworks();
    void buildHouseholds(Engine &engine);
    void applyAction(Engine &engine, const Scenario::Action &action);
    //! Closes roads; with `publish`, announces the ones that changed as a RoadStateChange.
    void closeRoads(Engine &engine, const std::vector<qint64> &roads, const QString &cause, bool publish = true);
    void openRoads(Engine &engine, const std::vector<qint64> &roads, const QString &cause, bool publish = true);
    //! A run branched from the live state starts with the twin's live road closures.
    void closeLiveRoads(Engine &engine);
    void admitted(int shelter, int persons, int mode, SimTime now);

    // buses (evacuationmodelbuses.cpp)
    //! Before the households are built: the catchment trees of shelters and collection points.
    void prepareBuses();
    //! After: the buses at their depots (or the busiest stops), ready at the start of service.
    void placeBuses(Engine &engine);
    //! Households without a car that ride: decided at home from the walk to a shelter and a stop.
    bool ridesBus(int walkNode) const;
    void recomputeStopTree();
    void dispatchBus(Engine &engine, int bus);
    void requestDispatch();
    void boardBus(Engine &engine, int bus);
    std::int32_t busNextLink(int bus, std::int32_t node, SimTime now);
    void busArrived(int bus, std::int32_t node, SimTime now);
    void busStranded(int bus, std::int32_t node, SimTime now);
    QJsonObject busKpis() const;

    const SimulationWorld &m_world;
    const Scenario &m_scenario;
    EvacuationOptions m_options;
    Engine *m_engine = nullptr;
    int m_self = -1;
    std::vector<Scenario::Action> m_timeline;

    std::array<LinkQueueNetwork, 2> m_networks;          //!< 0 car (vehicles), 1 walk (persons)
    std::array<routing::Closures, 2> m_closures;
    std::array<routing::ShortestPathTree, 2> m_trees;
    std::array<std::vector<int>, 2> m_treeSourceShelter; //!< tree source index → shelter
    std::array<std::vector<int>, 2> m_shelterAtNode;     //!< node → first shelter there, -1
    std::vector<int> m_nextShelterAtNode[2];             //!< shelter → next shelter at the same node
    bool m_treesDirty = true;
    int m_recomputations = 0;

    // shelters
    std::vector<int> m_occupancy;
    std::vector<int> m_peak;
    std::vector<std::uint8_t> m_open;
    std::vector<std::uint8_t> m_suitable;
    std::vector<SimTime> m_fullAt;
    int m_unsuitableAdmissions = 0;
    FeatureStyle m_shelterStyle;

    // households (structure of arrays)
    std::vector<std::uint8_t> m_mode;
    std::vector<Status> m_status;
    std::vector<std::uint16_t> m_persons;      //!< persons still travelling
    std::vector<std::int32_t> m_origin;        //!< node on the household's graph
    std::vector<std::int32_t> m_agent;         //!< agent index in its network
    std::vector<SimTime> m_departure;          //!< planned departure (complying households)
    std::vector<std::uint8_t> m_toStop;        //!< walking to a collection point (bus riders)
    std::array<std::vector<std::int32_t>, 2> m_householdOfAgent;   //!< car network: -1 - bus for a bus
    bool m_departing = false;

    // buses
    BusFleet m_fleet;
    routing::ShortestPathTree m_stopTree;       //!< walking graph, towards the nearest collection point
    bool m_stopTreeDirty = true;
    bool m_publishingRoadState = false;   //!< our own RoadStateChange is being delivered
    bool m_dispatchPending = false;
    std::int64_t m_busRiders = 0;

    std::int64_t m_population = 0;
    std::int64_t m_complying = 0;
    std::int64_t m_households = 0;
    std::int64_t m_carHouseholds = 0;
    std::int64_t m_sheltered = 0;
    std::int64_t m_unreachable = 0;
    std::int64_t m_stranded = 0;
    std::int64_t m_noRoom = 0;
    std::vector<std::pair<SimTime, double>> m_curve;   //!< (time, share sheltered)
    std::array<SimTime, 3> m_timeTo{-1, -1, -1};       //!< 50, 90, 100 %
    std::vector<qint64> m_closedRoads;
    RandomStream m_hazardRandom;
};

} // namespace ct::sim
