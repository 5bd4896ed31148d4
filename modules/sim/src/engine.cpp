// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/engine.h"

#include <algorithm>

namespace ct::sim {

Engine::Engine(std::uint64_t seed, SimTime endTime)
    : m_seed(seed)
    , m_endTime(endTime)
{
}

Engine::~Engine() = default;

int Engine::addModel(std::unique_ptr<Model> model)
{
    m_models.push_back(std::move(model));
    return int(m_models.size()) - 1;
}

void Engine::schedule(SimTime at, int model, int kind, std::int64_t a, std::int64_t b)
{
    m_queue.push(Event{std::max(at, m_now), m_sequence++, model, kind, a, b});
}

void Engine::start()
{
    if (m_started)
        return;
    m_started = true;
    for (auto &model : m_models)
        model->start(*this);
    m_events.seal();
}

void Engine::dispatch(const Event &event)
{
    m_now = event.time;
    ++m_processed;
    m_models[std::size_t(event.model)]->handle(*this, event);
}

bool Engine::step()
{
    start();
    if (m_now >= m_endTime)
        return false;
    if (m_queue.empty() || m_queue.top().time > m_endTime) {
        m_now = m_endTime;
        return false;
    }
    const SimTime t = m_queue.top().time;
    while (!m_queue.empty() && m_queue.top().time == t) {
        const Event event = m_queue.top();
        m_queue.pop();
        dispatch(event);
    }
    m_now = t;
    return m_now < m_endTime;
}

void Engine::runUntil(SimTime t)
{
    start();
    const SimTime limit = std::min(t, m_endTime);
    while (!m_queue.empty() && m_queue.top().time <= limit) {
        const Event event = m_queue.top();
        m_queue.pop();
        dispatch(event);
    }
    m_now = std::max(m_now, limit);
}

void Engine::record(const QString &source, const QString &kind, const QJsonObject &payload)
{
    m_recorded.push_back(RecordedEvent{m_now, source, kind, payload});
}

std::shared_ptr<Snapshot> Engine::snapshot() const
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->time = m_now;
    snapshot->endTime = m_endTime;
    snapshot->eventsProcessed = m_processed;
    for (const auto &model : m_models)
        model->contribute(*snapshot);
    return snapshot;
}

QJsonObject Engine::kpis() const
{
    QJsonObject all;
    for (const auto &model : m_models) {
        const QJsonObject k = model->kpis();
        if (!k.isEmpty())
            all.insert(model->name(), k);
    }
    return all;
}

} // namespace ct::sim
