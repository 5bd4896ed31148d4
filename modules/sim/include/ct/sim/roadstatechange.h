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
///
/// Other models publish it too, to close or reopen roads in the run (the sensors plugin's rainfall
/// model floods the roads near a gauge above its flood level): the evacuation model applies such
/// a change to its closures and reroutes, without publishing it again.
struct RoadStateChange
{
    static constexpr std::string_view kTopic = "evacuation.road_state";

    SimTime time = 0;
    bool closed = true;            //!< false: reopened
    std::vector<qint64> roads;     //!< twin road ids, in the order the scenario named them
    QString cause;                 //!< the scenario entry's JSON path, e.g. "hazards[0]"
};

} // namespace ct::sim
