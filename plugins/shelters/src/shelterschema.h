// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/migration.h"

namespace ct::shelters {

/// \brief The shelters plugin's tables, view and permission grants, step by step.
///
/// Version 1: `shelter_status` (status, occupancy, power per shelter fid).
/// Version 2: status history, head-count log, stockpiles and their item catalogue, medical-care
/// counts and their device loads, the power load model, HQ ↔ shelter messages and requests, the
/// view `shelter_power_need` (a contract read by the hydrogen plugin: do not rename its columns)
/// and the grants of the plugin's actions in `ct_permission`.
class ShelterSchema
{
public:
    static QString component() { return QStringLiteral("shelters"); }
    static store::MigrationList migrations();
};

} // namespace ct::shelters
