// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/event.h"
#include "ct/sim/eventbus.h"
#include "ct/sim/model.h"
#include "ct/sim/randomstream.h"
#include "ct/sim/recordedevent.h"
#include "ct/sim/snapshot.h"

#include <QJsonObject>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <queue>
#include <vector>

namespace ct::sim {

/// \brief The deterministic discrete-event core: a simulated clock, an event queue ordered by
/// (time, sequence), the models, seeded random streams, and the log of recorded events.
///
/// An Engine is a plain object with no global state, single-threaded by design: the same seed
/// gives the same events whatever the machine's thread count, and any number of engines may run
/// in one process (one per thread, see SimulationRunner). Time is integer milliseconds.
class Engine
{
public:
    Engine(std::uint64_t seed, SimTime endTime);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    //! Adds a model before start(); returns its index (the `model` of its events).
    int addModel(std::unique_ptr<Model> model);
    Model *model(int index) const { return m_models[std::size_t(index)].get(); }
    int modelCount() const { return int(m_models.size()); }

    std::uint64_t seed() const { return m_seed; }
    SimTime now() const { return m_now; }
    SimTime endTime() const { return m_endTime; }
    //! Moves the end (a run extended or cut short by --until).
    void setEndTime(SimTime endTime) { m_endTime = endTime; }
    bool isStarted() const { return m_started; }
    //! True when the clock reached the end time.
    bool isFinished() const { return m_started && m_now >= m_endTime; }
    std::int64_t eventsProcessed() const { return m_processed; }
    std::size_t pendingEvents() const { return m_queue.size(); }
    //! Time of the next pending event, or the end time when none is left before it.
    SimTime nextEventTime() const { return m_queue.empty() ? m_endTime : std::min(m_queue.top().time, m_endTime); }

    //! The stream of `name` under this run's seed; models call this once in start().
    RandomStream randomStream(const QString &name) const { return RandomStream::derive(m_seed, name); }

    /// Schedules an event; a time before now() is run at now() (never back in time).
    void schedule(SimTime at, int model, int kind, std::int64_t a = 0, std::int64_t b = 0);

    //! Calls every model's start() in index order, then seals the event bus; further calls do nothing.
    void start();
    /// Processes every event of the next event time (at most the end time) and sets the clock to
    /// it; with no event left, moves the clock to the end. Returns false once finished.
    bool step();
    /// Processes every event with time ≤ min(t, end) and sets the clock to that time.
    void runUntil(SimTime t);
    //! runUntil(endTime()).
    void run() { runUntil(m_endTime); }

    /// The run's event bus: models publish what happened (ShelterArrival, …) and observe each
    /// other here. Sealed by start() after every model's start().
    EventBus &events() { return m_events; }
    const EventBus &events() const { return m_events; }

    //! Appends to the recorded events at the current time (models call this).
    void record(const QString &source, const QString &kind, const QJsonObject &payload = {});
    const std::vector<RecordedEvent> &recordedEvents() const { return m_recorded; }

    //! A new snapshot of the current state, built from every model.
    std::shared_ptr<Snapshot> snapshot() const;
    //! Every model's KPIs under its name.
    QJsonObject kpis() const;

private:
    void dispatch(const Event &event);

    std::uint64_t m_seed;
    SimTime m_now = 0;
    SimTime m_endTime;
    std::uint64_t m_sequence = 0;
    std::int64_t m_processed = 0;
    bool m_started = false;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_queue;
    std::vector<std::unique_ptr<Model>> m_models;
    std::vector<RecordedEvent> m_recorded;
    EventBus m_events;
};

} // namespace ct::sim
