// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "stockitem.h"

#include <optional>

namespace ct::shelters {

/// \brief How long one stockpile lasts for the people in a shelter.
///
/// Consumables: days left = quantity / (daily use per person × occupancy); a shortage below one
/// day, low below three days (the national guidance asks for three days of stock), sufficient
/// otherwise. Nobody inside: no use, no days figure, sufficient. Durable items: needed =
/// ⌈per person × occupancy⌉; a shortage when the quantity is below that.
class StockLevel
{
public:
    enum class State { Sufficient = 0, Low = 1, Shortage = 2 };
    static constexpr double kShortageDays = 1.0;
    static constexpr double kLowDays = 3.0;

    static StockLevel assess(const StockItem &item, double quantity, int occupancy);

    State state() const { return m_state; }
    bool isShortage() const { return m_state == State::Shortage; }
    //! Days of supply left; empty for durable items and for an empty shelter.
    std::optional<double> daysLeft() const { return m_daysLeft; }
    //! Units used per day by the people inside (consumables).
    double dailyUse() const { return m_dailyUse; }
    //! Units needed for the people inside (durable items).
    double needed() const { return m_needed; }

    static QString name(State state);

private:
    State m_state = State::Sufficient;
    std::optional<double> m_daysLeft;
    double m_dailyUse = 0.0;
    double m_needed = 0.0;
};

} // namespace ct::shelters
