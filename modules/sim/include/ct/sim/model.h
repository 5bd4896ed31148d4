// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/event.h"

#include <QJsonObject>
#include <QString>

namespace ct::sim {

class Engine;
struct Snapshot;

/// \brief A model inside an Engine: it schedules events and handles the ones addressed to it.
///
/// Models hold all their state themselves (no globals), draw random numbers only from
/// Engine::randomStream(name()), and leave the clock to the engine; that is what makes several
/// engines in one process, and identical results for the same seed, possible. Models learn of
/// each other's happenings through Engine::events() (see EventBus), never by reaching into
/// another model. Domain models are added through a ModelFactory.
class Model
{
public:
    virtual ~Model() = default;
    //! Stable name: the random stream, the KPI section and the recorded events carry it.
    virtual QString name() const = 0;
    //! Called once when the run starts (time 0): schedule the first events here.
    virtual void start(Engine &engine) = 0;
    //! Handles one event addressed to this model; the engine's clock is at event.time.
    virtual void handle(Engine &engine, const Event &event) = 0;
    //! Key figures so far, for the batch report and the comparison of runs.
    virtual QJsonObject kpis() const { return {}; }
    /// Adds this model's part of the state to a snapshot being built: its counters, a section of
    /// Snapshot::extra under name(), and the FeatureState of the twin layers it changes (one model
    /// per layer). Called on the engine's thread between events; must not change the model.
    virtual void contribute(Snapshot &snapshot) const { Q_UNUSED(snapshot); }
};

} // namespace ct::sim
