// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

namespace ct::citygen {

/// \brief Community bus routes (fastest paths on the road graph from the つくばセンター hub out
/// to the districts), their stops every ≈ 400 m, on-demand taxi zones, and the fuel-cell buses.
class TransitGenerator
{
public:
    static void run(CityPlan &plan, CityModel &model);
};

} // namespace ct::citygen
