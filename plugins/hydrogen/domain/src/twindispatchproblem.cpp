// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/twindispatchproblem.h"

#include "ct/hydrogen/dispatchinputreader.h"
#include "ct/hydrogen/planevaluator.h"
#include "ct/hydrogen/roadtravel.h"

#include "ct/routing/closures.h"
#include "ct/routing/liveclosures.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/twinstore.h"

namespace ct::hydrogen {

struct TwinDispatchProblem::Roads
{
    routing::RoadGraph graph;
    routing::Closures closures;
    std::unique_ptr<RoadTravel> travel;
};

TwinDispatchProblem::TwinDispatchProblem() : m_roads(std::make_unique<Roads>()) {}
TwinDispatchProblem::~TwinDispatchProblem() = default;

core::Result<std::unique_ptr<TwinDispatchProblem>> TwinDispatchProblem::load(const store::TwinStore &twin, const DispatchOptions &options,
                                                                             const std::function<bool(double)> &progress)
{
    std::unique_ptr<TwinDispatchProblem> result(new TwinDispatchProblem);
    DispatchProblem &problem = result->m_problem;
    problem.options = options;
    auto needs = DispatchInputReader::shelterNeeds(twin);
    if (!needs)
        return needs.error();
    auto buses = DispatchInputReader::buses(twin);
    if (!buses)
        return buses.error();
    auto stations = DispatchInputReader::stations(twin);
    if (!stations)
        return stations.error();
    problem.shelters = std::move(needs.value());
    problem.buses = std::move(buses.value());
    // A bus at the station finishes filling first: it leaves full after the refuelling time.
    for (FuelCellBus &bus : problem.buses) {
        if (bus.state == BusState::Refuelling) {
            bus.readyInSeconds = bus.specification.refuelMinutes * 60.0;
            bus.energyKwh = bus.specification.tankKwh;
        }
    }
    problem.stations = std::move(stations.value());

    auto graph = routing::RoadGraph::fromTwin(twin, routing::Mode::Car);
    if (!graph)
        return graph.error();
    Roads &roads = *result->m_roads;
    roads.graph = std::move(graph.value());
    roads.closures = routing::Closures(roads.graph);
    Summary &summary = result->m_summary;
    summary.hasLiveClosures = routing::LiveClosures::hasTable(twin);
    if (summary.hasLiveClosures) {
        auto closed = routing::LiveClosures::apply(twin, roads.closures);
        if (!closed)
            return closed.error();
        summary.closedRoads = closed.value();
    }
    roads.travel = std::make_unique<RoadTravel>(roads.graph, roads.closures);
    std::vector<geo::Point> sites;
    for (const ShelterNeed &s : problem.shelters)
        sites.push_back(s.position);
    for (const HydrogenStation &s : problem.stations)
        sites.push_back(s.position);
    for (const FuelCellBus &b : problem.buses)
        sites.push_back(b.position);
    auto matrix = roads.travel->matrix(sites, progress);
    if (!matrix)
        return matrix.error();
    problem.travel = std::move(matrix.value());

    summary.buses = int(problem.buses.size());
    for (const FuelCellBus &b : problem.buses)
        summary.availableBuses += b.isAvailable() ? 1 : 0;
    summary.stations = int(problem.stations.size());
    summary.sheltersWithoutPower = int(problem.shelters.size());
    const PlanEvaluator evaluator(problem);
    for (int s = 0; s < evaluator.shelterCount(); ++s)
        summary.needyShelters += evaluator.isNeedy(s) ? 1 : 0;
    return result;
}

geo::Point TwinDispatchProblem::sitePosition(int site) const
{
    const int shelters = int(m_problem.shelters.size()), stations = int(m_problem.stations.size());
    if (site < shelters)
        return m_problem.shelters[std::size_t(site)].position;
    if (site < shelters + stations)
        return m_problem.stations[std::size_t(site - shelters)].position;
    return m_problem.buses[std::size_t(site - shelters - stations)].position;
}

int TwinDispatchProblem::stopSite(const PlanStop &stop) const
{
    return stop.kind == PlanStop::Kind::Supply ? m_problem.shelterSite(stop.shelter) : m_problem.stationSite(stop.station);
}

std::vector<geo::Point> TwinDispatchProblem::legPath(const BusPlan &bus, std::size_t stop) const
{
    const int from = stop == 0 ? m_problem.busSite(bus.bus) : stopSite(bus.stops[stop - 1]);
    const int to = stopSite(bus.stops[stop]);
    return m_roads->travel->path(sitePosition(from), sitePosition(to));
}

} // namespace ct::hydrogen
