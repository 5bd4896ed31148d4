// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

namespace ct::citygen {

/// \brief The two rivers, their water surfaces and embankments.
///
/// Laid out as in the real city: 小貝川 (Kokai) runs north–south near the western edge, 桜川
/// (Sakura) comes in from the north through the centre and leaves on the east side. Both are
/// placed relative to the outline, so they work for the real outline and at any scale.
class RiverGenerator
{
public:
    static void run(CityPlan &plan, CityModel &model);
};

} // namespace ct::citygen
