// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "floodreach.h"
#include "gaugesite.h"
#include "hyetograph.h"
#include "linearreservoir.h"
#include "ratingcurve.h"

#include "ct/sim/simtime.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ct::sensors {

/// \brief One gauge inside a rainfall run: its catchment (LinearReservoir), rating curve, alarm
/// levels, the roads its flood can reach, and its state and history so far. Plain data owned by
/// RainfallModel.
struct RainfallGauge
{
    struct Sample
    {
        sim::SimTime t = 0;
        double levelM = 0.0;
        double dischargeM3s = 0.0;
        double rainMmPerHour = 0.0;
        int alarmLevel = 0;
    };

    GaugeSite site;
    QString catchmentSource;       //!< "attribute" (catchment_km2), "scenario" or "default"
    QString thresholdSource;       //!< "registry" (sensor_threshold) or "default" (demo levels)
    QString ratingSource;          //!< "scenario" or "calibrated"
    const Hyetograph *rain = nullptr;
    LinearReservoir reservoir;
    RatingCurve rating;
    double normalLevelM = 0.0;     //!< level at base flow
    double dangerLevelM = 0.0;     //!< 氾濫危険水位 (level 4, else the highest level)
    double designDischarge = 0.0;  //!< m³/s of the design storm, which just reaches dangerLevelM
    double floodStageM = 0.0;      //!< flooding starts here (danger + flood.onset_m)
    FloodReach reach;
    std::vector<double> closingLevelM;   //!< per reach road: the level that floods it
    std::vector<std::uint8_t> holding;   //!< per reach road: this gauge's flood keeps it closed

    // state
    double levelM = 0.0;
    double dischargeM3s = 0.0;
    double rainMmPerHour = 0.0;
    int alarmLevel = 0;
    bool flooding = false;

    // history
    double peakLevelM = 0.0;
    sim::SimTime peakAt = 0;
    double peakDischargeM3s = 0.0;
    int maxAlarmLevel = 0;
    std::array<sim::SimTime, 4> reachedAt{-1, -1, -1, -1};   //!< first time at or above level 1 … 4
    sim::SimTime floodedAt = -1;
    int alarmsRaised = 0;
    int roadsClosed = 0;            //!< closures this gauge's flood caused (a road twice counts twice)
    int roadsReopened = 0;
    double rainMm = 0.0;            //!< depth fallen on the catchment so far
    std::vector<Sample> series;
};

} // namespace ct::sensors
