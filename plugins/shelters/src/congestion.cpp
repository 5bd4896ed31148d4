// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "congestion.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ct::shelters {

Congestion Congestion::of(int occupancy, int capacity)
{
    Congestion c;
    const qint64 people = std::max(0, occupancy);
    if (capacity <= 0) {
        c.m_level = people > 0 ? Level::Critical : Level::Low;
        c.m_ratio = people > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        c.m_overCapacity = people > 0;
        return c;
    }
    const qint64 room = capacity;
    const qint64 percent = people * 100;
    if (percent >= room * 80)
        c.m_level = Level::Critical;
    else if (percent >= room * 60)
        c.m_level = Level::High;
    else if (percent >= room * 30)
        c.m_level = Level::Moderate;
    else
        c.m_level = Level::Low;
    c.m_ratio = double(people) / double(room);
    c.m_overCapacity = people > room;
    return c;
}

QString Congestion::name(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("low");
    case Level::Moderate:
        return QStringLiteral("moderate");
    case Level::High:
        return QStringLiteral("high");
    case Level::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString Congestion::title(Level level)
{
    switch (level) {
    case Level::Low:
        return QCoreApplication::translate("Shelters", "low (under 30 %)");
    case Level::Moderate:
        return QCoreApplication::translate("Shelters", "moderate (30–60 %)");
    case Level::High:
        return QCoreApplication::translate("Shelters", "high (60–80 %)");
    case Level::Critical:
        return QCoreApplication::translate("Shelters", "critical (80 % and more)");
    }
    return {};
}

QString Congestion::color(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("#2e9e44");
    case Level::Moderate:
        return QStringLiteral("#e3c200");
    case Level::High:
        return QStringLiteral("#f07f1a");
    case Level::Critical:
        return QStringLiteral("#d62728");
    }
    return {};
}

} // namespace ct::shelters
