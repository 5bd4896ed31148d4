// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/timeprofile.h"

#include <QTimeZone>

#include <algorithm>

namespace ct::safety {

void TimeProfile::add(const QDateTime &at)
{
    if (!at.isValid())
        return;
    const QDateTime jst = at.toTimeZone(QTimeZone(9 * 3600));
    ++m_counts[std::size_t(jst.date().dayOfWeek() - 1)][std::size_t(jst.time().hour())];
    ++m_total;
}

int TimeProfile::hourTotal(int hour) const
{
    int n = 0;
    for (const auto &day : m_counts)
        n += day[std::size_t(hour)];
    return n;
}

int TimeProfile::weekdayTotal(int weekday) const
{
    int n = 0;
    for (int c : m_counts[std::size_t(weekday)])
        n += c;
    return n;
}

int TimeProfile::maximum() const
{
    int m = 0;
    for (const auto &day : m_counts)
        m = std::max(m, *std::max_element(day.begin(), day.end()));
    return m;
}

} // namespace ct::safety
