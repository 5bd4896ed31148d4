// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/intervention.h"

#include <QCoreApplication>

namespace ct::assets {

QString interventionCode(Intervention intervention)
{
    switch (intervention) {
    case Intervention::None: return QStringLiteral("none");
    case Intervention::Preventive: return QStringLiteral("preventive");
    case Intervention::Repair: return QStringLiteral("repair");
    case Intervention::Renewal: return QStringLiteral("renewal");
    case Intervention::Replacement: return QStringLiteral("replacement");
    }
    return {};
}

bool parseIntervention(const QString &code, Intervention *intervention)
{
    for (Intervention i : {Intervention::None, Intervention::Preventive, Intervention::Repair, Intervention::Renewal,
                           Intervention::Replacement}) {
        if (code == interventionCode(i)) {
            *intervention = i;
            return true;
        }
    }
    return false;
}

QString interventionLabel(Intervention intervention)
{
    switch (intervention) {
    case Intervention::None: return QCoreApplication::translate("Intervention", "None");
    case Intervention::Preventive: return QCoreApplication::translate("Intervention", "Preventive repair");
    case Intervention::Repair: return QCoreApplication::translate("Intervention", "Repair");
    case Intervention::Renewal: return QCoreApplication::translate("Intervention", "Renewal");
    case Intervention::Replacement: return QCoreApplication::translate("Intervention", "Urgent replacement");
    }
    return {};
}

} // namespace ct::assets
