// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

namespace ct::hydrogen {

/// \brief A hydrogen filling station buses refuel at (`hydrogen_stations`).
struct HydrogenStation
{
    qint64 fid = 0;
    QString name;
    geo::Point position;  //!< EPSG:6677 metres
};

} // namespace ct::hydrogen
