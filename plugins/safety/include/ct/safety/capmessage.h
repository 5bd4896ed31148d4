// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/safety/category.h"
#include "ct/safety/notice.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ct::safety {

/// \brief One CAP 1.2 area: a description with polygons and/or a circle, in WGS84.
struct CapArea
{
    struct Circle
    {
        geo::Point centre;        //!< longitude, latitude (degrees)
        double radiusKm = 0.0;
    };
    QString description;          //!< areaDesc, e.g. "竹園1丁目 / Takezono 1-chome"
    std::vector<std::vector<geo::Point>> polygons;  //!< closed rings, longitude/latitude
    std::optional<Circle> circle;
};

/// \brief What CapWriter writes: one alert becomes one CAP message with an `info` block per
/// language (ja-JP, en-US) sharing the same areas.
struct CapMessage
{
    enum class Type { Alert, Cancel };

    QString identifier;           //!< unique per sender; no spaces, commas or < &
    QString sender;               //!< e.g. "safety@city.tsukuba.example"
    QString senderName;
    QDateTime sent;               //!< written with its offset (JST)
    Type type = Type::Alert;
    QString references;           //!< Cancel: "sender,identifier,sent" of the original
    Category category = Category::Other;
    QDateTime expires;
    Notice notice;
    std::vector<CapArea> areas;
};

} // namespace ct::safety
