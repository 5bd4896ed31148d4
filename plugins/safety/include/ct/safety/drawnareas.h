// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/safety/subscriptionarea.h"

#include <QString>

namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief Subscription areas drawn on the map one at a time (a polygon or a radius around a
/// point), and deleting an area: each one TwinStore::perform() of "safety.areas.write"
/// (police liaison, planners, HQ, administrators; migration v5), audited with the shape in
/// WGS84 (converted by PROJ) — areas carry no personal data.
///
/// What is refused, with a message naming the field: no name; subscribers below 0 or above
/// ten million; a polygon with fewer than three corners, crossing itself (GEOS through OGR) or
/// with a corner outside the city's boundary; a radius below 10 m or above 10 km, or a centre
/// outside the city. A twin without a boundary cannot tell inside from outside: refused too.
class DrawnAreas
{
public:
    static QString writeAction() { return QStringLiteral("safety.areas.write"); }
    static constexpr double kMinimumRadiusMetres = 10.0;
    static constexpr double kMaximumRadiusMetres = 10000.0;
    static constexpr qint64 kMaximumSubscribers = 10'000'000;

    /// Checks `area` (kind Polygon with `polygon` in EPSG:6677, or Radius with centre and radius).
    static core::Status check(const store::TwinStore &twin, const SubscriptionArea &area);
    /// Stores `area` under a new id ("drawn-<n>", when areaId is empty) or replaces the area with
    /// its id; returns the id.
    static core::Result<QString> add(store::TwinStore &twin, const core::Actor &actor, SubscriptionArea area);
    /// Deletes the area `areaId` (any kind, imported ones too); NotFound when there is none.
    static core::Status remove(store::TwinStore &twin, const core::Actor &actor, const QString &areaId);
};

} // namespace ct::safety
