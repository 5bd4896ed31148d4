// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/overlaysource.h"
#include "ct/safety/densitygrid.h"

namespace ct::safety {

/// \brief The main map's hotspot surface for the signed-in operator: the kernel density of the
/// alerts of the recency window that operator may see (read through AlertReader, so HQ and
/// planners get the surface of generalised places and dispatchers none), as an image over the
/// grid's extent, transparent below the hotspot threshold and yellow → red above it.
class HotspotOverlay : public plugin::OverlaySource
{
public:
    static constexpr const char *kId = "safety_hotspot_overlay";
    /// Alpha of the hotspot cells: the map stays readable under them.
    static constexpr int kAlpha = 200;

    plugin::LayerDescriptor descriptor() const override;
    core::Result<plugin::Overlay> read(const store::TwinStore &twin, const core::Actor &actor,
                                       const QVariantMap &settings) const override;

    /// The image of `grid`: one pixel per cell, the first row the northern one; transparent
    /// below `threshold`, the YlOrRd ramp from `threshold` to the grid's maximum above.
    static QImage image(const DensityGrid &grid, double threshold);
    /// Colour of a density at or above the threshold (opaque; the image applies kAlpha).
    static QColor rampColor(double value, double threshold, double maximum);
};

} // namespace ct::safety
