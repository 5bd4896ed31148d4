// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelteroccupancymodel.h"

#include "stocklevel.h"

#include "ct/sim/engine.h"
#include "ct/sim/scenario.h"
#include "ct/sim/shelterarrival.h"
#include "ct/sim/simulationworld.h"
#include "ct/sim/snapshot.h"

#include <QJsonArray>

#include <algorithm>

namespace ct::shelters {

namespace {

/// The load model without a twin: the defaults the plugin's migration seeds.
PowerLoadModel defaultLoadModel()
{
    return PowerLoadModel(5.0, 0.1,
                          {{QStringLiteral("dialysis"), 0.0}, {QStringLiteral("oxygen"), 0.35}, {QStringLiteral("insulin"), 0.005},
                           {QStringLiteral("ventilator"), 0.1}, {QStringLiteral("suction"), 0.1},
                           {QStringLiteral("tube_feeding"), 0.02}, {QStringLiteral("other"), 0.05}});
}

} // namespace

ShelterOccupancyModel::ShelterOccupancyModel(const sim::ModelContext &context, std::optional<ShelterCatalogue> catalogue,
                                             QHash<qint64, QHash<QString, double>> stock,
                                             QHash<qint64, QHash<QString, int>> medical, QString twinProblem)
    : m_id(context.id), m_world(context.world), m_catalogue(std::move(catalogue)),
      m_loadModel(m_catalogue ? m_catalogue->loadModel() : defaultLoadModel()), m_twinProblem(std::move(twinProblem))
{
    const bool live = context.scenario.shelterInitial == sim::Scenario::ShelterInitial::Live;
    for (const auto &s : m_world.shelters()) {
        ShelterState state;
        state.fid = s.fid;
        state.name = s.name;
        state.capacity = s.capacity;
        state.stock = stock.value(s.fid);
        state.medical = medical.value(s.fid);
        m_shelters.push_back(std::move(state));
        if (live && s.hasLiveStatus)
            setOccupancy(int(m_shelters.size()) - 1, s.liveOccupancy, 0);
    }
    context.events.subscribe<sim::ShelterArrival>([this](const sim::ShelterArrival &a) {
        if (a.shelter >= 0 && std::size_t(a.shelter) < m_shelters.size())
            setOccupancy(a.shelter, a.occupancy, a.time);
    });
}

void ShelterOccupancyModel::start(sim::Engine &engine)
{
    m_engine = &engine;
}

void ShelterOccupancyModel::handle(sim::Engine &, const sim::Event &)
{
    // Driven by the evacuation's events only; schedules nothing of its own.
}

double ShelterOccupancyModel::loadOf(const ShelterState &s) const
{
    // A shelter housing anyone is operating; an empty one draws nothing in this model.
    return s.occupancy > 0 ? m_loadModel.loadKw(ShelterStatus::Open, s.occupancy, s.medical) : 0.0;
}

void ShelterOccupancyModel::setOccupancy(int shelter, int occupancy, sim::SimTime now)
{
    ShelterState &s = m_shelters[std::size_t(shelter)];
    // Energy so far at the old load, then the new load.
    m_energyKwh += m_loadKw * sim::toSeconds(now - m_loadSince) / 3600.0;
    m_loadSince = now;
    m_now = std::max(m_now, now);
    s.occupancy = std::max(0, occupancy);
    m_loadKw -= s.loadKw;
    s.loadKw = loadOf(s);
    m_loadKw += s.loadKw;
    m_peakLoadKw = std::max(m_peakLoadKw, m_loadKw);
    const Congestion::Level level = Congestion::of(s.occupancy, s.capacity).level();
    if (level > s.level || (s.occupancy > 0 && s.reached[std::size_t(level)] < 0)) {
        for (int l = 0; l <= int(level); ++l) {
            if (s.reached[std::size_t(l)] < 0)
                s.reached[std::size_t(l)] = now;
        }
        if (level > s.level && m_engine) {
            m_engine->record(m_id, QStringLiteral("congestion"),
                             {{QStringLiteral("fid"), s.fid},
                              {QStringLiteral("level"), Congestion::name(level)},
                              {QStringLiteral("occupancy"), s.occupancy},
                              {QStringLiteral("capacity"), s.capacity}});
        }
    }
    s.level = level;
}

double ShelterOccupancyModel::energyKwh() const
{
    const sim::SimTime now = m_engine ? m_engine->now() : m_now;
    return m_energyKwh + m_loadKw * sim::toSeconds(std::max<sim::SimTime>(0, now - m_loadSince)) / 3600.0;
}

QStringList ShelterOccupancyModel::shortages(int shelter) const
{
    QStringList items;
    if (!m_catalogue)
        return items;
    const ShelterState &s = m_shelters[std::size_t(shelter)];
    for (const StockItem &item : m_catalogue->stockItems()) {
        if (StockLevel::assess(item, s.stock.value(item.key, 0.0), s.occupancy).isShortage())
            items.append(item.key);
    }
    return items;
}

QJsonObject ShelterOccupancyModel::kpis() const
{
    std::array<int, 4> levels{0, 0, 0, 0};
    int receiving = 0;
    int everCritical = 0;
    sim::SimTime firstCritical = -1;
    int shortageShelters = 0;
    QJsonObject shortageByItem;
    QJsonArray perShelter;
    for (std::size_t i = 0; i < m_shelters.size(); ++i) {
        const ShelterState &s = m_shelters[i];
        const sim::SimTime critical = s.reached[std::size_t(Congestion::Level::Critical)];
        if (critical >= 0) {
            ++everCritical;
            firstCritical = firstCritical < 0 ? critical : std::min(firstCritical, critical);
        }
        if (s.occupancy <= 0)
            continue;
        ++receiving;
        ++levels[std::size_t(s.level)];
        const QStringList missing = shortages(int(i));
        if (!missing.isEmpty())
            ++shortageShelters;
        for (const QString &item : missing)
            shortageByItem.insert(item, shortageByItem.value(item).toInt() + 1);
        perShelter.append(QJsonObject{{QStringLiteral("fid"), s.fid},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("occupancy"), s.occupancy},
                                      {QStringLiteral("capacity"), s.capacity},
                                      {QStringLiteral("congestion"), Congestion::name(s.level)},
                                      {QStringLiteral("critical_at"), critical >= 0 ? QJsonValue(sim::formatDuration(critical)) : QJsonValue()},
                                      {QStringLiteral("load_kw"), s.loadKw},
                                      {QStringLiteral("shortages"), QJsonArray::fromStringList(missing)}});
    }
    QJsonObject k{{QStringLiteral("shelters_receiving"), receiving},
                  {QStringLiteral("levels"), QJsonObject{{QStringLiteral("low"), levels[0]},
                                                         {QStringLiteral("moderate"), levels[1]},
                                                         {QStringLiteral("high"), levels[2]},
                                                         {QStringLiteral("critical"), levels[3]}}},
                  {QStringLiteral("critical_shelters"), everCritical},
                  {QStringLiteral("first_critical"), firstCritical >= 0 ? QJsonValue(sim::formatDuration(firstCritical)) : QJsonValue()},
                  {QStringLiteral("load_kw"), m_loadKw},
                  {QStringLiteral("peak_load_kw"), m_peakLoadKw},
                  {QStringLiteral("energy_kwh"), energyKwh()},
                  {QStringLiteral("per_shelter"), perShelter}};
    if (m_catalogue) {
        k.insert(QStringLiteral("shortage_shelters"), shortageShelters);
        k.insert(QStringLiteral("shortages"), shortageByItem);
    } else {
        k.insert(QStringLiteral("stock"), m_twinProblem.isEmpty() ? QStringLiteral("not assessed") : m_twinProblem);
    }
    return k;
}

void ShelterOccupancyModel::contribute(sim::Snapshot &snapshot) const
{
    std::array<int, 4> levels{0, 0, 0, 0};
    for (const ShelterState &s : m_shelters) {
        if (s.occupancy > 0)
            ++levels[std::size_t(s.level)];
    }
    snapshot.extra.insert(m_id, QJsonObject{{QStringLiteral("moderate"), levels[1]},
                                            {QStringLiteral("high"), levels[2]},
                                            {QStringLiteral("critical"), levels[3]},
                                            {QStringLiteral("load_kw"), m_loadKw}});
}

} // namespace ct::shelters
