// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ct::fleets {

/// \brief One row of `fleet_vehicle` as the vehicle list and the map show it.
struct VehicleRecord
{
    QString id;
    QString kind;              //!< fleet_vehicle.kind, e.g. "drone"
    QString label;
    int capacity = 0;
    int wheelchairPlaces = 0;
    int occupancy = 0;
    QString state;
    std::optional<double> x;   //!< EPSG:6677
    std::optional<double> y;
    std::optional<double> headingDeg;
    QDateTime updatedAt;
    QString speedProfile;
    std::optional<double> cruiseKmh;
    std::optional<double> maxKmh;
    QString energyType;        //!< battery, fuel, hydrogen or empty
    std::optional<double> energyLevel; //!< 0..1
};

} // namespace ct::fleets
