// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

namespace ct::citygen {

/// \brief The city outline: an irregular, north–south elongated shape of scale × 283.72 km²
/// around Tsukuba's centre (its extent is 35.95–36.23 N, 140.01–140.17 E), or the real outline.
class BoundaryGenerator
{
public:
    /// Generates the outline, or uses `realPolygons` (EPSG:6677) when given; sets up the plan's
    /// boundary index and gazetteer.
    static void run(CityPlan &plan, CityModel &model, const std::vector<std::vector<Ring>> *realPolygons);

    static constexpr double kTsukubaAreaKm2 = 283.72;
};

} // namespace ct::citygen
