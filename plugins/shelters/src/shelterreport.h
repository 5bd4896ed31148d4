// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/reportsection.h"

#include <vector>

namespace ct::shelters {

/// \brief The shelters' part of the situation report: the totals, the table of operating
/// shelters (most urgent first) and the open requests, as of ReportContext::at.
///
/// Status, occupancy and requests are those at `at` (from their histories); stock, power and
/// medical counts are current values, and the report says so when they changed after `at`.
class ShelterReport
{
public:
    static std::vector<plugin::ReportSection> sections(const plugin::ReportContext &context);
};

} // namespace ct::shelters
