// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/simulationrunner.h"

#include <algorithm>

namespace ct::sim {

using Clock = std::chrono::steady_clock;

SimulationRunner::SimulationRunner(std::unique_ptr<Simulation> simulation)
    : m_simulation(std::move(simulation))
    , m_end(m_simulation->endTime())
{
}

SimulationRunner::~SimulationRunner()
{
    stop();
}

void SimulationRunner::setSnapshotCallback(SnapshotCallback callback)
{
    std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
}

void SimulationRunner::start(bool paused)
{
    if (m_thread.joinable())
        return;
    m_paused = paused;
    // The models start on the worker thread, so what they open in Model::start() (a read-only
    // twin connection through ModelContext::openTwin) lives on the thread that uses it. start()
    // returns once the first snapshot is out, as before.
    bool started = false;
    m_thread = std::thread([this, &started] {
        m_simulation->engine().start();
        m_now = m_simulation->now();
        publish();
        {
            std::lock_guard lock(m_mutex);
            started = true;
        }
        m_done.notify_all();
        loop();
    });
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&started] { return started; });
}

void SimulationRunner::pause()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
    m_wake.notify_all();
}

void SimulationRunner::resume()
{
    std::lock_guard lock(m_mutex);
    m_paused = false;
    m_until = -1;
    ++m_generation;
    m_wake.notify_all();
}

void SimulationRunner::step()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
    ++m_stepsRequested;
    m_wake.notify_all();
}

void SimulationRunner::runUntil(SimTime t)
{
    std::lock_guard lock(m_mutex);
    m_until = std::min(t, m_end);
    m_paused = false;
    ++m_generation;
    m_wake.notify_all();
}

void SimulationRunner::setSpeedFactor(double factor)
{
    const double clamped = factor <= 0 ? 0.0 : std::clamp(factor, 1.0, 3600.0);
    std::lock_guard lock(m_mutex);
    m_speed = clamped;
    ++m_generation;
    m_wake.notify_all();
}

void SimulationRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
        m_wake.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void SimulationRunner::waitUntilFinished()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_finished.load() || m_stopRequested || !m_thread.joinable(); });
}

std::shared_ptr<const Snapshot> SimulationRunner::latestSnapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

void SimulationRunner::publish()
{
    std::shared_ptr<const Snapshot> snapshot = m_simulation->engine().snapshot();
    SnapshotCallback callback;
    {
        std::lock_guard lock(m_mutex);
        m_latest = snapshot;
        callback = m_callback;
    }
    if (callback)
        callback(snapshot);
}

void SimulationRunner::loop()
{
    Simulation &sim = *m_simulation;
    auto lastFrame = Clock::now();
    std::uint64_t pacedGeneration = ~std::uint64_t(0);
    auto paceWall = Clock::now();
    SimTime paceSim = sim.now();

    for (;;) {
        bool doStep = false;
        SimTime until = -1;
        double speed = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopRequested || !m_paused || m_stepsRequested > 0; });
            if (m_stopRequested)
                break;
            if (m_stepsRequested > 0) {
                --m_stepsRequested;
                doStep = true;
            }
            until = m_until;
            speed = m_speed;
            if (pacedGeneration != m_generation) {
                pacedGeneration = m_generation;
                paceWall = Clock::now();
                paceSim = sim.now();
            }
        }
        if (doStep) {
            sim.step();
            m_now = sim.now();
            publish();
            lastFrame = Clock::now();
        } else {
            SimTime target = until >= 0 ? until : sim.endTime();
            if (speed > 0) {
                const double wallS = std::chrono::duration<double>(Clock::now() - paceWall).count();
                target = std::min(target, paceSim + fromSeconds(wallS * speed));
            } else {
                // As fast as possible, in slices short enough to answer controls and publish frames.
                target = std::min(target, sim.now() + 10 * kSecond);
            }
            if (target > sim.now())
                sim.advanceTo(target);
            m_now = sim.now();
            const bool reachedUntil = until >= 0 && sim.now() >= until;
            if (reachedUntil) {
                std::lock_guard lock(m_mutex);
                m_paused = true;
                m_until = -1;
            }
            const auto wall = Clock::now();
            if (reachedUntil || sim.isFinished() || wall - lastFrame >= std::chrono::milliseconds(m_frameMs.load())) {
                publish();
                lastFrame = wall;
            } else if (speed > 0 && target <= sim.now()) {
                // Caught up with the wall clock: wait a little (a control call wakes us).
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, std::chrono::milliseconds(std::max<long long>(1, m_frameMs.load() / 4)));
            }
        }
        if (sim.isFinished()) {
            std::lock_guard lock(m_mutex);
            m_finished = true;
            m_paused = true;
            m_done.notify_all();
            break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_done.notify_all();
}

} // namespace ct::sim
