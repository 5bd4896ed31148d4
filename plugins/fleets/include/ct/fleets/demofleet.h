// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

/// \brief The demo city's fleet: vehicles of every kind placed on the generated city's bus routes
/// and on-demand zones, and a handful of open on-demand requests, so a freshly generated twin
/// shows a fleet on the map and work in the dispatcher's panel.
///
/// Only twins made by the city generator (metadata `generator.seed`) with an empty
/// `fleet_vehicle` are seeded; the same seed gives the same fleet. Runs from the fleets schema's
/// step 3 (inside its transaction), so every generated twin gets it once, whether the schema is
/// applied by `citytwin-cli generate` or when the console first opens an older twin.
class DemoFleet
{
public:
    struct Outcome
    {
        int vehicles = 0;
        int requests = 0;
    };
    //! Seeds when the twin is a generated one and has no vehicles; otherwise does nothing.
    static core::Status seedIfGenerated(store::TwinStore &twin);
    //! Seeds unconditionally (the twin needs the `bus_routes` layer); `seed` picks the positions.
    static core::Result<Outcome> seed(store::TwinStore &twin, quint64 seed);
};

} // namespace ct::fleets
