// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <vector>

namespace ct::damage {

/// \brief What kind of damage a report describes. The stored names ("road_blocked") are
/// stable; labels are translated (English source, Japanese catalogue).
enum class DamageCategory { Collapse, RoadBlocked, Flooding, Fire, Landslide, Outage };

/// Every category, in the order forms and reports list them.
const std::vector<DamageCategory> &allCategories();
/// Stored name: collapse, road_blocked, flooding, fire, landslide, outage.
QString categoryName(DamageCategory category);
/// Inverse of categoryName(); false for anything else (case and spaces matter).
bool categoryFromName(const QString &name, DamageCategory *category);
/// Translated label for the UI and the situation report (context "DamageCategory").
QString categoryLabel(DamageCategory category);
/// Whether a verified report of this category closes roads (road_blocked, flooding).
bool closesRoads(DamageCategory category);

} // namespace ct::damage
