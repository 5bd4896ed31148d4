// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "energyconfig.h"
#include "energyday.h"
#include "energyissue.h"
#include "energytarget.h"

#include <QString>

#include <vector>

namespace ct::sensors {

//! One facility's days: the sum of its meters (complete only when every meter's day is).
struct FacilityEnergy
{
    QString facility;
    QString kind;
    int meters = 0;
    std::vector<EnergyDay> days;
    double kwh = 0.0;   //!< over the period
    double co2Kg = 0.0;
    int incompleteDays = 0;
    int gaps = 0;
    int resets = 0;
};

/// \brief Daily consumption and CO₂ per facility and for the city over local days from … to.
struct EnergyReport
{
    QDate from;
    QDate to;
    EnergyConfig config;
    std::vector<FacilityEnergy> facilities; //!< by facility name
    std::vector<EnergyDay> city;            //!< one per day: the sum of the facilities
    std::vector<EnergyIssue> issues;        //!< gaps, counter resets and invalid readings, by time
    double kwh = 0.0;
    double co2Kg = 0.0;
    EnergyTarget target;
};

} // namespace ct::sensors
