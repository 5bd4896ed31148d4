// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/featurestatesource.h"

namespace ct::sensors {

/// \brief The live state of the `sensor_sites` layer: each site coloured by the highest alarm
/// level of its sensors (0 none … 4 氾濫危険水位), flagged when one of them is stale.
///
/// Attributes: number "level" (0–4), "unacknowledged" (active alarms nobody acknowledged); text
/// "alert" ("stale" or empty). Sites whose sensors are not registered yet are left out (the layer
/// keeps its plain symbol for them).
class SensorStateSource : public plugin::FeatureStateSource
{
public:
    QString layer() const override { return QStringLiteral("sensor_sites"); }
    core::Result<sim::FeatureState> read(const store::TwinStore &twin) const override;

    //! The legend: five colour stops, one per level, and the stale category.
    static sim::FeatureStyle style();
    //! The colour of an alarm level 0–4 (the panel uses the same).
    static QString levelColor(int level);
};

} // namespace ct::sensors
