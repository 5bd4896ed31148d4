// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

namespace ct::fleets {

/// \brief One stop of a timetabled trip as schedule adherence uses it: where it is (EPSG:6677) and
/// when the trip is due there (seconds after the service day's start; -1 when the timetable leaves
/// the time out, to be interpolated).
struct TripStop
{
    QString stopId;
    QString name;
    geo::Point position;
    int arrival = -1;
    int departure = -1;
    double shapeDistance = -1.0;   //!< stop_times.shape_dist_traveled (the feed's unit), -1 when absent
};

} // namespace ct::fleets
