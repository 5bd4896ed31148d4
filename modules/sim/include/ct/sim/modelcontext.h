// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/eventbus.h"
#include "ct/sim/randomstream.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace ct::sim {

class SimulationWorld;
struct Scenario;

/// \brief What a ModelFactory is given to build its model for one run.
///
/// Everything here outlives the model: the world and the scenario belong to the Simulation's
/// caller and the Simulation, the event bus to the run's Engine.
struct ModelContext
{
    QString id;                       //!< the factory's id: the scenario key, KPI section and random stream name
    QJsonObject section;              //!< the scenario's `models.<id>` object (empty when it has none)
    const Scenario &scenario;         //!< the whole scenario (hazard, duration, start, …)
    const SimulationWorld &world;     //!< read-only: road graphs, shelters, homes, the twin's path
    std::uint64_t seed = 1;           //!< the run's seed (after any --seed override)
    EventBus &events;                 //!< subscribe here to other models' events (ShelterArrival, …)

    /// The model's own seeded stream (the same as Engine::randomStream(id)): draws in one model
    /// never shift another's.
    RandomStream random() const { return RandomStream::derive(seed, id); }
};

} // namespace ct::sim
