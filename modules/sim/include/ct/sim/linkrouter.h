// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <cstdint>

namespace ct::sim {

class LinkQueueNetwork;

/// \brief Route choice for a LinkQueueNetwork: at each node an agent reaches, which link next.
///
/// The network asks; the model (evacuation, a fleet) answers from its own state, e.g. a catchment
/// tree of next edges towards the nearest open shelter. May be asked again for the same agent at
/// the same node while the agent waits for room downstream, so answers must not consume anything
/// the agent has not used yet.
class LinkRouter
{
public:
    static constexpr std::int32_t kArrive = -1;    //!< the agent leaves the network here
    static constexpr std::int32_t kStranded = -2;  //!< no way on: the agent is taken out and counted

    virtual ~LinkRouter() = default;
    //! The next link of `agent` at `node`, or kArrive / kStranded.
    virtual std::int32_t nextLink(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now) = 0;
    //! `agent` left the network at `node` (answered kArrive).
    virtual void arrived(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now) = 0;
    //! `agent` was taken out at `node` (answered kStranded).
    virtual void stranded(LinkQueueNetwork &network, std::int32_t agent, std::int32_t node, SimTime now) = 0;
};

} // namespace ct::sim
