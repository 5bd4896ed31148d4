// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/overlaysource.h"

namespace ct::fleets {

/// \brief The last drone flight or robot way planned on the fleets panel's Live page (view
/// setting `plannedPath`, see PlannedPath) on the main map: a dotted line of small symbols along
/// the legs (about every kSpacingM metres, more widely on long ways), a larger symbol at every
/// waypoint and the largest at the start and the destination. Nothing is read from the twin.
class PlannedPathOverlaySource : public plugin::OverlaySource
{
public:
    plugin::LayerDescriptor descriptor() const override;
    core::Result<plugin::Overlay> read(const store::TwinStore &twin, const core::Actor &actor,
                                       const QVariantMap &settings) const override;

    static constexpr double kSpacingM = 20.0;
    static constexpr int kMaxDots = 1500;
    static constexpr const char *kOverlayName = "fleet_planned_path";
};

} // namespace ct::fleets
