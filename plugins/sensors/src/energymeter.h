// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::sensors {

/// \brief An energy meter at a public facility: a sensor of kind energy_meter (unit kWh) with its
/// row in `energy_meter`, which says which facility it measures and what its readings mean.
struct EnergyMeter
{
    enum class Mode {
        Cumulative, //!< the meter's register (kWh since installation); consumption = difference of readings
        Interval    //!< kWh consumed in the interval_s ending at the reading's time
    };
    qint64 sensorId = 0;
    QString name;          //!< the sensor's name
    QString facility;      //!< facility name; the meters of one facility add up
    QString facilityKind;  //!< school | city_hall | community_centre | other
    Mode mode = Mode::Cumulative;
    int intervalS = 1800;  //!< the sensor's reporting interval
};

inline QString modeName(EnergyMeter::Mode mode)
{
    return mode == EnergyMeter::Mode::Interval ? QStringLiteral("interval") : QStringLiteral("cumulative");
}

} // namespace ct::sensors
