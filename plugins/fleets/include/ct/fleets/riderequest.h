// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QDateTime>
#include <QString>

namespace ct::fleets {

/// \brief One row of `fleet_request`: an on-demand ride as the dispatcher's panel shows it.
struct RideRequest
{
    qint64 id = 0;
    QString pickupName;
    geo::Point pickup;       //!< EPSG:6677
    QString dropoffName;
    geo::Point dropoff;
    QDateTime earliestPickup;
    QDateTime latestArrival;
    int passengers = 1;
    bool wheelchair = false;
    QString status;          //!< open, assigned, picked_up, completed, rejected, cancelled
    QString vehicleId;       //!< assigned vehicle, empty when open or rejected
    QDateTime pickupEta;
    QDateTime dropoffEta;
    double directSeconds = 0.0;
    double detourSeconds = 0.0;
    QString decision;        //!< accepted, overridden, rejected
    QString reason;
};

} // namespace ct::fleets
