// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

namespace ct::sim {

/// \brief Tuning of the evacuation model that is not part of a scenario (the physics and the
/// modelling choices; documented in data/scenarios/README.md).
struct EvacuationOptions
{
    SimTime tick = kSecond;               //!< link-queue update step
    SimTime stuckTime = 0;                //!< gridlock breaker; 0 = never force a blocked agent (storage is a hard limit)
    SimTime curveInterval = 5 * kMinute;  //!< spacing of the "share evacuated over time" KPI
    double carStorageMetres = 7.5;        //!< road length per queued car and lane (m)
    double walkJamDensity = 2.5;          //!< persons per m² of walkway at jam
    double walkFlowPerMetre = 1.3;        //!< persons per second and metre of walkway width
    int congestedLinks = 10;              //!< links listed in the KPIs
};

} // namespace ct::sim
