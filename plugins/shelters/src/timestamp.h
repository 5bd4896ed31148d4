// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace ct::shelters {

/// \brief The time source of the registry, the request book and the thread: the wall clock in
/// the console, a fixed or stepping clock in tests.
using Clock = std::function<QDateTime()>;

/// \brief Times in the shelters tables: UTC, ISO 8601 with milliseconds ("…T01:02:03.004Z").
class Timestamp
{
public:
    static QString format(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }
    //! Reads what format() writes quickly (lists of thousands of requests parse their times on
    //! every refresh); any other ISO 8601 form through Qt's parser.
    static QDateTime parse(const QString &text)
    {
        // "yyyy-MM-ddTHH:mm:ss.zzzZ": fixed positions.
        if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
            && text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')
            && text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
            bool ok = true;
            auto number = [&](int from, int length) {
                int value = 0;
                for (int i = from; i < from + length; ++i) {
                    const int digit = text.at(i).unicode() - '0';
                    ok = ok && digit >= 0 && digit <= 9;
                    value = value * 10 + digit;
                }
                return value;
            };
            const QDate date(number(0, 4), number(5, 2), number(8, 2));
            const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
            if (ok && date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        return at.isValid() ? at.toUTC() : at;
    }
    //! `clock` when set, else the wall clock; always UTC.
    static QDateTime now(const Clock &clock) { return (clock ? clock() : QDateTime::currentDateTimeUtc()).toUTC(); }
};

} // namespace ct::shelters
