// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/routing/closures.h"
#include "ct/routing/roadgraph.h"
#include "ct/sim/simtime.h"
#include "ct/sim/simulationworld.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace ct::sim {

/// \brief The evacuation buses and their collection points: who waits at which stop, where each
/// bus is going and whom it carries, and the service figures (trips, persons carried, waits).
///
/// Bookkeeping and dispatch only: EvacuationModel moves the buses on its car network and admits
/// their passengers at the shelters. The dispatch rule is deliberately simple and documented
/// (data/scenarios/README.md): a free bus looks at the kCandidates nearest collection points
/// (free-flow time on open roads) with riders that no other bus is already coming for, drives to
/// the one with the most riders it can take per second of the run (the drive there plus
/// kRunOverheadSeconds for boarding and the leg to a shelter), and claims up to its capacity of
/// them; at the stop it boards the waiting households whole, first come first served, while they
/// fit (a household is never split between a bus and the kerb). Every search runs from the bus's
/// node and stops at the kCandidates-th candidate, so a dispatch settles a part of the city, not a
/// whole-graph search.
class BusFleet
{
public:
    enum class State : std::uint8_t {
        Depot,      //!< before the start of service
        Idle,       //!< free, no rider anywhere it could fetch
        ToStop,     //!< driving to its claimed collection point
        Boarding,   //!< at the stop (dwell)
        ToShelter,  //!< carrying passengers to the nearest suitable shelter with room
        Unloading,  //!< empty at a shelter (dwell)
        Stranded,   //!< cut off with its passengers, out of service
    };

    //! A household waiting at a stop or on a bus.
    struct Rider
    {
        std::int32_t household = -1;
        int persons = 0;
        SimTime since = 0;   //!< arrival at the stop
    };

    //! Collection points a free bus compares.
    static constexpr int kCandidates = 8;
    //! What a run costs besides the drive to the stop (s): boarding, the leg to a shelter, unloading.
    static constexpr double kRunOverheadSeconds = 600.0;

    BusFleet() = default;
    /// Sets the collection points and the capacity of every bus; clears buses and riders.
    void setup(std::vector<SimulationWorld::BusStop> stops, int capacity, const routing::RoadGraph &carGraph, int walkNodeCount);
    bool isEmpty() const { return m_agent.empty(); }
    int capacity() const { return m_capacity; }

    // --- collection points -------------------------------------------------------------------
    int stopCount() const { return int(m_stops.size()); }
    const SimulationWorld::BusStop &stop(int stop) const { return m_stops[std::size_t(stop)]; }
    //! The first collection point at a walking-graph node, or -1.
    int stopAtWalkNode(int node) const { return m_stopAtWalkNode[std::size_t(node)]; }
    //! A household joins the queue at `stop`.
    void arrive(int stop, std::int32_t household, int persons, SimTime now);
    int waiting(int stop) const { return m_waiting[std::size_t(stop)]; }        //!< persons queued
    int unclaimed(int stop) const { return m_waiting[std::size_t(stop)] - m_claimed[std::size_t(stop)]; }
    std::int64_t personsWaiting() const { return m_personsWaiting; }

    // --- buses -------------------------------------------------------------------------------
    //! A bus (its agent on the car network) starting at car node `node`; returns its index.
    int addBus(std::int32_t agent, int node);
    int busCount() const { return int(m_agent.size()); }
    std::int32_t agent(int bus) const { return m_agent[std::size_t(bus)]; }
    State state(int bus) const { return m_state[std::size_t(bus)]; }
    void setState(int bus, State state) { m_state[std::size_t(bus)] = state; }
    int node(int bus) const { return m_node[std::size_t(bus)]; }        //!< car node where it last stopped
    void setNode(int bus, int node) { m_node[std::size_t(bus)] = node; }
    int load(int bus) const { return m_load[std::size_t(bus)]; }        //!< persons aboard
    int targetStop(int bus) const { return m_target[std::size_t(bus)]; }
    const std::vector<Rider> &passengers(int bus) const { return m_passengers[std::size_t(bus)]; }
    std::int64_t personsOnBuses() const { return m_personsOnBuses; }
    //! Buses waiting for riders (Idle), in index order.
    std::vector<int> idleBuses() const;

    /// Sends a free bus at node(bus) to a collection point with unclaimed riders that it can reach
    /// on open roads (the rule above), claims up to capacity() of them and remembers the path.
    /// False (the bus stays where it is) when there is none; a bus that found none is not searched
    /// for again until new riders appear at a stop nobody is coming for, or roads open or close.
    bool dispatch(int bus, const routing::Closures &closures);
    /// The next edge of the bus's path at `node`; re-planned to the same stop when the path is
    /// closed or the bus is off it. -1 when the stop can no longer be reached: the claim is released.
    int nextEdge(int bus, int node, const routing::Closures &closures);
    //! Gives up the bus's stop and claim (nothing to take its riders to); the bus stays where it is.
    void cancel(int bus);
    /// Boards the households queued at the bus's stop (whole, in arrival order, while they fit) and
    /// releases its claim. Returns how many passengers (households) were boarded; they are the last
    /// entries of passengers(bus).
    int board(int bus, SimTime now);
    /// Passengers get off at a shelter with `room` places, in boarding order (a household may be
    /// split: the part that fits gets in). `admit(household, persons, whole)` is called for each
    /// admission, `whole` when nobody of the household is left aboard. Returns the persons admitted.
    template<typename Admit> int alight(int bus, int room, Admit &&admit)
    {
        auto &list = m_passengers[std::size_t(bus)];
        int total = 0;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            Rider r = list[i];
            const int take = std::min(room - total, r.persons);
            if (take > 0) {
                r.persons -= take;
                total += take;
                admit(r.household, take, r.persons == 0);
            }
            if (r.persons > 0)
                list[kept++] = r;
        }
        list.resize(kept);
        m_load[std::size_t(bus)] -= total;
        m_personsOnBuses -= total;
        m_carried += total;
        return total;
    }
    //! Takes everyone off a bus that cannot go on (stranded); returns them.
    std::vector<Rider> takePassengers(int bus);
    //! Counts a finished run (the bus delivered everyone it boarded).
    void countTrip() { ++m_trips; }

    // --- service figures -----------------------------------------------------------------------
    std::int64_t trips() const { return m_trips; }                  //!< runs stop → shelters completed
    std::int64_t carried() const { return m_carried; }              //!< persons delivered to shelters
    std::int64_t boarded() const { return m_boarded; }              //!< persons who boarded
    double meanWaitSeconds() const { return m_boarded > 0 ? m_waitSeconds / double(m_boarded) : 0.0; }
    double maxWaitSeconds() const { return m_maxWaitSeconds; }
    //! Persons who arrived at each stop so far.
    std::int64_t arrivals(int stop) const { return m_arrivals[std::size_t(stop)]; }

private:
    /// Dijkstra from `from`: with `only` ≥ 0 to that stop; otherwise over the kCandidates nearest
    /// stops with unclaimed riders, choosing by riders per second of the run. Returns the stop
    /// (-1: none reachable) and its path.
    int search(int from, int only, const routing::Closures &closures, std::vector<int> &path);
    void release(int bus);

    const routing::RoadGraph *m_graph = nullptr;
    int m_capacity = 50;
    std::vector<SimulationWorld::BusStop> m_stops;
    std::vector<int> m_stopAtWalkNode;
    std::vector<int> m_stopAtCarNode;
    std::vector<int> m_nextStopAtCarNode;

    // per stop
    std::vector<std::vector<Rider>> m_queue;
    std::vector<std::size_t> m_queueHead;
    std::vector<int> m_waiting;
    std::vector<int> m_claimed;
    std::vector<std::int64_t> m_arrivals;
    std::int64_t m_personsWaiting = 0;
    std::uint64_t m_epoch = 0;   //!< bumped when a stop gets riders nobody is coming for

    // per bus
    std::vector<std::int32_t> m_agent;
    std::vector<State> m_state;
    std::vector<int> m_node;
    std::vector<int> m_target;
    std::vector<int> m_claim;
    std::vector<int> m_load;
    std::vector<std::vector<Rider>> m_passengers;
    std::vector<std::vector<int>> m_path;
    std::vector<std::size_t> m_pathNext;
    std::vector<std::uint64_t> m_failedEpoch;
    std::vector<std::uint64_t> m_failedRevision;
    std::int64_t m_personsOnBuses = 0;

    // search work arrays (reset lazily)
    std::vector<double> m_dist;
    std::vector<int> m_parentEdge;
    std::vector<int> m_touched;

    std::int64_t m_trips = 0;
    std::int64_t m_carried = 0;
    std::int64_t m_boarded = 0;
    double m_waitSeconds = 0.0;
    double m_maxWaitSeconds = 0.0;
};

} // namespace ct::sim
