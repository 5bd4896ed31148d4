// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energyledger.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace ct::sensors {

EnergyLedger::EnergyLedger(QTimeZone zone, QDate from, QDate to)
    : m_zone(std::move(zone)), m_from(from), m_to(to < from ? from : to), m_horizonMs(0)
{
    m_horizonMs = rangeEndMs();
}

QTimeZone EnergyLedger::cityZone()
{
    QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    return tokyo.isValid() ? tokyo : QTimeZone(9 * 3600);
}

qint64 EnergyLedger::dayStartMs(const QDate &date) const
{
    return date.startOfDay(m_zone).toMSecsSinceEpoch();
}

QDate EnergyLedger::dayOf(qint64 tMs) const
{
    return QDateTime::fromMSecsSinceEpoch(tMs - 1, m_zone).date();
}

EnergyLedger::MeterResult EnergyLedger::meter(const EnergyMeter &meter, const std::vector<Reading> &readings) const
{
    const int n = dayCount();
    std::vector<qint64> starts(std::size_t(n) + 1);
    for (int i = 0; i <= n; ++i)
        starts[std::size_t(i)] = dayStartMs(m_from.addDays(i));
    MeterResult out;
    out.days.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        out.days[std::size_t(i)].date = m_from.addDays(i);
    const qint64 rangeStart = starts.front(), rangeEnd = starts.back();
    const qint64 intervalMs = qint64(std::max(1, meter.intervalS)) * 1000;
    const qint64 tolerance = intervalMs / 2;
    const bool interval = meter.mode == EnergyMeter::Mode::Interval;

    struct Span
    {
        qint64 a, b; // (a, b]
        double kwh;
        bool reset;
    };
    std::vector<Span> spans;
    if (interval) {
        for (const Reading &r : readings) {
            if (!std::isfinite(r.value) || r.value < 0.0) {
                if (r.tMs > rangeStart && r.tMs <= rangeEnd)
                    out.issues.push_back({EnergyIssue::Kind::InvalidReading, meter.sensorId, r.tMs - intervalMs, r.tMs, 0.0, r.value});
                continue;
            }
            spans.push_back({r.tMs - intervalMs, r.tMs, r.value, false});
        }
    } else {
        const Reading *previous = nullptr;
        for (const Reading &r : readings) {
            if (!std::isfinite(r.value)) {
                if (r.tMs > rangeStart && r.tMs <= rangeEnd)
                    out.issues.push_back({EnergyIssue::Kind::InvalidReading, meter.sensorId, r.tMs, r.tMs, 0.0, r.value});
                continue;
            }
            if (previous) {
                const bool overlaps = r.tMs > rangeStart && previous->tMs < rangeEnd;
                double kwh = r.value - previous->value;
                bool reset = false;
                if (kwh < 0.0) {
                    reset = true;
                    kwh = std::max(0.0, r.value);
                    if (overlaps)
                        out.issues.push_back({EnergyIssue::Kind::CounterReset, meter.sensorId, previous->tMs, r.tMs, previous->value, r.value});
                }
                if (overlaps && r.tMs - previous->tMs > intervalMs + tolerance)
                    out.issues.push_back({EnergyIssue::Kind::Gap, meter.sensorId, previous->tMs, r.tMs, 0.0, 0.0});
                spans.push_back({previous->tMs, r.tMs, kwh, reset});
            }
            previous = &r;
        }
    }

    // Each span onto the days it overlaps: whole when inside one day, else pro rata of time.
    for (const Span &s : spans) {
        if (s.b <= rangeStart || s.a >= rangeEnd || s.b <= s.a)
            continue;
        auto it = std::upper_bound(starts.begin(), starts.end(), s.a);
        std::size_t i = it == starts.begin() ? 0 : std::size_t(it - starts.begin() - 1);
        const bool inside = s.a >= rangeStart && dayOf(s.b) == dayOf(s.a + 1);
        for (; i < std::size_t(n) && starts[i] < s.b; ++i) {
            const qint64 overlap = std::min(s.b, starts[i + 1]) - std::max(s.a, starts[i]);
            if (overlap <= 0)
                continue;
            EnergyDay &day = out.days[i];
            day.hasData = true;
            day.coveredMs += overlap;
            if (inside) {
                day.kwh += s.kwh;
            } else {
                day.kwh += s.kwh * double(overlap) / double(s.b - s.a);
                day.estimated = true;
            }
            if (s.reset && s.b > starts[i] && s.b <= starts[i + 1])
                day.reset = true;
        }
    }

    // Time no reading accounts for, up to the horizon.
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) { return x.a < y.a; });
    const qint64 horizon = std::min(m_horizonMs, rangeEnd);
    qint64 cursor = rangeStart;
    for (const Span &s : spans) {
        if (s.b <= cursor)
            continue;
        if (s.a >= horizon)
            break;
        if (s.a - cursor > tolerance)
            out.issues.push_back({EnergyIssue::Kind::Gap, meter.sensorId, cursor, s.a, 0.0, 0.0});
        cursor = std::max(cursor, s.b);
    }
    if (horizon - cursor > tolerance)
        out.issues.push_back({EnergyIssue::Kind::Gap, meter.sensorId, cursor, horizon, 0.0, 0.0});

    for (int i = 0; i < n; ++i) {
        EnergyDay &day = out.days[std::size_t(i)];
        const qint64 length = starts[std::size_t(i) + 1] - starts[std::size_t(i)];
        day.coveredMs = std::min(day.coveredMs, length);
        day.complete = day.hasData && day.coveredMs >= length - tolerance && !day.estimated && !day.reset;
    }
    std::sort(out.issues.begin(), out.issues.end(), [](const EnergyIssue &x, const EnergyIssue &y) { return x.fromMs < y.fromMs; });
    return out;
}

} // namespace ct::sensors
