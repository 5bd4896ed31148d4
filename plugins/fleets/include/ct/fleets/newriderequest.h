// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QDateTime>
#include <QString>

namespace ct::fleets {

/// \brief A ride a dispatcher enters for a caller (RequestIntake checks it before it is stored).
struct NewRideRequest
{
    QString pickupName;
    geo::Point pickup;        //!< EPSG:6677
    QString dropoffName;
    geo::Point dropoff;
    QDateTime earliestPickup;
    QDateTime latestArrival;
    int passengers = 1;
    bool wheelchair = false;
};

} // namespace ct::fleets
