// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

namespace ct::citygen {

/// \brief Ordinary buildings on the lots of the free blocks (≈ 100,000 × scale in all, named
/// facilities included), denser and taller towards the centres, and the population (≈ 256,000 ×
/// scale, exact) spread over the residential ones by floor area.
class BuildingGenerator
{
public:
    static void run(CityPlan &plan, CityModel &model);

    static constexpr double kBuildingsAtScaleOne = 100000.0;
};

} // namespace ct::citygen
