// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

namespace ct::fleets {

/// \brief How far one vehicle is off its trip's timetable at its last report.
struct AdherenceEntry
{
    QString vehicleId;
    QString label;
    QString feedId;
    QString tripId;
    QString routeId;
    QDateTime reportedAt;     //!< UTC
    int scheduled = -1;       //!< seconds after the service day's start due at the reported position
    int delaySeconds = 0;     //!< reported − scheduled; negative = early
    QString nextStopId;
    QString nextStopName;
    bool alongShape = false;  //!< measured along the trip's GTFS shape (else straight legs between stops)
    QString problem;          //!< why no delay could be worked out (then the numbers are meaningless)

    bool known() const { return problem.isEmpty(); }
};

} // namespace ct::fleets
