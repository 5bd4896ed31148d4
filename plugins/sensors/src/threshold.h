// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::sensors {

/// \brief An alarm level of a sensor.
///
/// Rising (high is bad: water level, strain, PM2.5): reached when a reading is at or above
/// `value`, left when a reading falls below `value - hysteresis`. Falling (low is bad: a battery's
/// charge, a reservoir's storage, a main's pressure): reached when a reading is at or below
/// `value`, left when a reading rises above `value + hysteresis`. The hysteresis keeps a level
/// from flapping on noise. All thresholds of one sensor share one direction; rising levels have
/// rising values, falling levels falling values.
///
/// River gauges use the four Japanese levels: 1 水防団待機水位 ("standby"), 2 氾濫注意水位
/// ("caution"), 3 避難判断水位 ("evacuation"), 4 氾濫危険水位 ("danger").
struct Threshold
{
    enum class Direction { Rising, Falling };

    int level = 1;        //!< 1 … 4
    QString name;         //!< stable English key, translated for display
    double value = 0.0;   //!< in the sensor's unit
    double hysteresis = 0.0;
    Direction direction = Direction::Rising;

    //! Whether a reading `v` reaches this level.
    bool isReachedBy(double v) const { return direction == Direction::Rising ? v >= value : v <= value; }
    //! Whether a reading `v` leaves this level once reached (beyond the hysteresis band).
    bool isLeftBy(double v) const { return direction == Direction::Rising ? v < value - hysteresis : v > value + hysteresis; }

    //! "rising" / "falling", as stored in `sensor_threshold.direction`.
    static QString directionName(Direction d) { return d == Direction::Falling ? QStringLiteral("falling") : QStringLiteral("rising"); }
    static Direction directionFromName(const QString &name)
    {
        return name == QLatin1String("falling") ? Direction::Falling : Direction::Rising;
    }
};

} // namespace ct::sensors
