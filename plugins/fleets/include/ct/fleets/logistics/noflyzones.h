// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/logistics/noflyzone.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The `no_fly_zones` layer of a twin.
class NoFlyZones
{
public:
    /// Every zone (polygon and multipolygon parts each become a zone); a twin without the layer
    /// has none. Features without geometry are left out.
    static core::Result<std::vector<NoFlyZone>> read(const store::TwinStore &twin);
    /// The demo zones (inside the caller's transaction): a helipad circle of `helipadRadiusM`
    /// around every hospital and a crowd circle around the two bus stops served by the most
    /// routes. Returns how many zones were written.
    static core::Result<int> seedDemo(store::TwinStore &twin, double helipadRadiusM = 150.0, double crowdRadiusM = 120.0);
};

} // namespace ct::fleets
