// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/evacuationoptions.h"
#include "ct/sim/modelfactory.h"
#include "ct/sim/simtime.h"

#include <cstdint>
#include <optional>

namespace ct::sim {

/// \brief How to run a scenario: overrides from the command line or the console.
struct SimulationOptions
{
    std::optional<std::uint64_t> seed;    //!< replaces the scenario's seed
    std::optional<SimTime> until;         //!< stops earlier (or later) than the scenario's duration
    SimTime sampleInterval = 5 * kMinute; //!< spacing of the recorded samples (snapshots); 0 = none
    EvacuationOptions evacuation;
    /// Domain models beside the evacuation (the loaded plugins' factories, a test's): each runs
    /// when the scenario has a `models.<id>` section or its factory runs without one.
    ModelFactoryList models;
};

} // namespace ct::sim
