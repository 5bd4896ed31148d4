// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/simulation.h"

#include <algorithm>

namespace ct::sim {

Simulation::Simulation(const SimulationWorld &world, Scenario scenario, SimulationOptions options)
    : m_world(world)
    , m_scenario(std::move(scenario))
    , m_options(options)
{
    if (m_options.seed)
        m_scenario.seed = *m_options.seed;
    const SimTime end = m_options.until ? *m_options.until : m_scenario.duration;
    m_engine = std::make_unique<Engine>(m_scenario.seed, end);
    auto evacuation = std::make_unique<EvacuationModel>(m_world, m_scenario, m_options.evacuation);
    m_evacuation = evacuation.get();
    m_engine->addModel(std::move(evacuation));
}

Simulation::~Simulation() = default;

void Simulation::takeDueSamples()
{
    if (m_options.sampleInterval <= 0)
        return;
    while (m_nextSample <= m_engine->now() && m_nextSample <= m_engine->endTime()) {
        if (m_nextSample == m_engine->now())
            m_samples.push_back(m_engine->snapshot());
        m_nextSample += m_options.sampleInterval;
    }
}

void Simulation::advanceTo(SimTime t)
{
    m_engine->start();
    const SimTime target = std::min(t, m_engine->endTime());
    // Stop at every sample time on the way so each sample sees exactly that instant (after the
    // events of that millisecond).
    for (;;) {
        SimTime next = target;
        if (m_options.sampleInterval > 0 && m_nextSample <= target)
            next = std::max(m_engine->now(), m_nextSample);
        m_engine->runUntil(next);
        takeDueSamples();
        if (m_engine->now() >= target)
            break;
    }
}

bool Simulation::step()
{
    m_engine->start();
    if (m_engine->isFinished())
        return false;
    advanceTo(m_engine->nextEventTime());
    return !m_engine->isFinished();
}

void Simulation::run(const std::function<void(SimTime, SimTime)> &progress)
{
    const SimTime chunk = std::max<SimTime>(kMinute, m_engine->endTime() / 200);
    while (!m_engine->isFinished()) {
        advanceTo(m_engine->now() + chunk);
        if (progress)
            progress(m_engine->now(), m_engine->endTime());
    }
}

QJsonObject Simulation::kpis() const
{
    QJsonObject k = m_engine->kpis();
    k.insert(QStringLiteral("run"), QJsonObject{{QStringLiteral("scenario"), m_scenario.name},
                                                 {QStringLiteral("seed"), QString::number(m_engine->seed())},
                                                 {QStringLiteral("simulated"), formatDuration(m_engine->now())},
                                                 {QStringLiteral("end"), formatDuration(m_engine->endTime())},
                                                 {QStringLiteral("events_processed"), qint64(m_engine->eventsProcessed())}});
    return k;
}

} // namespace ct::sim
