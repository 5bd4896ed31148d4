// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/simtime.h"

#include <QStringList>

#include <cmath>

namespace ct::sim {

SimTime fromSeconds(double seconds)
{
    return SimTime(std::llround(seconds * double(kSecond)));
}

std::optional<SimTime> parseDuration(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    qint64 values[3] = {0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part.isEmpty() || (i > 0 && part.size() != 2))
            return std::nullopt;
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
        values[i] = part.toLongLong();
    }
    if (values[1] > 59 || values[2] > 59)
        return std::nullopt;
    return values[0] * kHour + values[1] * kMinute + values[2] * kSecond;
}

QString formatDuration(SimTime t)
{
    const bool negative = t < 0;
    qint64 s = (negative ? -t : t) / kSecond;
    return QStringLiteral("%1%2:%3:%4")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ct::sim
