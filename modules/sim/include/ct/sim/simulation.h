// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/engine.h"
#include "ct/sim/evacuationmodel.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulationoptions.h"
#include "ct/sim/simulationworld.h"

#include <functional>
#include <memory>
#include <vector>

namespace ct::sim {

/// \brief One run of a scenario on a world: an Engine with the evacuation model and the domain
/// models of SimulationOptions::models, the recorded samples, and the result.
///
/// The world must outlive the simulation; the scenario is copied. Check the scenario with
/// validate() first: the constructor skips sections it cannot run. Single-threaded; wrap it in a
/// SimulationRunner to run it on a worker thread for the console.
class Simulation
{
public:
    Simulation(const SimulationWorld &world, Scenario scenario, SimulationOptions options = {});
    ~Simulation();
    Simulation(const Simulation &) = delete;
    Simulation &operator=(const Simulation &) = delete;

    /// Everything that stops `scenario` from running on `world` with `models`: the world's
    /// references (SimulationWorld::validate), sections without a factory
    /// (`models.foo: no model "foo" is provided by the loaded plugins`), each factory's own check of
    /// its section, and factories whose ids clash. Empty when the run can start.
    static QList<core::Error> validate(const SimulationWorld &world, const Scenario &scenario, const ModelFactoryList &models);

    const Scenario &scenario() const { return m_scenario; }
    std::uint64_t seed() const { return m_engine->seed(); }
    Engine &engine() { return *m_engine; }
    const Engine &engine() const { return *m_engine; }
    const EvacuationModel &evacuation() const { return *m_evacuation; }
    //! The model named `name` ("evacuation" or a factory's id), or null when it does not run.
    const Model *model(const QString &name) const;
    //! Names of the models that run, in engine order (the evacuation first).
    QStringList modelNames() const;
    SimTime now() const { return m_engine->now(); }
    SimTime endTime() const { return m_engine->endTime(); }
    bool isFinished() const { return m_engine->isFinished(); }

    /// Advances to `t` (at most the end), taking the samples due on the way.
    void advanceTo(SimTime t);
    /// Processes the next event time (one discrete step) with its samples; false once finished.
    bool step();
    /// Runs to the end; `progress` is called after each chunk with the simulated time.
    void run(const std::function<void(SimTime now, SimTime end)> &progress = {});

    //! The samples taken so far (one per sample interval, from 00:00).
    const std::vector<std::shared_ptr<const Snapshot>> &samples() const { return m_samples; }
    //! KPIs of every model, and the run's own figures (seed, end, events processed).
    QJsonObject kpis() const;

private:
    void takeDueSamples();

    const SimulationWorld &m_world;
    Scenario m_scenario;
    SimulationOptions m_options;
    std::unique_ptr<Engine> m_engine;
    EvacuationModel *m_evacuation = nullptr;
    SimTime m_nextSample = 0;
    std::vector<std::shared_ptr<const Snapshot>> m_samples;
};

} // namespace ct::sim
