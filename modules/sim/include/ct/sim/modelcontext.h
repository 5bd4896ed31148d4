// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/sim/eventbus.h"
#include "ct/sim/randomstream.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace ct::store {
class TwinStore;
}

namespace ct::sim {

class SimulationWorld;
struct Scenario;

/// \brief Opens the run's twin read-only, on the calling thread, as a new connection the caller
/// owns (fails, naming the file, when it cannot be opened).
using TwinOpener = std::function<core::Result<std::unique_ptr<store::TwinStore>>()>;

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

    /// True when the run branches from the twin's live state (Scenario::branchesFromLive(),
    /// `"shelters": {"initial": "live"}`): the evacuation starts from the live shelter status and
    /// occupancy and the live road closures, as read when the world was loaded
    /// (SimulationWorld::loadedAt()), and a domain model should start from its own live tables
    /// (a shelters model from the live occupancy and stock, a fleet from where its vehicles are).
    bool branchedFromLive = false;
    /// Read access to the twin for the model's own tables. Copy it and call it in Model::start(),
    /// which runs on the run's worker thread (SimulationRunner), so the connection is opened and
    /// used on that thread; keep the store for the run or close it when done. Always set by
    /// Simulation; empty only in a context made by hand.
    TwinOpener openTwin;

    /// The model's own seeded stream (the same as Engine::randomStream(id)): draws in one model
    /// never shift another's.
    RandomStream random() const { return RandomStream::derive(seed, id); }
};

} // namespace ct::sim
