// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

namespace ct::sensors {

/// \brief The sensors plugin's tables, step by step.
///
/// Version 1: `sensor_reading (sensor_fid, t_ms, value)`.
/// Version 2: the registry (`sensor`, `sensor_threshold`, `sensor_alias`), readings keyed by
/// (sensor_id, t_ms) with a quality flag (version-1 rows kept, quality 0), alarm state and alarm
/// episodes, settings (retention, escalation, staleness, future tolerance) and the grants.
/// Version 3: falling thresholds. Version 4: energy meters, emission factor, reduction target.
/// Version 5: readings split into `sensor_reading_recent` (staging) and `sensor_reading_kept`,
/// `sensor_reading` a view of both (see ReadingStore).
class SensorSchema
{
public:
    static QString component() { return QStringLiteral("sensors"); }
    static store::MigrationList migrations();
};

} // namespace ct::sensors
