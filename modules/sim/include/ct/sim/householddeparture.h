// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/sim/simtime.h"

#include <cstdint>
#include <string_view>

namespace ct::sim {

/// \brief Published by the evacuation model (EventBus) when a complying household sets out.
struct HouseholdDeparture
{
    static constexpr std::string_view kTopic = "evacuation.household_departure";

    SimTime time = 0;
    std::int32_t household = 0;  //!< the model's household index (stable for a seed)
    int persons = 0;
    int mode = 0;                //!< 0 car, 1 on foot
    std::int32_t node = 0;       //!< start node on the mode's graph (SimulationWorld car/walk graph)
    geo::Point position;         //!< that node, EPSG:6677 metres
};

} // namespace ct::sim
