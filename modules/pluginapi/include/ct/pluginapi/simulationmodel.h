// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/model.h"
#include "ct/sim/modelcontext.h"
#include "ct/sim/modelfactory.h"

namespace ct::plugin {

/// \brief A domain's model inside a simulation run (shelter occupancy, bus energy, …): the
/// engine's own interfaces, so a plugin's model runs in the same Engine as the evacuation.
///
/// A plugin declares the "simulation" capability and returns its factories from
/// DomainPlugin::simulationModels(). For each factory whose id has a `models.<id>` section in the
/// scenario (or that runsWithoutSection()), the run calls create() with a ModelContext: the
/// section, the scenario, the read-only SimulationWorld (road graphs, shelters, homes, twin path),
/// the seed and the EventBus on which the evacuation publishes HouseholdDeparture, ShelterArrival,
/// ShelterStatusChange and RoadStateChange. The model's KPIs appear under its id in
/// `citytwin-cli simulate --json`, in the run record and in `--compare`; the FeatureStates it adds
/// to snapshots restyle the map at the timeline's time. See ct::sim::ModelFactory.
using SimulationModel = sim::Model;
using SimulationModelContext = sim::ModelContext;
using SimulationModelFactory = sim::ModelFactory;

} // namespace ct::plugin
