// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QDateTime>

#include <vector>

namespace ct::safety {

/// \brief Near-repeat flags: an alert that follows another one within N metres and D days
/// (the "near-repeat" pattern of repeat victimisation research: an incident raises the risk
/// nearby for a short while).
class NearRepeat
{
public:
    struct Event
    {
        qint64 id = 0;
        geo::Point location;
        QDateTime at;
    };
    struct Pair
    {
        qint64 earlier = 0;
        qint64 later = 0;
        double metres = 0.0;
        double days = 0.0;
    };

    /// Every (earlier, later) pair within `metres` and `days` (later − earlier in [0, days],
    /// distance ≤ metres), ordered by later then earlier. Events at the same moment pair once,
    /// the lower id as the earlier. A grid of `metres` cells keeps it near-linear.
    static std::vector<Pair> pairs(const std::vector<Event> &events, double metres, double days);
    /// The ids that repeat an earlier event (the `later` of some pair), ascending.
    static std::vector<qint64> flagged(const std::vector<Pair> &pairs);
};

} // namespace ct::safety
