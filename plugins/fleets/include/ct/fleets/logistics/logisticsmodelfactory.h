// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::fleets {

/// \brief Builds the "logistics" model (parcel delivery by robots and drones) of a run from the
/// scenario section `models.logistics` (every key optional, defaults shown):
///
///     "logistics": { "robots": 6, "drones": 4,           // default: the twin's fleet_vehicle rows
///                    "depots": [[x, y], …],               // default: where those vehicles are
///                    "orders_per_day": 300, "drone_share": 0.4, "profile": [24 weights],
///                    "robot_radius_m": 2000, "drone_radius_m": 6000, "seed": 7,
///                    "robot_speed_kmh": 4, "robot_range_km": 12, "robot_charge_time": "04:00",
///                    "robot_battery_kwh": 1.0, "drone_speed_kmh": 40, "drone_range_km": 16,
///                    "drone_charge_time": "01:00", "drone_battery_kwh": 0.5,
///                    "clearance_m": 10, "reserve": 0.2, "dwell": "00:02", "max_wait": "00:30",
///                    "initial_charge": "full" }                 // or "fleet": each vehicle's energy_level
///
/// Without `depots` each robot and drone of the twin (kinds delivery_robot, drone, with a
/// position) is a depot with its vehicle; a twin without them starts 6 robots and 4 drones at
/// its hospitals. With `depots` the vehicles of each kind are spread over the listed points in
/// turn. `drone_share` defaults to drones ÷ (robots + drones). Drones fly around the twin's
/// `no_fly_zones` with `clearance_m`. Vehicles start full, or with "fleet" (the default of a run
/// branched from the live state) with the fleet table's `energy_level` of the twin's vehicles.
/// Points are EPSG:6677 metres.
class LogisticsModelFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("logistics"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::fleets
