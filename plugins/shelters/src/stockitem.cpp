// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "stockitem.h"

#include <QCoreApplication>

namespace ct::shelters {

QString StockItem::title() const
{
    static const struct
    {
        const char *key;
        const char *title;
    } kTitles[] = {
        {"water", QT_TRANSLATE_NOOP("Shelters", "drinking water")},
        {"food", QT_TRANSLATE_NOOP("Shelters", "food")},
        {"blankets", QT_TRANSLATE_NOOP("Shelters", "blankets")},
        {"medical_kits", QT_TRANSLATE_NOOP("Shelters", "medical kits")},
        {"diapers", QT_TRANSLATE_NOOP("Shelters", "diapers")},
        {"toilet_bags", QT_TRANSLATE_NOOP("Shelters", "emergency toilet bags")},
        {"baby_formula", QT_TRANSLATE_NOOP("Shelters", "baby formula")},
    };
    for (const auto &t : kTitles) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate("Shelters", t.title);
    }
    return key;
}

QString StockItem::unitTitle() const
{
    static const struct
    {
        const char *unit;
        const char *title;
    } kUnits[] = {
        {"L", QT_TRANSLATE_NOOP("Shelters", "L")},
        {"meals", QT_TRANSLATE_NOOP("Shelters", "meals")},
        {"pieces", QT_TRANSLATE_NOOP("Shelters", "pieces")},
        {"kits", QT_TRANSLATE_NOOP("Shelters", "kits")},
        {"bags", QT_TRANSLATE_NOOP("Shelters", "bags")},
        {"g", QT_TRANSLATE_NOOP("Shelters", "g")},
    };
    for (const auto &u : kUnits) {
        if (unit == QLatin1String(u.unit))
            return QCoreApplication::translate("Shelters", u.title);
    }
    return unit;
}

} // namespace ct::shelters
