// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "alarm.h"
#include "reading.h"
#include "sensor.h"

#include "ct/core/actor.h"
#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief Threshold alarms with hysteresis, stale sensors, acknowledgement and escalation.
///
/// Level of a sensor after a reading v: the highest level whose value v reaches, if above the
/// current level; otherwise the current level is left only when v falls below its value minus
/// its hysteresis (repeatedly, so a deep fall drops several levels). Falling thresholds (low is
/// bad, Threshold::Direction::Falling) mirror this: reached at or below the value, left above
/// the value plus the hysteresis. Each change of level clears
/// the active threshold alarm and, above 0, opens a new one (each needs its own acknowledgement).
/// Only readings newer than the last evaluated one move the level: late readings are stored but
/// history does not rewrite the present. Every raise, clear and escalation goes to the event log.
/// Times are explicit (ms since the epoch) so tests and replays control the clock.
class AlarmEngine
{
public:
    explicit AlarmEngine(store::TwinStore &twin);

    /// Evaluates readings of `sensor` (any order; sorted here) inside the caller's transaction.
    core::Status evaluate(const Sensor &sensor, std::vector<Reading> readings);
    /// Raises a stale alarm for each sensor silent for more than stale_factor × its interval
    /// (sensors that never reported are not stale: they may not be installed). Returns how many.
    core::Result<int> checkStale(qint64 nowMs);
    /// Marks active unacknowledged alarms raised escalate_after_min or more before `nowMs` as
    /// escalated (once). Returns the newly escalated alarms.
    core::Result<std::vector<Alarm>> escalate(qint64 nowMs);
    /// Acknowledges through TwinStore::perform("sensors.acknowledge", "sensor:<id>"): refused
    /// without the grant, for an unknown alarm or one already acknowledged.
    core::Status acknowledge(const core::Actor &actor, qint64 alarmId, qint64 nowMs);

    core::Result<std::vector<Alarm>> activeAlarms() const;
    core::Result<std::vector<Alarm>> alarms(qint64 sensorId) const;
    //! The level after the newest evaluated reading (0 when none).
    int level(qint64 sensorId) const;

    /// The level-change rule alone (see the class comment).
    static int nextLevel(const std::vector<Threshold> &thresholds, int current, double value);

private:
    core::Status raise(qint64 sensorId, const QString &kind, int level, double value, qint64 tMs);
    core::Status clear(qint64 sensorId, const QString &kind, qint64 tMs);
    double setting(const char *key, double fallback) const;

    store::TwinStore &m_twin;
};

} // namespace ct::sensors
