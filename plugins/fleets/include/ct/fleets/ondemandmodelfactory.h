// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

namespace ct::fleets {

/// \brief Builds the "ondemand" model of a run from the scenario section `models.ondemand`
/// (every key optional, defaults shown):
///
///     "ondemand": { "vehicles": 20, "capacity": 8, "wheelchair_places": 1,
///                   "stops": "grid", "stop_spacing_m": 400,       // or "bus_stops", or [[x, y], …]
///                   "service_area": "city",                       // or "zones", or [[x, y], …]
///                   "walk_limit_m": 800, "requests_per_day": 2000,
///                   "hospital_share": 0.1, "station_share": 0.2, "arrive_by_share": 0.5,
///                   "wheelchair_share": 0.02, "max_wait": "00:15", "detour_factor": 1.5,
///                   "dwell": "00:00:30", "reoptimise": "00:10", "seed": 7,
///                   "stations": [[x, y], …], "profile": [24 weights] }
///
/// Points are EPSG:6677 metres. "zones" is the twin's on-demand zones (bus_routes of kind
/// on_demand_zone); stations default to the Tsukuba Express stations; the demand is drawn from
/// the run's seed (or `seed`) over the scenario's duration, its clock starting at the scenario's
/// `start` time of day (midnight without one).
class OnDemandModelFactory : public sim::ModelFactory
{
public:
    QString id() const override { return QStringLiteral("ondemand"); }
    QList<core::Error> validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const override;
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override;
};

} // namespace ct::fleets
