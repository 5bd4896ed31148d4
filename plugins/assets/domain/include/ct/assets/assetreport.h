// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/reportsection.h"

#include <QLocale>

namespace ct::store {
class TwinStore;
}

namespace ct::assets {

/// \brief The assets section of the situation report: the inventory by type and grade, and the
/// latest saved maintenance plan. Only reads the twin.
class AssetReport
{
public:
    static plugin::ReportSection section(const store::TwinStore &twin, const QLocale &locale);
};

} // namespace ct::assets
