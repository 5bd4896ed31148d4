// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

#include <vector>

namespace ct::sim {
class SimulationWorld;
}

namespace ct::sensors {

/// \brief The roads a flood at one gauge can reach: those within `maxWidthM` of the gauge's river
/// within `reachM` upstream and downstream of the gauge, each with its distance from the river
/// rounded up to `bandM` (so a road 60 m away with 25 m bands counts as 75 m), nearest first.
///
/// The twin's roads carry no elevation, so the distance from the channel stands in for how low
/// a road lies: the floodplain next to the river is the first to go under. Built from the
/// simulation world's rivers and roads (SimulationWorld::roadsNearRiver).
class FloodReach
{
public:
    struct Road
    {
        qint64 roadId = 0;
        double distanceM = 0.0;
    };

    /// Empty (with `problem` set) when the world has no such river, or the gauge lies more than
    /// `snapM` from it (a station outside the twin's rivers).
    static FloodReach build(const sim::SimulationWorld &world, const QString &river, const geo::Point &gauge, double reachM,
                            double maxWidthM, double bandM, double snapM);

    const std::vector<Road> &roads() const { return m_roads; }
    QString river() const { return m_river; }
    //! Position of the gauge along its river as a share of the river's length (0 … 1), −1 when none.
    double share() const { return m_share; }
    //! Distance (m) from the gauge to the river's line; −1 when none.
    double offsetM() const { return m_offset; }
    //! Why there are no roads ("" when the reach was found).
    QString problem() const { return m_problem; }

private:
    QString m_river;
    double m_share = -1.0;
    double m_offset = -1.0;
    std::vector<Road> m_roads;
    QString m_problem;
};

} // namespace ct::sensors
