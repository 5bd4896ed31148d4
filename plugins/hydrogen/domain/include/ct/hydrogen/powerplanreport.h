// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/reportsection.h"

#include <vector>

namespace ct::hydrogen {

/// \brief The hydrogen plugin's part of the situation report: the power dispatch plan in force
/// at the report's time (the newest plan accepted by then: who accepted it, its covered
/// person-hours beside the simple greedy rule's, its orders with their state) and the fuel-cell
/// fleet (state, energy). Reads only.
class PowerPlanReport
{
public:
    static std::vector<plugin::ReportSection> sections(const plugin::ReportContext &context);
};

} // namespace ct::hydrogen
