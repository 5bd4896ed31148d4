// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

namespace ct::fleets {

/// \brief One stop of a mobile supermarket's round (a row of `supermarket_stop`).
struct SupermarketStop
{
    int sequence = 0;
    QString name;
    geo::Point position;        //!< EPSG:6677
    int scheduledArrival = 0;   //!< seconds after midnight
    int dwellSeconds = 600;     //!< how long it stays to sell
};

} // namespace ct::fleets
