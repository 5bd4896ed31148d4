// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <optional>

namespace ct::sensors {

//! One row of `sensor_alarm`.
struct Alarm
{
    qint64 id = 0;
    qint64 sensorId = 0;
    QString kind;             //!< "threshold" or "stale"
    int level = 0;            //!< threshold level 1 … 4; 0 for stale
    double value = 0.0;       //!< the reading that raised it (threshold)
    qint64 raisedMs = 0;
    std::optional<qint64> clearedMs;
    std::optional<qint64> acknowledgedMs;
    QString acknowledgedBy;
    std::optional<qint64> escalatedMs;

    bool isActive() const { return !clearedMs.has_value(); }
};

} // namespace ct::sensors
