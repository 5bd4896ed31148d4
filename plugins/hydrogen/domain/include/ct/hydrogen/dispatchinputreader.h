// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/hydrogen/fuelcellbus.h"
#include "ct/hydrogen/hydrogenstation.h"
#include "ct/hydrogen/shelterneed.h"

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::hydrogen {

/// \brief Reads what power dispatch needs from a twin: the buses (`fuel_cell_buses`, with the
/// live state of `hydrogen_bus_state` over it), the stations (`hydrogen_stations`) and the
/// shelters without grid power (the shelters plugin's view `shelter_power_need`).
class DispatchInputReader
{
public:
    /// Every bus; a value the layer's columns do not allow (an unknown state, a negative or
    /// over-full energy) is an error naming the layer, the fid and the field.
    static core::Result<std::vector<FuelCellBus>> buses(const store::TwinStore &twin);
    static core::Result<std::vector<HydrogenStation>> stations(const store::TwinStore &twin);

    /// Whether the twin has the view `shelter_power_need` (it comes with the shelters plugin's
    /// schema version 2).
    static bool hasPowerNeedView(const store::TwinStore &twin);
    /// The shelters whose `power` is 'none' or 'fuel_cell_bus' (no grid, no generator of their
    /// own), placed at their point in the `shelters` layer. NotFound, with a message saying
    /// so, when the view is missing.
    static core::Result<std::vector<ShelterNeed>> shelterNeeds(const store::TwinStore &twin);
};

} // namespace ct::hydrogen
