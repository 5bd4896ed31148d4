// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/mode.h"
#include "ct/routing/roadclass.h"

namespace ct::routing {

QString modeName(Mode mode)
{
    return mode == Mode::Walk ? QStringLiteral("walk") : QStringLiteral("car");
}

bool modeFromName(const QString &name, Mode *mode)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("car"))
        *mode = Mode::Car;
    else if (lower == QLatin1String("walk"))
        *mode = Mode::Walk;
    else
        return false;
    return true;
}

namespace {
struct ClassEntry
{
    RoadClass roadClass;
    const char *name;
    double laneCapacity; // veh/h per lane
};
constexpr ClassEntry kClasses[] = {
    {RoadClass::Trunk, "trunk", 1800.0},         {RoadClass::Primary, "primary", 1600.0},
    {RoadClass::Secondary, "secondary", 1400.0}, {RoadClass::Tertiary, "tertiary", 1200.0},
    {RoadClass::Residential, "residential", 900.0}, {RoadClass::Service, "service", 600.0},
    {RoadClass::Other, "other", 600.0},
};
} // namespace

RoadClass roadClassFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const auto &entry : kClasses)
        if (lower == QLatin1String(entry.name))
            return entry.roadClass;
    return RoadClass::Other;
}

QString roadClassName(RoadClass roadClass)
{
    for (const auto &entry : kClasses)
        if (entry.roadClass == roadClass)
            return QString::fromLatin1(entry.name);
    return QStringLiteral("other");
}

double laneCapacityVehPerHour(RoadClass roadClass)
{
    for (const auto &entry : kClasses)
        if (entry.roadClass == roadClass)
            return entry.laneCapacity;
    return 600.0;
}

} // namespace ct::routing
