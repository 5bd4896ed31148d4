// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/pluginapi/layerdescriptor.h"
#include "ct/pluginapi/overlay.h"

#include <QVariantMap>

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

/// \brief A layer of the main map that a plugin computes for the operator signed in, instead of
/// reading it from a twin table: e.g. the safety alerts that operator may see, fading with age,
/// and their kernel-density hotspot surface.
///
/// A plugin declares the "overlays" capability and returns its sources from
/// DomainPlugin::overlaySources(). The console reads each source on the GUI thread when a twin
/// opens, when the operator signs in or out, when the plugin's view settings change (see
/// TwinAccess::setViewSettings()) and every few seconds while a twin is open; read() must only
/// read the store and should take milliseconds. Whatever depends on the operator stays in the
/// returned Overlay: nothing per-operator is written into the twin's shared tables.
class OverlaySource
{
public:
    virtual ~OverlaySource() = default;
    /// How the layer panel lists it and the symbols look: `table` is the overlay's id (not a
    /// twin table), `kind` Points for symbols (a raster overlay uses Areas for its legend icon),
    /// `owner` the plugin id whose view settings read() receives.
    virtual LayerDescriptor descriptor() const = 0;
    /// What `actor` may see now. `settings` are the plugin's view settings of this session
    /// (TwinAccess::viewSettings(owner)), empty for the defaults. An error is shown as the
    /// layer's note and the overlay is drawn empty.
    virtual core::Result<Overlay> read(const store::TwinStore &twin, const core::Actor &actor,
                                       const QVariantMap &settings) const = 0;
};

} // namespace ct::plugin
