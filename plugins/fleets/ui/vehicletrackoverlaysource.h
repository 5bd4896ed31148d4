// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/overlaysource.h"

namespace ct::fleets {

/// \brief The recent track of the vehicle selected in the fleets panel (view setting
/// "selectedVehicle" of plugin "fleets"): its recorded positions from `fleet_position_history`,
/// older ones fainter, the newest larger. While the panel shows a recorded run (view setting
/// "vehicleRunId"), the run's vehicle instead: its positions in the run's samples up to
/// "vehicleRunSeconds" (RecordedVehicleReader::track).
class VehicleTrackOverlaySource : public plugin::OverlaySource
{
public:
    plugin::LayerDescriptor descriptor() const override;
    core::Result<plugin::Overlay> read(const store::TwinStore &twin, const core::Actor &actor,
                                       const QVariantMap &settings) const override;
};

} // namespace ct::fleets
