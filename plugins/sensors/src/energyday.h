// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDate>

namespace ct::sensors {

/// \brief Consumption of one local day (Asia/Tokyo, 00:00–24:00) of a meter, a facility or the city.
struct EnergyDay
{
    QDate date;
    double kwh = 0.0;
    double co2Kg = 0.0;     //!< kwh × emission factor (kg-CO₂/kWh)
    qint64 coveredMs = 0;   //!< time of the day the readings account for (meters only)
    bool hasData = false;   //!< some reading accounts for part of the day
    bool complete = false;  //!< the whole day accounted for: no gap, no counter reset, nothing estimated
    bool estimated = false; //!< part of the total split from a span across midnight (pro rata of time)
    bool reset = false;     //!< a counter reset inside the day
};

} // namespace ct::sensors
