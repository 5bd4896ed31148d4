// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace ct::shelters {

/// \brief The hazard suitability flags of the twin's shelters layer: a shelter is designated for
/// a hazard when its column of that name is true.
class Hazards
{
public:
    static constexpr std::array<const char *, 5> kKeys{"flood", "landslide", "earthquake", "fire", "inland_flood"};

    static QString title(const QString &key)
    {
        if (key == QLatin1String("flood"))
            return QCoreApplication::translate("Shelters", "flood");
        if (key == QLatin1String("landslide"))
            return QCoreApplication::translate("Shelters", "landslide");
        if (key == QLatin1String("earthquake"))
            return QCoreApplication::translate("Shelters", "earthquake");
        if (key == QLatin1String("fire"))
            return QCoreApplication::translate("Shelters", "large fire");
        if (key == QLatin1String("inland_flood"))
            return QCoreApplication::translate("Shelters", "inland flooding");
        return key;
    }
};

} // namespace ct::shelters
