// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/gtfstime.h"

#include <QStringList>

namespace ct::fleets {

int GtfsTime::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0].isEmpty() || parts[0].size() > 3 || parts[1].size() != 2 || parts[2].size() != 2)
        return -1;
    int values[3];
    for (int i = 0; i < 3; ++i) {
        for (QChar c : parts[i])
            if (!c.isDigit() || c.unicode() > 127)
                return -1;
        values[i] = parts[i].toInt();
    }
    if (values[1] > 59 || values[2] > 59)
        return -1;
    return values[0] * 3600 + values[1] * 60 + values[2];
}

QString GtfsTime::format(int seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace ct::fleets
