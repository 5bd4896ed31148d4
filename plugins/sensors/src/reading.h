// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QtGlobal>

namespace ct::sensors {

//! One stored reading: sensor id, time in ms since the Unix epoch (UTC), value in the sensor's unit.
struct Reading
{
    qint64 sensorId = 0;
    qint64 tMs = 0;
    double value = 0.0;
    int quality = 0;
};

//! Exact aggregate of the readings in [startMs, startMs + bucket).
struct Bucket
{
    qint64 startMs = 0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    qint64 count = 0;
};

} // namespace ct::sensors
