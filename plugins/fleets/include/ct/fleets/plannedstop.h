// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QDateTime>
#include <QString>

namespace ct::fleets {

/// \brief One pending stop of an on-demand bus (a row of `fleet_stop` with its request), as the
/// dispatcher marks it arrived, done or a no-show.
struct PlannedStop
{
    QString vehicleId;
    int sequence = 0;        //!< `fleet_stop.seq`; the lowest one of a vehicle is its next stop
    qint64 requestId = 0;
    bool pickup = true;      //!< pick-up, else drop-off
    QString placeName;       //!< the request's pick-up or drop-off name (may be empty)
    geo::Point position;     //!< EPSG:6677
    int passengers = 1;
    QDateTime plannedAt;
    bool started = false;    //!< the vehicle has arrived (no longer re-planned)
    QDateTime startedAt;
    bool next = false;       //!< the vehicle's first stop not yet done
};

} // namespace ct::fleets
