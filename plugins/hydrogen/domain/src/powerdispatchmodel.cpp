// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/powerdispatchmodel.h"

#include "ct/sim/engine.h"
#include "ct/sim/snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace ct::hydrogen {

namespace {
constexpr double kEnergyEpsilon = 1e-9;
constexpr double kTickSeconds = 15 * 60; // KPIs and snapshots stay current between bus events
} // namespace

PowerDispatchModel::PowerDispatchModel(QString id, std::shared_ptr<const DispatchProblem> problem, std::vector<StopSequence> plan,
                                       Factors factors, QJsonObject notes)
    : m_id(std::move(id)),
      m_problem(std::move(problem)),
      m_evaluator(std::make_unique<PlanEvaluator>(*m_problem)),
      m_plan(std::move(plan)),
      m_factors(factors),
      m_notes(std::move(notes))
{
    m_plan.resize(m_problem->buses.size());
    m_buses.resize(m_problem->buses.size());
    bool feasible = true;
    std::vector<PlanEvaluator::Interval> intervals;
    for (std::size_t b = 0; b < m_buses.size(); ++b) {
        m_buses[b].site = m_problem->busSite(int(b));
        m_buses[b].energy = m_problem->buses[b].energyKwh;
        if (m_evaluator->decode(int(b), m_plan[b], intervals))
            m_planned.insert(m_planned.end(), intervals.begin(), intervals.end());
        else
            feasible = false;
    }
    m_notes.insert(QStringLiteral("plan_feasible"), feasible);
}

QString PowerDispatchModel::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle: return QStringLiteral("in_service");
    case Phase::Driving: return QStringLiteral("en_route");
    case Phase::Supplying: return QStringLiteral("supplying_power");
    case Phase::Refuelling: return QStringLiteral("refuelling");
    case Phase::Done: return QStringLiteral("in_service");
    case Phase::Held: return QStringLiteral("held");
    }
    return {};
}

double PowerDispatchModel::reserveFor(int bus, int from, int stop) const
{
    const DispatchProblem &p = *m_problem;
    const double perKm = p.buses[std::size_t(bus)].specification.drivingKwhPerKm * m_factors.consumption;
    const int to = stop >= 0 ? p.shelterSite(stop) : m_evaluator->nearestStationSite(from);
    if (to < 0 || !p.travel.isReachable(from, to))
        return std::numeric_limits<double>::infinity();
    double km = p.travel.kilometres(from, to);
    if (stop >= 0 && !p.stations.empty()) {
        const int station = m_evaluator->nearestStationSite(to);
        km += station >= 0 ? p.travel.kilometres(to, station) : std::numeric_limits<double>::infinity();
    }
    return km * perKm;
}

void PowerDispatchModel::scheduleAt(sim::Engine &engine, double seconds, int kind, int bus)
{
    m_buses[std::size_t(bus)].eventAt = seconds;
    engine.schedule(sim::fromSeconds(seconds), m_self, kind, bus);
}

void PowerDispatchModel::start(sim::Engine &engine)
{
    for (int i = 0; i < engine.modelCount(); ++i)
        if (engine.model(i) == this)
            m_self = i;
    for (std::size_t b = 0; b < m_buses.size(); ++b) {
        if (!m_plan[b].empty() && m_problem->buses[b].isAvailable())
            scheduleAt(engine, m_problem->buses[b].readyInSeconds, Depart, int(b));
        else
            m_buses[b].phase = Phase::Done;
    }
    engine.schedule(sim::fromSeconds(kTickSeconds), m_self, Tick);
}

void PowerDispatchModel::handle(sim::Engine &engine, const sim::Event &event)
{
    if (event.kind == Tick) {
        m_now = std::max(m_now, sim::toSeconds(event.time));
        if (event.time < engine.endTime())
            engine.schedule(std::min(event.time + sim::fromSeconds(kTickSeconds), engine.endTime()), m_self, Tick);
        return;
    }
    const int b = int(event.a);
    Bus &bus = m_buses[std::size_t(b)];
    const FuelCellBus &vehicle = m_problem->buses[std::size_t(b)];
    const StopSequence &sequence = m_plan[std::size_t(b)];
    const DispatchProblem &p = *m_problem;
    const double now = bus.eventAt;  // exact; the engine's clock is this rounded to the millisecond
    m_now = std::max(m_now, now);
    const double perKm = vehicle.specification.drivingKwhPerKm * m_factors.consumption;
    if (bus.next >= sequence.size())
        return;
    const int stop = sequence[bus.next];

    switch (event.kind) {
    case Depart: {
        const int to = stop >= 0 ? p.shelterSite(stop) : m_evaluator->nearestStationSite(bus.site);
        const double needed = reserveFor(b, bus.site, stop);
        if (to < 0 || !std::isfinite(needed) || bus.energy + kEnergyEpsilon < needed) {
            bus.phase = Phase::Held;
            bus.since = now;
            engine.record(m_id, QStringLiteral("held"),
                          {{QStringLiteral("bus"), vehicle.busId}, {QStringLiteral("stop"), int(bus.next) + 1},
                           {QStringLiteral("energy_kwh"), bus.energy}, {QStringLiteral("needed_kwh"), std::isfinite(needed) ? needed : -1.0}});
            return;
        }
        bus.phase = Phase::Driving;
        bus.since = now;
        bus.legTo = to;
        bus.legKm = p.travel.kilometres(bus.site, to);
        scheduleAt(engine, now + p.travel.seconds(bus.site, to), Arrive, b);
        return;
    }
    case Arrive: {
        bus.energy = std::max(0.0, bus.energy - bus.legKm * perKm);
        m_km += bus.legKm;
        bus.site = bus.legTo;
        bus.since = now;
        const bool refuel = stop == kRefuelStop;
        engine.record(m_id, QStringLiteral("arrive"),
                      {{QStringLiteral("bus"), vehicle.busId},
                       {QStringLiteral("at"), refuel ? p.stations[std::size_t(bus.site - p.stationSite(0))].name
                                                     : p.shelters[std::size_t(stop)].name},
                       {QStringLiteral("energy_kwh"), bus.energy}});
        if (refuel) {
            bus.phase = Phase::Refuelling;
            scheduleAt(engine, now + vehicle.specification.refuelMinutes * 60.0, ServiceEnd, b);
            return;
        }
        // Supply until the need ends or only the reserve for the next leg is left (PlanEvaluator's rule).
        const ShelterNeed &need = p.shelters[std::size_t(stop)];
        double reserve = 0.0;
        if (bus.next + 1 < sequence.size()) {
            reserve = reserveFor(b, bus.site, sequence[bus.next + 1]);
        } else if (!p.stations.empty()) {
            const int station = m_evaluator->nearestStationSite(bus.site);
            reserve = station >= 0 ? p.travel.kilometres(bus.site, station) * perKm : std::numeric_limits<double>::infinity();
        }
        const double load = need.loadKw * m_factors.load;
        const double power = load > 0.0 ? std::min(vehicle.specification.exportKw, load) : 0.0;
        const double end = m_evaluator->needEndSeconds(stop);
        double duration = 0.0;
        if (power > 0.0 && now < end && bus.energy > reserve)
            duration = std::min(end - now, (bus.energy - reserve) / power * 3600.0);
        bus.phase = Phase::Supplying;
        bus.drawKw = duration > 0.0 ? power : 0.0;
        if (duration > 0.0)
            m_supplied.push_back({stop, now, now + duration, std::min(1.0, vehicle.specification.exportKw / load), int(bus.next)});
        scheduleAt(engine, now + duration, ServiceEnd, b);
        return;
    }
    case ServiceEnd: {
        if (bus.phase == Phase::Supplying) {
            const double kwh = bus.drawKw * (now - bus.since) / 3600.0;
            bus.energy -= kwh;
            m_energySupplied += kwh;
            engine.record(m_id, QStringLiteral("supply_end"),
                          {{QStringLiteral("bus"), vehicle.busId}, {QStringLiteral("shelter"), p.shelters[std::size_t(stop)].name},
                           {QStringLiteral("kwh"), kwh}, {QStringLiteral("energy_kwh"), bus.energy}});
        } else if (bus.phase == Phase::Refuelling) {
            bus.energy = vehicle.specification.tankKwh;
            ++m_refuels;
            engine.record(m_id, QStringLiteral("refuelled"), {{QStringLiteral("bus"), vehicle.busId}});
        }
        bus.drawKw = 0.0;
        bus.since = now;
        ++bus.next;
        if (bus.next < sequence.size()) {
            bus.phase = Phase::Idle;
            scheduleAt(engine, now, Depart, b);
        } else {
            bus.phase = Phase::Done;
        }
        return;
    }
    default:
        return;
    }
}

double PowerDispatchModel::energyAt(int bus, double seconds) const
{
    const Bus &b = m_buses[std::size_t(bus)];
    if (b.phase == Phase::Supplying)
        return b.energy - b.drawKw * std::max(0.0, std::min(seconds, b.eventAt) - b.since) / 3600.0;
    return b.energy;
}

double PowerDispatchModel::energyKwh(int bus) const { return energyAt(bus, m_now); }

double PowerDispatchModel::coverageUntil(const std::vector<PlanEvaluator::Interval> &intervals, double until) const
{
    std::vector<std::vector<PlanEvaluator::Interval>> perShelter(m_problem->shelters.size());
    for (PlanEvaluator::Interval iv : intervals) {
        iv.end = std::min(iv.end, until);
        if (iv.end > iv.start)
            perShelter[std::size_t(iv.shelter)].push_back(iv);
    }
    double total = 0.0;
    for (std::size_t s = 0; s < perShelter.size(); ++s)
        total += m_evaluator->shelterCoverage(int(s), perShelter[s]);
    return total;
}

double PowerDispatchModel::coveredPersonHours() const { return coverageUntil(m_supplied, m_now); }
double PowerDispatchModel::plannedPersonHours() const { return coverageUntil(m_planned, m_now); }

int PowerDispatchModel::heldBuses() const
{
    return int(std::count_if(m_buses.begin(), m_buses.end(), [](const Bus &b) { return b.phase == Phase::Held; }));
}

QJsonObject PowerDispatchModel::kpis() const
{
    std::set<int> served;
    double supplied = m_energySupplied;
    for (const PlanEvaluator::Interval &iv : m_supplied)
        if (iv.start < m_now)
            served.insert(iv.shelter);
    // Energy of supplies still running at the current time.
    for (std::size_t b = 0; b < m_buses.size(); ++b)
        if (m_buses[b].phase == Phase::Supplying)
            supplied += m_buses[b].drawKw * std::max(0.0, std::min(m_now, m_buses[b].eventAt) - m_buses[b].since) / 3600.0;
    QJsonObject k{{QStringLiteral("covered_person_hours"), coveredPersonHours()},
                  {QStringLiteral("planned_person_hours"), plannedPersonHours()},
                  {QStringLiteral("energy_supplied_kwh"), supplied},
                  {QStringLiteral("km_driven"), m_km},
                  {QStringLiteral("refuellings"), m_refuels},
                  {QStringLiteral("shelters_served"), int(served.size())},
                  {QStringLiteral("buses_held"), heldBuses()},
                  {QStringLiteral("load_factor"), m_factors.load},
                  {QStringLiteral("consumption_factor"), m_factors.consumption}};
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        k.insert(it.key(), it.value());
    return k;
}

void PowerDispatchModel::contribute(sim::Snapshot &snapshot) const
{
    sim::FeatureState state;
    state.layer = QStringLiteral("fuel_cell_buses");
    state.numberNames = {QStringLiteral("energy_kwh"), QStringLiteral("supply_kw")};
    state.textNames = {QStringLiteral("state")};
    const double t = sim::toSeconds(snapshot.time);
    for (std::size_t b = 0; b < m_buses.size(); ++b) {
        const FuelCellBus &vehicle = m_problem->buses[b];
        if (vehicle.fid <= 0)
            continue;
        const Bus &bus = m_buses[b];
        state.append(vehicle.fid, {energyAt(int(b), t), bus.phase == Phase::Supplying ? bus.drawKw : 0.0},
                     {vehicle.isAvailable() ? phaseName(bus.phase) : QStringLiteral("off")});
    }
    // Legend texts are translated by the map (context "FeatureState").
    state.style.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Fuel-cell buses"));
    state.style.categoryBy = QStringLiteral("state");
    state.style.categories = {
        {QStringLiteral("supplying_power"), QStringLiteral("#2b8a3e"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "supplying power"))},
        {QStringLiteral("en_route"), QStringLiteral("#1f5fbf"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "en route"))},
        {QStringLiteral("refuelling"), QStringLiteral("#0aa3c2"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "refuelling"))},
        {QStringLiteral("held"), QStringLiteral("#c92a2a"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "held (too little energy)"))},
        {QStringLiteral("off"), QStringLiteral("#868e96"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "off"))}};
    state.style.sizeBy = QStringLiteral("energy_kwh");
    state.style.sizeFrom = 0.0;
    state.style.sizeTo = 235.0;
    state.style.pixelsFrom = 8.0;
    state.style.pixelsTo = 20.0;
    state.style.sizeLabel = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "size: energy on board"));
    if (state.size() > 0)
        snapshot.featureStates.push_back(std::move(state));
}

} // namespace ct::hydrogen
