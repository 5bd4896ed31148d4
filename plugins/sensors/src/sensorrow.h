// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <cmath>
#include <limits>

namespace ct::sensors {

//! One line of the panel's sensor list: the sensor and its present state.
struct SensorRow
{
    qint64 id = 0;
    QString name;
    QString kind;       //!< kindName()
    QString quantity;
    QString unit;
    double lastValue = std::numeric_limits<double>::quiet_NaN();
    qint64 lastMs = 0;  //!< 0 when it never reported
    int level = 0;      //!< alarm level 0–4
    bool stale = false;
    int thresholds = 0; //!< how many levels it has
    qint64 siteFid = 0; //!< fid in sensor_sites; 0 when none
};

} // namespace ct::sensors
