// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

namespace ct::citygen {

/// \brief One district per elementary school: its Voronoi cell (nearest school) clipped to the
/// city outline with OGR/GEOS. Where the clipped cell falls apart (a concave outline), the part
/// holding the school is kept and the note says how much area was dropped.
class SchoolDistrictBuilder
{
public:
    static void run(const CityPlan &plan, CityModel &model);
};

} // namespace ct::citygen
