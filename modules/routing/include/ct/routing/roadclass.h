// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::routing {

/// \brief The twin's `road_class` values (the generator writes these; imported OSM roads are
/// mapped to them by dataio). Unknown text becomes Other.
enum class RoadClass { Trunk, Primary, Secondary, Tertiary, Residential, Service, Other };

/// Parses `road_class` text ("trunk", "primary", …; case-insensitive); Other when unknown.
RoadClass roadClassFromName(const QString &name);
QString roadClassName(RoadClass roadClass);

/// \brief Saturation flow of one lane in vehicles per hour, used for an edge's capacity.
///
/// Planning values after the Japanese road structure ordinance's basic lane capacities, reduced
/// for intersections: trunk 1,800; primary 1,600; secondary 1,400; tertiary 1,200;
/// residential 900; service and other 600 veh/h per lane.
double laneCapacityVehPerHour(RoadClass roadClass);

} // namespace ct::routing
