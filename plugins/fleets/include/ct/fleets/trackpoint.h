// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>

namespace ct::fleets {

/// \brief One recorded position of a vehicle (`fleet_position_history`), EPSG:6677.
struct TrackPoint
{
    QDateTime at;
    double x = 0.0;
    double y = 0.0;
    double headingDeg = 0.0;
};

} // namespace ct::fleets
