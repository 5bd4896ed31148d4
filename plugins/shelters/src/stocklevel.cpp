// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "stocklevel.h"

#include <algorithm>
#include <cmath>

namespace ct::shelters {

StockLevel StockLevel::assess(const StockItem &item, double quantity, int occupancy)
{
    StockLevel level;
    const int people = std::max(0, occupancy);
    const double stock = std::max(0.0, quantity);
    if (item.isConsumable() && people > 0) {
        level.m_dailyUse = item.dailyPerPerson * people;
        const double days = stock / level.m_dailyUse;
        level.m_daysLeft = days;
        if (days < kShortageDays)
            level.m_state = State::Shortage;
        else if (days < kLowDays)
            level.m_state = State::Low;
    }
    if (item.perPerson > 0.0) {
        // A small tolerance keeps 0.01 × 300 = 3.0000000000000004 from needing 4 kits.
        level.m_needed = std::ceil(item.perPerson * people - 1e-9);
        if (stock < level.m_needed)
            level.m_state = State::Shortage;
    }
    return level;
}

QString StockLevel::name(State state)
{
    switch (state) {
    case State::Sufficient:
        return QStringLiteral("sufficient");
    case State::Low:
        return QStringLiteral("low");
    case State::Shortage:
        return QStringLiteral("shortage");
    }
    return {};
}

} // namespace ct::shelters
