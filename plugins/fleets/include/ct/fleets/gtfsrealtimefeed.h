// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/fleets/vehicleposition.h"

#include <QByteArray>

#include <vector>

namespace ct::fleets {

/// \brief Reads and writes GTFS-Realtime FeedMessages (protobuf, official field numbers) holding
/// vehicle positions. Entities without a vehicle position, and deleted ones, are left out.
class GtfsRealtimeFeed
{
public:
    /// Decodes a FeedMessage; `where` names the source in errors (a file name).
    static core::Result<std::vector<VehiclePosition>> decode(const QByteArray &bytes, const QString &where);
    static core::Result<std::vector<VehiclePosition>> readFile(const QString &path);
    /// A FULL_DATASET FeedMessage (version 2.0) with one entity per position.
    static QByteArray encode(const std::vector<VehiclePosition> &positions, qint64 timestamp);
};

} // namespace ct::fleets
