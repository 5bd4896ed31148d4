// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"
#include "ct/safety/alertplace.h"
#include "ct/safety/category.h"
#include "ct/safety/personaldata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ct::safety {

/// \brief An alert that passed AlertValidator: UTC times, a resolved position inside the city and
/// a known category — what the store writes.
struct ValidatedAlert
{
    QDateTime occurredFrom;       //!< UTC
    QDateTime occurredTo;         //!< UTC or invalid
    geo::Point location;          //!< EPSG:6677
    AlertPlace::Kind placeKind = AlertPlace::Kind::MapPoint;
    QString address;
    std::optional<qint64> schoolFid;
    Category category = Category::Other;
    QString description;
    QString suspectDescription;
    QString sourceOrganisation;
    PersonalData personal;
};

} // namespace ct::safety
