// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <QtGlobal>

#include <string_view>

namespace ct::sim {

/// \brief Published by the evacuation model (EventBus) when a shelter opens, closes (scenario
/// events) or becomes full.
struct ShelterStatusChange
{
    static constexpr std::string_view kTopic = "evacuation.shelter_status";

    enum class Status { Opened, Closed, Full };

    SimTime time = 0;
    int shelter = -1;        //!< index in SimulationWorld::shelters()
    qint64 fid = 0;
    Status status = Status::Opened;
    int occupancy = 0;       //!< persons inside at that moment
};

} // namespace ct::sim
