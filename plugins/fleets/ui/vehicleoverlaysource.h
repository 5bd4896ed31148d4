// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/vehiclekind.h"
#include "ct/pluginapi/overlaysource.h"

namespace ct::fleets {

/// \brief The live vehicles of one kind on the main map: a symbol per vehicle at its last
/// reported position (`fleet_vehicle`), turned to its heading, in the kind's shape and colour
/// (one overlay per kind, so each kind has its own entry, symbol and switch in the layer panel).
/// Re-read by the console every few seconds, so GTFS-Realtime imports and simulation updates move
/// the symbols. Low energy (below 20 %) is drawn darker.
///
/// When the fleets panel shows a recorded simulation run instead (view settings `vehicleRunId`,
/// and `vehicleRunSeconds`: the timeline's time in that run, the run's end when absent), the
/// symbols are that run's vehicles at that time (RecordedVehicleReader), the live table unread.
class VehicleOverlaySource : public plugin::OverlaySource
{
public:
    explicit VehicleOverlaySource(VehicleKind kind);
    plugin::LayerDescriptor descriptor() const override;
    core::Result<plugin::Overlay> read(const store::TwinStore &twin, const core::Actor &actor,
                                       const QVariantMap &settings) const override;
    //! The overlay id of a kind, e.g. "fleet_vehicles_drone".
    static QString overlayName(VehicleKind kind);

private:
    VehicleKind m_kind;
};

} // namespace ct::fleets
