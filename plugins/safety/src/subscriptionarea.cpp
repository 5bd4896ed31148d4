// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/subscriptionarea.h"

#include "ct/safety/geometryutil.h"

#include <cmath>

namespace ct::safety {

bool SubscriptionArea::contains(geo::Point p) const
{
    if (kind == Kind::Radius)
        return std::hypot(p.x - centre.x, p.y - centre.y) <= radiusMetres;
    return geometryContains(polygon, p);
}

QString areaKindKey(SubscriptionArea::Kind kind)
{
    switch (kind) {
    case SubscriptionArea::Kind::SchoolDistrict: return QStringLiteral("school-district");
    case SubscriptionArea::Kind::Neighbourhood: return QStringLiteral("neighbourhood");
    case SubscriptionArea::Kind::Polygon: return QStringLiteral("polygon");
    case SubscriptionArea::Kind::Radius: return QStringLiteral("radius");
    }
    return QStringLiteral("polygon");
}

bool areaKindFromKey(const QString &key, SubscriptionArea::Kind *kind)
{
    using K = SubscriptionArea::Kind;
    for (K k : {K::SchoolDistrict, K::Neighbourhood, K::Polygon, K::Radius}) {
        if (key.trimmed() == areaKindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace ct::safety
