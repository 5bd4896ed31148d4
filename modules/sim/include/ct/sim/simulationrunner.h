// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simulation.h"
#include "ct/sim/snapshot.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace ct::sim {

/// \brief Runs a Simulation on its own worker thread and publishes immutable snapshots for the
/// view: the console's timeline (play, pause, step, run until, speed) drives a run through it.
///
/// Every control call is thread-safe and returns at once; the worker applies it between engine
/// steps. Snapshots go out at frame rate (at most one per frameInterval() of wall time, plus one
/// on every pause and at the end) through the callback, called on the worker thread, and are
/// always available from latestSnapshot(). The speed factor is simulated seconds per wall second
/// (1–3600 for real-time replay of a run) or 0 for as fast as possible. The runner owns the
/// simulation; the simulation's world must outlive the runner.
class SimulationRunner
{
public:
    using SnapshotCallback = std::function<void(std::shared_ptr<const Snapshot>)>;

    explicit SimulationRunner(std::unique_ptr<Simulation> simulation);
    //! Stops the worker and joins it.
    ~SimulationRunner();
    SimulationRunner(const SimulationRunner &) = delete;
    SimulationRunner &operator=(const SimulationRunner &) = delete;

    //! Set before start(): called on the worker thread with each published snapshot.
    void setSnapshotCallback(SnapshotCallback callback);
    void setFrameInterval(std::chrono::milliseconds interval) { m_frameMs = interval.count(); }
    std::chrono::milliseconds frameInterval() const { return std::chrono::milliseconds(m_frameMs.load()); }

    /// Starts the worker, which starts the models (Model::start() runs on the worker thread) and
    /// publishes the first snapshot before this returns; `paused` leaves it waiting for resume(),
    /// step() or runUntil().
    void start(bool paused = false);
    void pause();
    void resume();
    //! While paused: process the next event time, publish, stay paused.
    void step();
    //! Runs until simulated time `t` (at most the end), then pauses.
    void runUntil(SimTime t);
    //! Simulated seconds per wall second; 0 = as fast as possible. Clamped to 0 or 1–3600.
    void setSpeedFactor(double factor);
    double speedFactor() const { return m_speed.load(); }
    //! Asks the worker to stop (the run stays where it is) and joins it.
    void stop();
    //! Blocks until the run has finished or was stopped.
    void waitUntilFinished();

    bool isPaused() const { return m_paused.load(); }
    bool isFinished() const { return m_finished.load(); }
    SimTime now() const { return m_now.load(); }
    SimTime endTime() const { return m_end; }
    double progress() const { return m_end > 0 ? double(now()) / double(m_end) : 1.0; }
    //! The last published snapshot (never null after start()).
    std::shared_ptr<const Snapshot> latestSnapshot() const;

    /// The simulation, for reading results once the run has finished or stopped (not while the
    /// worker runs).
    Simulation &simulation() { return *m_simulation; }

private:
    void loop();
    void publish();

    std::unique_ptr<Simulation> m_simulation;
    SimTime m_end = 0;
    SnapshotCallback m_callback;
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    bool m_stopRequested = false;
    int m_stepsRequested = 0;
    SimTime m_until = -1;
    std::uint64_t m_generation = 0;     //!< bumped by resume/speed changes: restarts the wall-clock pacing
    std::shared_ptr<const Snapshot> m_latest;

    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_finished{false};
    std::atomic<SimTime> m_now{0};
    std::atomic<double> m_speed{0.0};
    std::atomic<long long> m_frameMs{33};
};

} // namespace ct::sim
