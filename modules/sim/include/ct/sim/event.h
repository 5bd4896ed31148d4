// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/simtime.h"

#include <cstdint>

namespace ct::sim {

/// \brief One scheduled event of the discrete-event core.
///
/// Ordered by (time, sequence): the sequence number is given at scheduling, so two events at the
/// same millisecond run in the order they were scheduled — the run is deterministic without any
/// tie-breaking by pointer or hash. The payload is two integers (an agent, a shelter, a road …)
/// interpreted by the receiving model, so scheduling never allocates.
struct Event
{
    SimTime time = 0;
    std::uint64_t sequence = 0;
    int model = 0;          //!< index of the receiving model in the engine
    int kind = 0;           //!< the model's own event code
    std::int64_t a = 0;
    std::int64_t b = 0;

    friend bool operator>(const Event &x, const Event &y)
    {
        return x.time != y.time ? x.time > y.time : x.sequence > y.sequence;
    }
};

} // namespace ct::sim
