// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <QtGlobal>

#include <string_view>

namespace ct::sim {

/// \brief Published by the evacuation model (EventBus) whenever persons are admitted to a
/// shelter: a whole group arriving, or the part of a group that still fits.
///
/// Summing `persons` per shelter over a run gives exactly the evacuation model's occupancy minus
/// the occupancy it started with (a run branched from the live state starts with people inside).
struct ShelterArrival
{
    static constexpr std::string_view kTopic = "evacuation.shelter_arrival";

    SimTime time = 0;
    int shelter = -1;       //!< index in SimulationWorld::shelters()
    qint64 fid = 0;         //!< the shelter's feature id in the twin
    int persons = 0;        //!< admitted now
    int mode = 0;           //!< 0 came by car, 1 on foot, 2 by evacuation bus
    int occupancy = 0;      //!< persons inside after this admission
    int capacity = 0;
};

} // namespace ct::sim
