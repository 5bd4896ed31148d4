// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::assets {

//! Saving a maintenance plan (planner, administrator).
inline QString planAction() { return QStringLiteral("assets.plan"); }
//! Importing an inventory file (planner, administrator).
inline QString importAction() { return QStringLiteral("assets.import"); }

} // namespace ct::assets
