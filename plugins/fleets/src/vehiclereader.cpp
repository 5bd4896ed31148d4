// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/vehiclereader.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <algorithm>

namespace ct::fleets {

using store::SqlStatement;

namespace {
std::optional<double> optionalReal(const SqlStatement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}
} // namespace

core::Result<std::vector<VehicleRecord>> VehicleReader::vehicles(const store::TwinStore &twin)
{
    SqlStatement s(twin.handle(), "SELECT vehicle_id, kind, coalesce(label, ''), capacity, wheelchair_places, occupancy, coalesce(state, ''), "
                                  "x, y, heading_deg, updated_at, coalesce(speed_profile, ''), cruise_speed_kmh, max_speed_kmh, "
                                  "coalesce(energy_type, ''), energy_level FROM fleet_vehicle ORDER BY kind, vehicle_id");
    if (!s.isValid())
        return s.failure(QStringLiteral("fleet_vehicle"));
    std::vector<VehicleRecord> list;
    while (s.next()) {
        VehicleRecord v;
        v.id = s.text(0);
        v.kind = s.text(1);
        v.label = s.text(2);
        v.capacity = int(s.int64(3));
        v.wheelchairPlaces = int(s.int64(4));
        v.occupancy = int(s.int64(5));
        v.state = s.text(6);
        v.x = optionalReal(s, 7);
        v.y = optionalReal(s, 8);
        v.headingDeg = optionalReal(s, 9);
        v.updatedAt = s.dateTime(10);
        v.speedProfile = s.text(11);
        v.cruiseKmh = optionalReal(s, 12);
        v.maxKmh = optionalReal(s, 13);
        v.energyType = s.text(14);
        v.energyLevel = optionalReal(s, 15);
        list.push_back(std::move(v));
    }
    return list;
}

core::Result<std::vector<TrackPoint>> VehicleReader::track(const store::TwinStore &twin, const QString &vehicleId, int limit)
{
    SqlStatement s(twin.handle(), "SELECT at, x, y, coalesce(heading_deg, 0) FROM fleet_position_history WHERE vehicle_id = ? "
                                  "ORDER BY at DESC LIMIT ?");
    if (!s.isValid())
        return s.failure(QStringLiteral("fleet_position_history"));
    s.bind(1, vehicleId);
    s.bind(2, limit);
    std::vector<TrackPoint> points;
    while (s.next())
        points.push_back({s.dateTime(0), s.real(1), s.real(2), s.real(3)});
    std::reverse(points.begin(), points.end());
    return points;
}

} // namespace ct::fleets
