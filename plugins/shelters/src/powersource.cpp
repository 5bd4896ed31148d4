// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "powersource.h"

#include <QCoreApplication>

namespace ct::shelters {

QString PowerSources::name(PowerSource source)
{
    switch (source) {
    case PowerSource::Grid:
        return QStringLiteral("grid");
    case PowerSource::None:
        return QStringLiteral("none");
    case PowerSource::FuelCellBus:
        return QStringLiteral("fuel_cell_bus");
    case PowerSource::Generator:
        return QStringLiteral("generator");
    }
    return {};
}

std::optional<PowerSource> PowerSources::fromName(const QString &name)
{
    for (PowerSource s : kAll) {
        if (PowerSources::name(s) == name)
            return s;
    }
    return std::nullopt;
}

QString PowerSources::title(PowerSource source)
{
    switch (source) {
    case PowerSource::Grid:
        return QCoreApplication::translate("Shelters", "grid");
    case PowerSource::None:
        return QCoreApplication::translate("Shelters", "no power");
    case PowerSource::FuelCellBus:
        return QCoreApplication::translate("Shelters", "fuel-cell bus");
    case PowerSource::Generator:
        return QCoreApplication::translate("Shelters", "generator");
    }
    return {};
}

} // namespace ct::shelters
