// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <cstdint>

namespace ct::sim {

/// \brief One directed link of a LinkQueueNetwork: where it goes and what it can carry.
///
/// Units are the network's own: vehicles for the car network, persons for the pedestrian network.
struct LinkSpec
{
    std::int32_t from = 0;          //!< tail node
    std::int32_t to = 0;            //!< head node
    double freeFlowSeconds = 1.0;   //!< traversal time of an unhindered agent
    double capacityPerHour = 1800;  //!< outflow capacity, units per hour
    double storage = 1;             //!< units that fit on the link at jam density
};

} // namespace ct::sim
