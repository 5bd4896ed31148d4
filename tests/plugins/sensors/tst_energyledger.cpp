// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energyledger.h"

#include <QTest>

using namespace ct::sensors;

namespace {

constexpr qint64 kHalfHour = 1800 * 1000;

EnergyMeter meter(EnergyMeter::Mode mode)
{
    EnergyMeter m;
    m.sensorId = 7;
    m.mode = mode;
    m.intervalS = 1800;
    return m;
}

//! Local (JST) time of day `date` at hh:mm, in ms since the epoch.
qint64 jst(const QDate &date, int hh, int mm = 0)
{
    return QDateTime(date, QTime(0, 0), EnergyLedger::cityZone()).toMSecsSinceEpoch() + (hh * 60 + mm) * 60000LL;
}

const QDate kDay1(2026, 3, 10), kDay2(2026, 3, 11), kDay3(2026, 3, 12);

} // namespace

class TestEnergyLedger : public QObject
{
    Q_OBJECT

private slots:
    void daysAreTokyoDays();
    void intervalReadingsSumExactlyPerDay();
    void counterDifferencesSplitAtMidnightExactly();
    void counterResetCountsTheNewReadingAndIsReported();
    void intervalGapIsReportedAndTheDayIncomplete();
    void counterGapOverMidnightIsSplitByTimeAndEstimated();
    void invalidIntervalReadingIsLeftOut();
    void horizonStopsTrailingGaps();
};

void TestEnergyLedger::daysAreTokyoDays()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay2);
    // 2026-03-10 00:00 JST = 2026-03-09 15:00 UTC.
    QCOMPARE(ledger.dayStartMs(kDay1), QDateTime(QDate(2026, 3, 9), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(ledger.rangeEndMs() - ledger.rangeStartMs(), 2 * 86400000LL);
    // A reading stamped midnight closes the day before; one a millisecond later opens the next.
    QCOMPARE(ledger.dayOf(jst(kDay2, 0)), kDay1);
    QCOMPARE(ledger.dayOf(jst(kDay2, 0) + 1), kDay2);
    QCOMPARE(ledger.dayOf(jst(kDay1, 23, 59)), kDay1);
}

void TestEnergyLedger::intervalReadingsSumExactlyPerDay()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay2);
    std::vector<Reading> readings;
    // 96 half-hours ending 00:30 of day 1 … 00:00 of day 3; kWh = 0.25 × (slot % 8) (exact in binary).
    double expected[2] = {0.0, 0.0};
    for (int k = 1; k <= 96; ++k) {
        const qint64 t = ledger.rangeStartMs() + k * kHalfHour;
        const double kwh = 0.25 * double(k % 8);
        readings.push_back({7, t, kwh, 0});
        expected[k <= 48 ? 0 : 1] += kwh;
    }
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Interval), readings);
    QCOMPARE(r.days.size(), std::size_t(2));
    QCOMPARE(r.days[0].date, kDay1);
    QCOMPARE(r.days[0].kwh, expected[0]); // exact: the 00:00 reading of day 2 belongs to day 1
    QCOMPARE(r.days[1].kwh, expected[1]);
    QVERIFY(r.days[0].complete);
    QVERIFY(r.days[1].complete);
    QVERIFY(!r.days[0].estimated);
    QVERIFY(r.issues.empty());
    QCOMPARE(r.days[0].coveredMs, 86400000LL);
}

void TestEnergyLedger::counterDifferencesSplitAtMidnightExactly()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay2, kDay2);
    // Register every half hour from 23:00 of day 1 to 00:30 of day 3: 1.5 kWh per half hour on
    // day 2, 4 kWh per half hour outside it. Day 2 = 48 × 1.5 = 72 kWh exactly.
    std::vector<Reading> readings;
    double counter = 5000.0;
    for (qint64 t = jst(kDay1, 23); t <= jst(kDay3, 0, 30); t += kHalfHour) {
        readings.push_back({7, t, counter, 0});
        const qint64 next = t + kHalfHour;
        counter += ledger.dayOf(next) == kDay2 ? 1.5 : 4.0;
    }
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Cumulative), readings);
    QCOMPARE(r.days.size(), std::size_t(1));
    QCOMPARE(r.days[0].kwh, 72.0);
    QVERIFY(r.days[0].complete);
    QVERIFY(r.issues.empty());
}

void TestEnergyLedger::counterResetCountsTheNewReadingAndIsReported()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay1);
    std::vector<Reading> readings;
    double counter = 100.0;
    readings.push_back({7, jst(kDay1, 0), counter, 0});
    for (int k = 1; k <= 48; ++k) {
        counter += 2.0;
        if (k == 20) // meter replaced at 10:00: the new register reads what it counted since, 0.5
            counter = 0.5;
        readings.push_back({7, jst(kDay1, 0) + k * kHalfHour, counter, 0});
    }
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Cumulative), readings);
    // 47 half hours of 2 kWh and the reset half hour counted as its new reading, 0.5.
    QCOMPARE(r.days[0].kwh, 47 * 2.0 + 0.5);
    QVERIFY(r.days[0].reset);
    QVERIFY(!r.days[0].complete);
    QCOMPARE(r.issues.size(), std::size_t(1));
    QCOMPARE(r.issues[0].kind, EnergyIssue::Kind::CounterReset);
    QCOMPARE(r.issues[0].toMs, jst(kDay1, 10));
    QCOMPARE(r.issues[0].before, 100.0 + 19 * 2.0);
    QCOMPARE(r.issues[0].after, 0.5);
}

void TestEnergyLedger::intervalGapIsReportedAndTheDayIncomplete()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay2);
    std::vector<Reading> readings;
    double day1 = 0.0;
    for (int k = 1; k <= 96; ++k) {
        const qint64 t = ledger.rangeStartMs() + k * kHalfHour;
        if (k > 20 && k <= 26) // 10:00–13:00 of day 1 missing (six half hours)
            continue;
        readings.push_back({7, t, 1.0, 0});
        if (k <= 48)
            day1 += 1.0;
    }
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Interval), readings);
    QCOMPARE(r.days[0].kwh, day1);
    QCOMPARE(r.days[0].kwh, 42.0);
    QVERIFY(!r.days[0].complete);
    QCOMPARE(r.days[0].coveredMs, 86400000LL - 6 * kHalfHour);
    QVERIFY(r.days[1].complete);
    QCOMPARE(r.issues.size(), std::size_t(1));
    QCOMPARE(r.issues[0].kind, EnergyIssue::Kind::Gap);
    QCOMPARE(r.issues[0].fromMs, jst(kDay1, 10));
    QCOMPARE(r.issues[0].toMs, jst(kDay1, 13));
}

void TestEnergyLedger::counterGapOverMidnightIsSplitByTimeAndEstimated()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay2);
    // Readings every half hour, but none from 22:00 of day 1 to 04:00 of day 2: 30 kWh over those
    // six hours; two of them are day 1 (10 kWh), four day 2 (20 kWh).
    std::vector<Reading> readings{{7, jst(kDay1, 0), 0.0, 0}};
    double counter = 0.0;
    for (qint64 t = jst(kDay1, 0) + kHalfHour; t <= jst(kDay3, 0); t += kHalfHour) {
        if (t > jst(kDay1, 22) && t < jst(kDay2, 4))
            continue;
        counter += t == jst(kDay2, 4) ? 30.0 : 1.0;
        readings.push_back({7, t, counter, 0});
    }
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Cumulative), readings);
    QCOMPARE(r.days[0].kwh, 44.0 + 10.0);
    QCOMPARE(r.days[1].kwh, 40.0 + 20.0);
    QCOMPARE(r.days[0].kwh + r.days[1].kwh, counter); // nothing lost or counted twice
    QVERIFY(r.days[0].estimated && r.days[1].estimated);
    QVERIFY(!r.days[0].complete && !r.days[1].complete);
    QCOMPARE(r.issues.size(), std::size_t(1));
    QCOMPARE(r.issues[0].kind, EnergyIssue::Kind::Gap);
    QCOMPARE(r.issues[0].fromMs, jst(kDay1, 22));
    QCOMPARE(r.issues[0].toMs, jst(kDay2, 4));
}

void TestEnergyLedger::invalidIntervalReadingIsLeftOut()
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay1);
    std::vector<Reading> readings;
    for (int k = 1; k <= 48; ++k)
        readings.push_back({7, ledger.rangeStartMs() + k * kHalfHour, k == 5 ? -3.0 : 2.0, 0});
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Interval), readings);
    QCOMPARE(r.days[0].kwh, 47 * 2.0);
    QVERIFY(!r.days[0].complete);
    QCOMPARE(r.issues.size(), std::size_t(2)); // the invalid reading and the half hour it leaves uncovered
    QCOMPARE(r.issues[0].kind, EnergyIssue::Kind::InvalidReading);
    QCOMPARE(r.issues[0].after, -3.0);
    QCOMPARE(r.issues[1].kind, EnergyIssue::Kind::Gap);
}

void TestEnergyLedger::horizonStopsTrailingGaps()
{
    EnergyLedger ledger(EnergyLedger::cityZone(), kDay1, kDay1);
    std::vector<Reading> readings;
    for (int k = 1; k <= 20; ++k) // up to 10:00
        readings.push_back({7, ledger.rangeStartMs() + k * kHalfHour, 1.0, 0});
    QCOMPARE(ledger.meter(meter(EnergyMeter::Mode::Interval), readings).issues.size(), std::size_t(1)); // 10:00–24:00
    ledger.setHorizonMs(jst(kDay1, 10, 10)); // "now" is 10:10: nothing is missing yet
    const auto r = ledger.meter(meter(EnergyMeter::Mode::Interval), readings);
    QVERIFY(r.issues.empty());
    QCOMPARE(r.days[0].kwh, 20.0);
    QVERIFY(!r.days[0].complete); // the day is not over
}

QTEST_GUILESS_MAIN(TestEnergyLedger)
#include "tst_energyledger.moc"
