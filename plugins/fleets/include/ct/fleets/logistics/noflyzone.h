// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/point.h"

#include <QString>

#include <vector>

namespace ct::fleets {

/// \brief An area drones may not fly over (a feature of the `no_fly_zones` layer): a hospital's
/// helipad approach, a crowd, … Rings in EPSG:6677 metres; the first is the outline, the others
/// holes. The closing point may be repeated or not.
struct NoFlyZone
{
    QString id;
    QString name;
    QString kind;  //!< helipad | crowd | other
    std::vector<std::vector<geo::Point>> rings;
};

} // namespace ct::fleets
