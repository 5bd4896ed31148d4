// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "medicalneed.h"

#include <QCoreApplication>

namespace ct::shelters {

QString MedicalNeed::title() const
{
    static const struct
    {
        const char *key;
        const char *title;
    } kTitles[] = {
        {"dialysis", QT_TRANSLATE_NOOP("Shelters", "dialysis")},
        {"oxygen", QT_TRANSLATE_NOOP("Shelters", "home oxygen")},
        {"insulin", QT_TRANSLATE_NOOP("Shelters", "insulin")},
        {"ventilator", QT_TRANSLATE_NOOP("Shelters", "ventilator")},
        {"suction", QT_TRANSLATE_NOOP("Shelters", "suction")},
        {"tube_feeding", QT_TRANSLATE_NOOP("Shelters", "tube feeding")},
        {"other", QT_TRANSLATE_NOOP("Shelters", "other continued care")},
    };
    for (const auto &t : kTitles) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate("Shelters", t.title);
    }
    return key;
}

} // namespace ct::shelters
