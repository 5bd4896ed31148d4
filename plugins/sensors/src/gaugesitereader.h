// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "gaugesite.h"

#include "ct/core/result.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::sensors {

/// \brief Reads the river gauges of a twin (read-only): the `sensor_sites` rows of kind
/// "river_gauge" in fid order, with `catchment_km2` and `river` when the layer has those columns,
/// and the rising thresholds of the registered water-level sensor of each site when the twin
/// carries the sensors plugin's tables. A twin without the layer has no gauges (not an error).
class GaugeSiteReader
{
public:
    static core::Result<std::vector<GaugeSite>> read(const store::TwinStore &twin);
};

} // namespace ct::sensors
