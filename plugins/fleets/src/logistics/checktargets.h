// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QVariantList>

namespace ct::store {
class TwinStore;
}

namespace ct::fleets::detail {

/// \brief What the Live page's drone flight and robot delivery checks offer to choose from: the
/// fleet's vehicles of one kind that have a position, and the twin's named places (hospitals,
/// shelters, bus stops, in that order; a layer the twin lacks is left out) at their first point.
struct CheckTargets
{
    QStringList vehicles;     //!< vehicle ids, in id order
    QStringList placeNames;
    QVariantList placePoints; //!< QPointF (EPSG:6677), parallel to placeNames

    //! The vehicles of `kind` (fleet_vehicle.kind) and the places of `twin`.
    static CheckTargets read(store::TwinStore &twin, const QString &kind);
};

} // namespace ct::fleets::detail
