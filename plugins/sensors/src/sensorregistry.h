// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "sensor.h"

#include "ct/core/result.h"

#include <optional>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief The sensors of the twin (`sensor`, `sensor_threshold`, `sensor_alias`).
///
/// syncFromSites() registers what the map's `sensor_sites` layer holds (the real MLIT gauges
/// and AMeDAS stations when the twin was made from the shared data, else generated ones): one
/// sensor per site, two per weather station (precipitation and temperature), with the aliases
/// of their feeds. Thresholds are not invented for real gauges — the gauge list carries no
/// levels; they are set with setThresholds() (generated gauges get demo levels).
class SensorRegistry
{
public:
    explicit SensorRegistry(store::TwinStore &twin);

    /// Inserts the sensor (id assigned when 0) and its thresholds. Refuses a duplicate source id.
    core::Result<qint64> add(const Sensor &sensor);
    core::Status setThresholds(qint64 sensorId, const std::vector<Threshold> &thresholds);
    core::Status addAlias(const QString &alias, qint64 sensorId);

    core::Result<std::vector<Sensor>> sensors() const;
    core::Result<std::optional<Sensor>> find(qint64 sensorId) const;
    /// By alias, else by source id, else by a decimal id. Empty when nothing matches.
    core::Result<std::optional<qint64>> resolve(const QString &key) const;

    /// Registers the sites of `sensor_sites` not yet registered; returns how many sensors were added.
    /// Does nothing (0) when the twin has no such layer.
    core::Result<int> syncFromSites();

    /// The four Japanese river levels as demo thresholds around a normal level `baseM` (m).
    static std::vector<Threshold> demoGaugeThresholds(double baseM);

private:
    store::TwinStore &m_twin;
};

} // namespace ct::sensors
