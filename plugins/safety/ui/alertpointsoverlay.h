// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/overlaysource.h"

namespace ct::safety {

/// \brief The main map's layer of safety alerts for the signed-in operator: one symbol per alert
/// of the recency window that AlertReader lets the operator see (exact places for police liaison,
/// 100 m cell centres for HQ and planners, nothing for dispatchers), opaque when new and fading
/// with age, near-repeats larger and in another colour.
class AlertPointsOverlay : public plugin::OverlaySource
{
public:
    static constexpr const char *kId = "safety_alert_overlay";
    static QColor alertColor() { return QColor(0xc0, 0x1c, 0x28); }
    static QColor nearRepeatColor() { return QColor(0x6a, 0x1b, 0x9a); }
    static constexpr float kSymbolPixels = 11.0f;
    static constexpr float kNearRepeatPixels = 16.0f;

    plugin::LayerDescriptor descriptor() const override;
    core::Result<plugin::Overlay> read(const store::TwinStore &twin, const core::Actor &actor,
                                       const QVariantMap &settings) const override;
};

} // namespace ct::safety
