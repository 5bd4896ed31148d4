// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/trackpoint.h"
#include "ct/fleets/vehiclerecord.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief Reads the vehicle table and a vehicle's recent track (read-only).
class VehicleReader
{
public:
    //! Every vehicle, by kind then id.
    static core::Result<std::vector<VehicleRecord>> vehicles(const store::TwinStore &twin);
    //! The vehicle's recorded positions, oldest first, at most `limit` of the newest.
    static core::Result<std::vector<TrackPoint>> track(const store::TwinStore &twin, const QString &vehicleId, int limit = 200);
};

} // namespace ct::fleets
