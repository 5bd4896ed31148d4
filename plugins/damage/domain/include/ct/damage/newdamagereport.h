// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ct::damage {

/// \brief A report as a form or the command line gives it, before it is checked: text fields
/// stay text so that DamageRegistry::validate() can name the field that is wrong.
struct NewDamageReport
{
    geo::Point position;            //!< EPSG:6677 metres (DamageRegistry::fromLonLat() for WGS84)
    QString category;               //!< a stored category name, e.g. "road_blocked"
    int severity = 0;               //!< 1 … 5
    QString description;
    QString reporterKind = QStringLiteral("staff"); //!< staff, resident, other
    QString reporterName;
    QDateTime reportedAt;           //!< invalid: the moment of entry
    QByteArray photo;               //!< JPEG or PNG bytes; empty for none
};

} // namespace ct::damage
