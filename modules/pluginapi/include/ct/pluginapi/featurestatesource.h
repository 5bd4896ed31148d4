// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/sim/featurestate.h"

#include <QString>

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

/// \brief The live per-feature state of one of a domain's layers (shelters: occupancy and
/// congestion from the operational tables), so the map restyles that layer in live mode exactly
/// as a simulation or a replay restyles it from its snapshots.
///
/// A plugin declares the "states" capability and returns its sources from
/// DomainPlugin::featureStateSources(). The console reads each source on the GUI thread when the
/// twin opens and every few seconds while the timeline is live; read() must only read the store
/// and should take milliseconds (a few hundred rows). Use the attribute names and FeatureStyle of
/// the matching simulation state where there is one (shelters: "occupancy", "capacity", "load",
/// "status" with FeatureStyle::occupancy()), so the legend means the same in both modes.
class FeatureStateSource
{
public:
    virtual ~FeatureStateSource() = default;
    //! The twin table whose symbols it restyles, e.g. "shelters".
    virtual QString layer() const = 0;
    //! The state now; FeatureState::layer must be layer(). An error is logged and the layer
    //! keeps its plain style.
    virtual core::Result<sim::FeatureState> read(const store::TwinStore &twin) const = 0;
};

} // namespace ct::plugin
