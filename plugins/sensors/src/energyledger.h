// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "energyday.h"
#include "energyissue.h"
#include "energymeter.h"
#include "reading.h"

#include <QTimeZone>

#include <vector>

namespace ct::sensors {

/// \brief Daily consumption of a meter over a range of local days (the city's time zone,
/// Asia/Tokyo), from its readings, exactly where the readings allow it.
///
/// Every reading accounts for a span of time ending at its time stamp: an interval reading for
/// (t − interval, t], a counter reading, with the reading before it, for (t_prev, t] with the
/// difference of the two. A day is (00:00, 24:00], so a reading stamped 00:00 closes the day
/// before (the usual meter convention). A span inside one day adds its kWh to that day exactly;
/// a span across midnight (a counter gap over midnight, readings off the interval grid) is split
/// in proportion to time and the days are marked estimated. A counter that falls was reset or
/// replaced: the new reading is taken as the consumption since (the counter counted from 0), and
/// the reset is reported. Spans longer than 1.5 intervals, and time no reading accounts for, are
/// reported as gaps. Pure arithmetic, no store: tests drive it directly.
class EnergyLedger
{
public:
    //! Days `from` … `to` (inclusive) in `zone`.
    EnergyLedger(QTimeZone zone, QDate from, QDate to);

    //! The city's zone: Asia/Tokyo (UTC+9, no daylight saving time) from the tz database, else UTC+9.
    static QTimeZone cityZone();

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int dayCount() const { return int(m_from.daysTo(m_to)) + 1; }
    qint64 dayStartMs(const QDate &date) const;
    //! Start of the first day, end of the last (exclusive of the first instant, inclusive of the last).
    qint64 rangeStartMs() const { return dayStartMs(m_from); }
    qint64 rangeEndMs() const { return dayStartMs(m_to.addDays(1)); }
    //! The day a reading stamped `tMs` closes: the local date of tMs − 1 ms.
    QDate dayOf(qint64 tMs) const;
    //! Gaps are looked for up to here (readings cannot exist after "now"); the range end by default.
    void setHorizonMs(qint64 ms) { m_horizonMs = ms; }

    struct MeterResult
    {
        std::vector<EnergyDay> days; //!< one per day of the range, in order
        std::vector<EnergyIssue> issues;
    };
    /// `readings` ascending by time, those with rangeStart < t ≤ rangeEnd, plus for a counter the
    /// last reading before the range and the first after it (so the first and last day are whole).
    MeterResult meter(const EnergyMeter &meter, const std::vector<Reading> &readings) const;

private:
    QTimeZone m_zone;
    QDate m_from;
    QDate m_to;
    qint64 m_horizonMs;
};

} // namespace ct::sensors
