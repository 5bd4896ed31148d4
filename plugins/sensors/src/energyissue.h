// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QtGlobal>

namespace ct::sensors {

/// \brief Something in a meter's readings that makes a daily total less than exact.
struct EnergyIssue
{
    enum class Kind {
        Gap,              //!< no reading for more than 1.5 intervals: fromMs → toMs (interval meters: energy unknown;
                          //!< counters: energy known, split over days in proportion to time when it spans midnight)
        CounterReset,     //!< a counter fell (meter replaced or reset) at toMs: value before → after; the
                          //!< consumption from fromMs to toMs is taken as the new reading (counted from 0)
        InvalidReading    //!< an interval reading below 0 or not finite at toMs, left out
    };
    Kind kind = Kind::Gap;
    qint64 sensorId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double before = 0.0; //!< counter before a reset
    double after = 0.0;  //!< counter after a reset, or the invalid reading
};

} // namespace ct::sensors
