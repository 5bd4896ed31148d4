// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"

#include <QString>

#include <optional>

namespace ct::safety {

/// \brief An area people subscribe to for safety notices, with how many subscribers it has.
///
/// Kept in the twin's `safety_areas` layer (EPSG:6677). Radius areas also keep a 72-gon for the
/// map, but match by their exact centre and radius.
struct SubscriptionArea
{
    enum class Kind { SchoolDistrict, Neighbourhood, Polygon, Radius };

    QString areaId;                    //!< stable id from the source ("district:3", "takezono-1", …)
    Kind kind = Kind::Polygon;
    QString name;                      //!< Japanese name
    QString nameEn;                    //!< English name (may be empty)
    qint64 subscribers = 0;
    geo::Geometry polygon;             //!< Polygon or MultiPolygon, EPSG:6677
    geo::Point centre;                 //!< Radius: the centre
    double radiusMetres = 0.0;         //!< Radius: the radius
    std::optional<qint64> districtFid; //!< SchoolDistrict: fid in `school_districts`

    bool contains(geo::Point p) const;
};

QString areaKindKey(SubscriptionArea::Kind kind);   //!< "school-district", "neighbourhood", "polygon", "radius"
bool areaKindFromKey(const QString &key, SubscriptionArea::Kind *kind);

} // namespace ct::safety
