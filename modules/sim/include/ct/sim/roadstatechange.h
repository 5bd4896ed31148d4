// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <QString>

#include <string_view>
#include <vector>

namespace ct::sim {

/// \brief Published by the evacuation model (EventBus) when roads close (closures, floods,
/// overtopping rivers, failed bridges) or reopen. Only roads whose state changed are listed.
struct RoadStateChange
{
    static constexpr std::string_view kTopic = "evacuation.road_state";

    SimTime time = 0;
    bool closed = true;            //!< false: reopened
    std::vector<qint64> roads;     //!< twin road ids, in the order the scenario named them
    QString cause;                 //!< the scenario entry's JSON path, e.g. "hazards[0]"
};

} // namespace ct::sim
