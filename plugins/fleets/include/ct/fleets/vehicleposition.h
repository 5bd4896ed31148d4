// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <optional>

namespace ct::fleets {

/// \brief One vehicle's reported position (a GTFS-Realtime VehiclePosition, in WGS 84).
struct VehiclePosition
{
    enum class Status { IncomingAt, StoppedAt, InTransitTo };

    QString vehicleId;      //!< VehicleDescriptor.id, or the entity id when the feed gives none
    QString label;
    QString tripId;
    QString routeId;
    double latitude = 0.0;
    double longitude = 0.0;
    std::optional<double> bearing;  //!< degrees clockwise from north
    std::optional<double> speed;    //!< m/s
    QString stopId;
    Status status = Status::InTransitTo;
    qint64 timestamp = 0;           //!< POSIX seconds; 0 = not given

    friend bool operator==(const VehiclePosition &, const VehiclePosition &) = default;
};

} // namespace ct::fleets
