// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>

#include <array>
#include <vector>

namespace ct::safety {

/// \brief Alerts by weekday and hour of the day (Japan Standard Time): the time-of-day × weekday
/// chart. An alert with a time range counts at its start.
class TimeProfile
{
public:
    void add(const QDateTime &at);
    //! weekday 0 = Monday … 6 = Sunday; hour 0–23
    int count(int weekday, int hour) const { return m_counts[std::size_t(weekday)][std::size_t(hour)]; }
    int hourTotal(int hour) const;
    int weekdayTotal(int weekday) const;
    int total() const { return m_total; }
    int maximum() const;

private:
    std::array<std::array<int, 24>, 7> m_counts{};
    int m_total = 0;
};

} // namespace ct::safety
