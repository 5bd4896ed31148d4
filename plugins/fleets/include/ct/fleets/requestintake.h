// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/fleets/newriderequest.h"
#include "ct/fleets/servicearea.h"

namespace ct::store {
class TwinStore;
}

namespace ct::fleets {

class TravelTimeEstimator;

/// \brief Enters an on-demand ride into `fleet_request` (action `fleets.request.create`, audited),
/// after checking it: passengers and a wheelchair place the fleet can carry at all, a pick-up
/// inside the service area (the twin's on-demand zones; anywhere when it has none), distinct
/// pick-up and drop-off, a window that ends after it starts and in the future, and a latest
/// arrival the direct ride can still meet. Each refusal names the field; nothing is written.
class RequestIntake
{
public:
    /// The twin's on-demand zones (`bus_routes` of kind on_demand_zone, closed lines).
    static core::Result<ServiceArea> serviceArea(const store::TwinStore &twin);
    static core::Result<qint64> submit(store::TwinStore &twin, const core::Actor &actor, const NewRideRequest &request,
                                       const TravelTimeEstimator &times, const QDateTime &now);
};

} // namespace ct::fleets
