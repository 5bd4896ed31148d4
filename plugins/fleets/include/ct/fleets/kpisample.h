// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>

#include <cmath>

namespace ct::fleets {

/// \brief The on-demand service's figures over one interval [start, start + seconds).
struct KpiSample
{
    QDateTime start;
    double seconds = 3600.0;
    int requests = 0;         //!< rides asked for with their earliest pick-up in the interval
    int served = 0;           //!< of them assigned, picked up or completed
    int rejected = 0;
    double meanWaitSeconds = NAN;    //!< pick-up (actual, else planned) − earliest pick-up, served rides
    double meanDetourFactor = NAN;   //!< ride time ÷ direct driving time, served rides
    double occupancy = 0.0;          //!< rider-seconds on board ÷ seat-seconds of the on-demand fleet
    double vehicleKm = 0.0;          //!< driven by on-demand buses (position history)
};

} // namespace ct::fleets
