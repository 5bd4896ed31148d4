// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/fixedroutemodel.h"

#include "ct/sim/engine.h"
#include "ct/sim/snapshot.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ct::fleets {

namespace {
enum Kind { TripStarts = 1, TripEnds = 2 };
constexpr std::uint8_t kBusMode = 2;
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
} // namespace

FixedRouteModel::FixedRouteModel(QString id, std::shared_ptr<const GtfsTimetable> timetable, double startOfDay, QString problem)
    : m_id(std::move(id)), m_timetable(timetable ? std::move(timetable) : std::make_shared<GtfsTimetable>()), m_startOfDay(startOfDay),
      m_problem(std::move(problem))
{
}

void FixedRouteModel::start(sim::Engine &engine)
{
    for (int i = 0; i < engine.modelCount(); ++i)
        if (engine.model(i) == this)
            m_self = i;
    m_runSeconds = sim::toSeconds(engine.endTime());
    const auto &trips = m_timetable->trips();
    for (std::size_t i = 0; i < trips.size(); ++i) {
        const double start = trips[i].start() - m_startOfDay, end = trips[i].end() - m_startOfDay;
        if (start >= 0.0 && start <= m_runSeconds)
            engine.schedule(sim::fromSeconds(start), m_self, TripStarts, std::int64_t(i));
        if (end >= 0.0 && end <= m_runSeconds)
            engine.schedule(sim::fromSeconds(end), m_self, TripEnds, std::int64_t(i));
    }
}

void FixedRouteModel::handle(sim::Engine &engine, const sim::Event &event)
{
    const auto &trip = m_timetable->trips()[std::size_t(event.a)];
    const bool starts = event.kind == TripStarts;
    (starts ? m_started : m_finished) += 1;
    engine.record(m_id, starts ? QStringLiteral("trip_started") : QStringLiteral("trip_finished"),
                  {{QStringLiteral("feed"), trip.feedId}, {QStringLiteral("trip"), trip.tripId}, {QStringLiteral("route"), trip.routeId},
                   {QStringLiteral("stop"), starts ? trip.calls.front().stopId : trip.calls.back().stopId}});
}

QJsonObject FixedRouteModel::kpis() const
{
    // Buses keep to the timetable, so the whole run's figures follow from it.
    const double from = m_startOfDay, to = m_startOfDay + m_runSeconds;
    int inService = 0, calls = 0;
    double metres = 0.0;
    std::vector<std::pair<double, int>> changes;
    const auto &trips = m_timetable->trips();
    for (int i = 0; i < int(trips.size()); ++i) {
        const auto &t = trips[std::size_t(i)];
        if (t.end() < from || t.start() > to)
            continue;
        ++inService;
        metres += m_timetable->measureAt(i, std::min(to, t.end())) - m_timetable->measureAt(i, std::max(from, t.start()));
        for (const auto &c : t.calls)
            calls += c.arrival >= from && c.arrival <= to ? 1 : 0;
        changes.push_back({std::max(from, t.start()), +1});
        changes.push_back({std::min(to, t.end()), -1});
    }
    // Ends before starts at the same second: a bus finishing as another sets out is one bus.
    std::sort(changes.begin(), changes.end());
    int out = 0, peak = 0;
    for (const auto &[time, delta] : changes)
        peak = std::max(peak, out += delta);
    QJsonObject k;
    if (!m_problem.isEmpty())
        k.insert(QStringLiteral("problem"), m_problem);
    k.insert(QStringLiteral("service_date"), m_timetable->date().toString(Qt::ISODate));
    k.insert(QStringLiteral("trips_in_service"), inService);
    k.insert(QStringLiteral("trips_started"), m_started);
    k.insert(QStringLiteral("trips_finished"), m_finished);
    k.insert(QStringLiteral("vehicle_km"), round3(metres / 1000.0));
    k.insert(QStringLiteral("stop_calls"), calls);
    k.insert(QStringLiteral("peak_buses"), peak);
    return k;
}

void FixedRouteModel::contribute(sim::Snapshot &snapshot) const
{
    const double seconds = m_startOfDay + sim::toSeconds(snapshot.time);
    sim::FeatureState state;
    state.layer = QStringLiteral("gtfs_vehicles");
    state.numberNames = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("heading_deg"), QStringLiteral("at_stop")};
    state.textNames = {QStringLiteral("trip_id"), QStringLiteral("route_id")};
    const auto &trips = m_timetable->trips();
    for (int i = 0; i < int(trips.size()); ++i) {
        if (trips[std::size_t(i)].start() > seconds)
            break;   // sorted by start
        const auto pose = m_timetable->position(i, seconds);
        if (!pose)
            continue;
        state.append(i + 1, {pose->position.x, pose->position.y, pose->headingDeg, pose->atStop ? 1.0 : 0.0},
                     {trips[std::size_t(i)].tripId, trips[std::size_t(i)].routeId});
        snapshot.positions.push_back(pose->position.x);
        snapshot.positions.push_back(pose->position.y);
        snapshot.modes.push_back(kBusMode);
        snapshot.sizes.push_back(0);
    }
    state.style.title = QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "Timetabled buses"));
    state.style.colorBy = QStringLiteral("at_stop");
    state.style.colorStops = {{0, QStringLiteral("#8e44ad"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "driving"))},
                              {1, QStringLiteral("#f1c40f"), QStringLiteral(QT_TRANSLATE_NOOP("FeatureState", "at a stop"))}};
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("buses_out"), int(state.size())},
                                            {QStringLiteral("trips_started"), m_started},
                                            {QStringLiteral("trips_finished"), m_finished}});
    snapshot.featureStates.push_back(std::move(state));
}

} // namespace ct::fleets
