// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "cityplan.h"

namespace ct::citygen {

/// \brief The street network: a jittered grid of ≈ 105 m blocks with a hierarchy of lines (trunk
/// through the centre, primary every 16th line, secondary every 8th, tertiary every 4th), pruned
/// in the countryside, a few one-way streets and diagonals, bridges only where arterials cross a
/// river, dead-end service roads up to ≈ 50,000 × scale nodes, and then bridged into one
/// connected component.
class RoadNetworkGenerator
{
public:
    static void run(CityPlan &plan, CityModel &model);

    static constexpr double kNodesAtScaleOne = 50000.0;
    static constexpr double kBlockSize = 105.0;  //!< metres, mean grid spacing at scale 1
};

} // namespace ct::citygen
