// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

#include <optional>

namespace ct::citygen {

/// \brief Sensor sites (river gauges, weather, bridge strain, air quality, people flow, traffic
/// counters, energy meters) and the streetlights along the roads. Real gauges and weather
/// stations, when given, replace the generated ones.
class SensorGenerator
{
public:
    static void run(CityPlan &plan, CityModel &model, const std::optional<std::vector<SensorSiteFeature>> &realGauges,
                    const std::optional<std::vector<SensorSiteFeature>> &realWeather);
};

} // namespace ct::citygen
