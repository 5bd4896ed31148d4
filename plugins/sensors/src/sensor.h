// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "sensorkind.h"
#include "threshold.h"

#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace ct::sensors {

/// \brief One measured quantity at one place (a weather station is several sensors: one per
/// quantity). Row of `sensor`, with its thresholds from `sensor_threshold`, ascending by level.
struct Sensor
{
    qint64 id = 0;
    QString sourceId;   //!< stable key: the site's source id, "/<quantity>" for multi-quantity sites
    QString name;
    SensorKind kind = SensorKind::RiverGauge;
    QString quantity;   //!< "water_level", "precipitation", "temperature", "strain", …
    QString unit;       //!< "m", "mm", "°C", "µε", "W", "kWh", "µg/m³", "persons/h", "vehicles/h"
    int intervalS = 600;
    double x = std::numeric_limits<double>::quiet_NaN();  //!< EPSG:6677 metres
    double y = std::numeric_limits<double>::quiet_NaN();
    qint64 siteFid = 0; //!< fid in `sensor_sites` (or `streetlights`); 0 when none
    std::vector<Threshold> thresholds;
};

} // namespace ct::sensors
