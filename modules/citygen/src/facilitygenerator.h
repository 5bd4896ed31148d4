// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

#include <optional>

namespace ct::citygen {

/// \brief Public facilities on whole blocks: elementary and junior-high schools, community
/// centres, parks and public halls (≈ 125 × scale shelters in all), hospitals, the city hall, ponds,
/// police boxes and the hydrogen station. With real shelters, those replace the generated ones and
/// the schools layer is taken from the real school shelters.
class FacilityGenerator
{
public:
    /// `realShelters`: the real shelters (EPSG:6677) or nothing.
    static void run(CityPlan &plan, CityModel &model, const std::optional<std::vector<ShelterFeature>> &realShelters);

    static constexpr double kSheltersAtScaleOne = 125.0;
    static constexpr double kPopulationAtScaleOne = 256000.0;
};

} // namespace ct::citygen
