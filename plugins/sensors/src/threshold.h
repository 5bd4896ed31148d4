// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::sensors {

/// \brief An alarm level of a sensor: reached when a reading is at or above `value`, left when
/// a reading falls below `value - hysteresis` (so a level does not flap on noise).
///
/// River gauges use the four Japanese levels: 1 水防団待機水位 ("standby"), 2 氾濫注意水位
/// ("caution"), 3 避難判断水位 ("evacuation"), 4 氾濫危険水位 ("danger").
struct Threshold
{
    int level = 1;        //!< 1 … 4
    QString name;         //!< stable English key, translated for display
    double value = 0.0;   //!< in the sensor's unit
    double hysteresis = 0.0;
};

} // namespace ct::sensors
