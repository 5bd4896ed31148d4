// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

#include <optional>

namespace ct::safety {

/// \brief Where an incident happened, as the operator gave it: a point picked on the map, an
/// address (a place name the twin's gazetteer knows), or a school.
struct AlertPlace
{
    enum class Kind { MapPoint, Address, School };

    Kind kind = Kind::MapPoint;
    std::optional<geo::Point> point;  //!< MapPoint: EPSG:6677 metres (also accepted with an address)
    QString address;                  //!< Address: "竹園1丁目", a school or police-box name, …
    std::optional<qint64> schoolFid;  //!< School: fid in the twin's `schools` layer

    static AlertPlace mapPoint(geo::Point p) { return {Kind::MapPoint, p, {}, {}}; }
    static AlertPlace atAddress(QString text) { return {Kind::Address, {}, std::move(text), {}}; }
    static AlertPlace atSchool(qint64 fid) { return {Kind::School, {}, {}, fid}; }
};

QString placeKindKey(AlertPlace::Kind kind);  //!< "map", "address", "school"
bool placeKindFromKey(const QString &key, AlertPlace::Kind *kind);

} // namespace ct::safety
