// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/damagecategory.h"

#include <QCoreApplication>

namespace ct::damage {

namespace {

struct Entry
{
    DamageCategory category;
    const char *name;
    const char *label;
};

// Labels in English; the Japanese catalogue translates them (the comments give the usual terms
// of Japanese disaster reporting for the translator).
const Entry kEntries[] = {
    //: Japanese: 建物倒壊
    {DamageCategory::Collapse, "collapse", QT_TRANSLATE_NOOP("DamageCategory", "Building collapse")},
    //: Japanese: 道路閉塞
    {DamageCategory::RoadBlocked, "road_blocked", QT_TRANSLATE_NOOP("DamageCategory", "Road blocked")},
    //: Japanese: 浸水
    {DamageCategory::Flooding, "flooding", QT_TRANSLATE_NOOP("DamageCategory", "Flooding")},
    //: Japanese: 火災
    {DamageCategory::Fire, "fire", QT_TRANSLATE_NOOP("DamageCategory", "Fire")},
    //: Japanese: 土砂災害
    {DamageCategory::Landslide, "landslide", QT_TRANSLATE_NOOP("DamageCategory", "Landslide")},
    //: Japanese: 停電・ライフライン途絶
    {DamageCategory::Outage, "outage", QT_TRANSLATE_NOOP("DamageCategory", "Power or utility outage")},
};

} // namespace

const std::vector<DamageCategory> &allCategories()
{
    static const std::vector<DamageCategory> all{DamageCategory::Collapse, DamageCategory::RoadBlocked, DamageCategory::Flooding,
                                                 DamageCategory::Fire, DamageCategory::Landslide, DamageCategory::Outage};
    return all;
}

QString categoryName(DamageCategory category)
{
    return QString::fromLatin1(kEntries[std::size_t(category)].name);
}

bool categoryFromName(const QString &name, DamageCategory *category)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.name)) {
            *category = e.category;
            return true;
        }
    }
    return false;
}

QString categoryLabel(DamageCategory category)
{
    return QCoreApplication::translate("DamageCategory", kEntries[std::size_t(category)].label);
}

bool closesRoads(DamageCategory category)
{
    return category == DamageCategory::RoadBlocked || category == DamageCategory::Flooding;
}

} // namespace ct::damage
