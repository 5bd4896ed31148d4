// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energyaccounts.h"
#include "energyledger.h"
#include "energydemo.h"
#include "energyschema.h"
#include "energytestsupport.h"
#include "readingstore.h"
#include "sensorstestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sensors;

namespace {

constexpr qint64 kHalfHour = 1800 * 1000;
const QDate kStart(2026, 1, 5); // a Monday

core::Actor actor(core::Role role)
{
    return {QStringLiteral("op-%1").arg(core::roleName(role)), role, {}};
}

qint64 addMeter(store::TwinStore &twin, const QString &source)
{
    Sensor s;
    s.sourceId = source;
    s.name = source;
    s.kind = SensorKind::EnergyMeter;
    s.quantity = QStringLiteral("energy");
    s.unit = QStringLiteral("kWh");
    s.intervalS = 1800;
    auto id = SensorRegistry(twin).add(s);
    if (!id)
        qFatal("meter: %s", qPrintable(id.error().toString()));
    return id.value();
}

//! Interval readings of `kwhPerDay` spread evenly over 48 half hours, for `days` days from `from`.
void intervalDays(store::TwinStore &twin, qint64 sensor, const QDate &from, int days, double kwhPerDay)
{
    const EnergyLedger ledger(EnergyLedger::cityZone(), from, from.addDays(days - 1));
    std::vector<Reading> readings;
    for (int k = 1; k <= 48 * days; ++k)
        readings.push_back({sensor, ledger.rangeStartMs() + k * kHalfHour, kwhPerDay / 48.0, 0});
    test::require(ReadingStore(twin).write(readings), "readings");
}

int auditRows(store::TwinStore &twin)
{
    int n = 0;
    for (const auto &e : twin.auditLog(1000))
        n += e.action == EnergyAccounts::configureAction();
    return n;
}

} // namespace

class TestEnergyAccounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void schemaDefaults();
    void registerMeterRefusesOtherSensors();
    void facilityAndCityTotalsWithCo2();
    void emissionFactorIsAuditedAndChangesCo2();
    void refusedWithoutTheGrant_data();
    void refusedWithoutTheGrant();
    void badValuesNameTheFieldAndChangeNothing_data();
    void badValuesNameTheFieldAndChangeNothing();
    void targetProgress_data();
    void targetProgress();
    void demoSeedingGivesCompleteDaysAndReportsItsIssues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    qint64 m_school = 0, m_school2 = 0, m_hall = 0;
};

void TestEnergyAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_twin = test::makeTwin(m_dir->filePath(QStringLiteral("t.gpkg")));
    m_school = addMeter(*m_twin, QStringLiteral("E1"));
    m_school2 = addMeter(*m_twin, QStringLiteral("E2"));
    m_hall = addMeter(*m_twin, QStringLiteral("E3"));
    EnergyAccounts accounts(*m_twin);
    test::require(accounts.registerMeter(m_school, QStringLiteral("竹園東小学校"), QStringLiteral("school"), EnergyMeter::Mode::Interval), "m1");
    test::require(accounts.registerMeter(m_school2, QStringLiteral("竹園東小学校"), QStringLiteral("school"), EnergyMeter::Mode::Cumulative), "m2");
    test::require(accounts.registerMeter(m_hall, QStringLiteral("つくば市役所"), QStringLiteral("city_hall"), EnergyMeter::Mode::Interval), "m3");
}

void TestEnergyAccounts::cleanup()
{
    m_twin.reset();
    m_dir.reset();
}

void TestEnergyAccounts::schemaDefaults()
{
    QCOMPARE(m_twin->schemaVersion(SensorSchema::component()), int(SensorSchema::migrations().back().version));
    auto c = EnergyAccounts(*m_twin).config();
    QVERIFY(c);
    QCOMPARE(c->emissionFactor, EnergySchema::kDefaultEmissionFactor);
    QVERIFY(c->emissionFactorSource.contains(QStringLiteral("地球温暖化対策の推進に関する法律施行令")));
    QVERIFY(!c->hasTarget());
    auto meters = EnergyAccounts(*m_twin).meters();
    QVERIFY(meters);
    QCOMPARE(meters->size(), std::size_t(3));
    QCOMPARE(meters->front().facility, QStringLiteral("つくば市役所")); // by facility name
}

void TestEnergyAccounts::registerMeterRefusesOtherSensors()
{
    const qint64 gauge = test::addGauge(*m_twin, QStringLiteral("G1"));
    EnergyAccounts accounts(*m_twin);
    auto s = accounts.registerMeter(gauge, QStringLiteral("X"), QStringLiteral("school"), EnergyMeter::Mode::Interval);
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("not an energy meter")));
    QVERIFY(!accounts.registerMeter(m_school, QStringLiteral("  "), QStringLiteral("school"), EnergyMeter::Mode::Interval));
    s = accounts.registerMeter(m_school, QStringLiteral("X"), QStringLiteral("stadium"), EnergyMeter::Mode::Interval);
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("stadium")));
    QVERIFY(!accounts.registerMeter(9999, QStringLiteral("X"), QStringLiteral("school"), EnergyMeter::Mode::Interval));
    QCOMPARE(accounts.meters()->size(), std::size_t(3));
}

void TestEnergyAccounts::facilityAndCityTotalsWithCo2()
{
    intervalDays(*m_twin, m_school, kStart, 3, 96.0);
    intervalDays(*m_twin, m_hall, kStart, 3, 480.0);
    // The second school meter is a register: 24 kWh a day, read every half hour.
    {
        const EnergyLedger ledger(EnergyLedger::cityZone(), kStart, kStart.addDays(2));
        std::vector<Reading> readings;
        for (int k = 0; k <= 48 * 3; ++k)
            readings.push_back({m_school2, ledger.rangeStartMs() + k * kHalfHour, 1000.0 + 0.5 * k, 0});
        QVERIFY(ReadingStore(*m_twin).write(readings));
    }
    auto report = EnergyAccounts(*m_twin).report(kStart, kStart.addDays(2));
    QVERIFY(report);
    QCOMPARE(report->facilities.size(), std::size_t(2));
    const FacilityEnergy &hall = report->facilities[0];
    const FacilityEnergy &school = report->facilities[1];
    QCOMPARE(hall.facility, QStringLiteral("つくば市役所"));
    QCOMPARE(school.meters, 2);
    QCOMPARE(school.days[1].kwh, 96.0 + 24.0);
    QVERIFY(school.days[1].complete);
    QCOMPARE(report->city.size(), std::size_t(3));
    for (const EnergyDay &d : report->city) {
        QCOMPARE(d.kwh, 96.0 + 24.0 + 480.0);
        QCOMPARE(d.co2Kg, 600.0 * 0.555);
        QVERIFY(d.complete);
    }
    QCOMPARE(report->kwh, 1800.0);
    QCOMPARE(report->co2Kg, 1800.0 * 0.555);
    QCOMPARE(school.co2Kg, 360.0 * 0.555);
    QVERIFY(report->issues.empty());
}

void TestEnergyAccounts::emissionFactorIsAuditedAndChangesCo2()
{
    intervalDays(*m_twin, m_hall, kStart, 1, 480.0);
    EnergyAccounts accounts(*m_twin);
    QVERIFY(accounts.setEmissionFactor(actor(core::Role::Planner), 0.451, QStringLiteral("supplier's adjusted factor FY2024")));
    auto c = accounts.config();
    QCOMPARE(c->emissionFactor, 0.451);
    QCOMPARE(c->emissionFactorSource, QStringLiteral("supplier's adjusted factor FY2024"));
    auto report = accounts.report(kStart, kStart);
    QCOMPARE(report->city[0].co2Kg, 480.0 * 0.451);
    const auto log = m_twin->auditLog(10);
    QCOMPARE(log.front().action, EnergyAccounts::configureAction());
    QCOMPARE(log.front().operatorName, QStringLiteral("op-planner"));
    QCOMPARE(log.front().before.value(QStringLiteral("emission_factor_kg_per_kwh")).toDouble(), 0.555);
    QCOMPARE(log.front().after.value(QStringLiteral("emission_factor_kg_per_kwh")).toDouble(), 0.451);
    QVERIFY(accounts.setTarget(actor(core::Role::Administrator), kStart, kStart.addDays(27), 20.0));
    QCOMPARE(auditRows(*m_twin), 2);
    QCOMPARE(m_twin->auditLog(1).front().after.value(QStringLiteral("target_percent")).toDouble(), 20.0);
}

void TestEnergyAccounts::refusedWithoutTheGrant_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("viewer") << int(core::Role::Viewer);
    QTest::newRow("hq-commander") << int(core::Role::HqCommander);
    QTest::newRow("shelter-staff") << int(core::Role::ShelterStaff);
    QTest::newRow("school-liaison") << int(core::Role::SchoolLiaison);
}

void TestEnergyAccounts::refusedWithoutTheGrant()
{
    QFETCH(int, role);
    const core::Actor who = actor(core::Role(role));
    EnergyAccounts accounts(*m_twin);
    QVERIFY(!m_twin->mayPerform(who, EnergyAccounts::configureAction(), QStringLiteral("energy:target")));
    auto s = accounts.setEmissionFactor(who, 0.4, QStringLiteral("x"));
    QVERIFY(!s);
    QCOMPARE(s.error().kind, core::Error::Kind::Refused);
    QVERIFY(!accounts.setTarget(who, kStart, kStart.addDays(6), 10.0));
    QCOMPARE(accounts.config()->emissionFactor, 0.555);
    QVERIFY(!accounts.config()->hasTarget());
    QCOMPARE(auditRows(*m_twin), 0);
    // The roles that have it.
    QVERIFY(m_twin->mayPerform(actor(core::Role::Planner), EnergyAccounts::configureAction(), QStringLiteral("energy:target")));
    QVERIFY(m_twin->mayPerform(actor(core::Role::Administrator), EnergyAccounts::configureAction(), QStringLiteral("energy:target")));
}

void TestEnergyAccounts::badValuesNameTheFieldAndChangeNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative factor") << "factor:-0.1" << "emission factor";
    QTest::newRow("factor above 2") << "factor:3" << "emission factor";
    QTest::newRow("NaN factor") << "factor:nan" << "emission factor";
    QTest::newRow("no source") << "source" << "source";
    QTest::newRow("0 %") << "percent:0" << "target";
    QTest::newRow("100 %") << "percent:100" << "target";
    QTest::newRow("baseline backwards") << "backwards" << "baseline";
    QTest::newRow("no baseline day") << "invalid" << "baseline";
}

void TestEnergyAccounts::badValuesNameTheFieldAndChangeNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    EnergyAccounts accounts(*m_twin);
    const core::Actor planner = actor(core::Role::Planner);
    core::Status s;
    if (what.startsWith(QLatin1String("factor:")))
        s = accounts.setEmissionFactor(planner, what.mid(7) == QLatin1String("nan") ? std::nan("") : what.mid(7).toDouble(), QStringLiteral("x"));
    else if (what == QLatin1String("source"))
        s = accounts.setEmissionFactor(planner, 0.4, QStringLiteral("  "));
    else if (what.startsWith(QLatin1String("percent:")))
        s = accounts.setTarget(planner, kStart, kStart.addDays(6), what.mid(8).toDouble());
    else if (what == QLatin1String("backwards"))
        s = accounts.setTarget(planner, kStart.addDays(6), kStart, 10.0);
    else
        s = accounts.setTarget(planner, QDate(), kStart, 10.0);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(field), qPrintable(s.error().message));
    QCOMPARE(accounts.config()->emissionFactor, 0.555);
    QVERIFY(!accounts.config()->hasTarget());
    QCOMPARE(auditRows(*m_twin), 0);
}

void TestEnergyAccounts::targetProgress_data()
{
    QTest::addColumn<double>("nowPerDay");
    QTest::addColumn<double>("reduction");
    QTest::addColumn<double>("progress");
    QTest::addColumn<bool>("onTrack");
    QTest::newRow("beyond the target") << 850.0 << 15.0 << 1.5 << true;
    QTest::newRow("exactly the target") << 900.0 << 10.0 << 1.0 << true;
    QTest::newRow("half way") << 950.0 << 5.0 << 0.5 << false;
    QTest::newRow("more than before") << 1100.0 << -10.0 << -1.0 << false;
}

void TestEnergyAccounts::targetProgress()
{
    QFETCH(double, nowPerDay);
    QFETCH(double, reduction);
    QFETCH(double, progress);
    QFETCH(bool, onTrack);
    // Baseline: 14 days of 1,000 kWh (hall 600 + school 400); the period: 7 days of nowPerDay.
    intervalDays(*m_twin, m_hall, kStart, 14, 600.0);
    intervalDays(*m_twin, m_school, kStart, 14, 400.0);
    intervalDays(*m_twin, m_hall, kStart.addDays(14), 7, nowPerDay * 0.6);
    intervalDays(*m_twin, m_school, kStart.addDays(14), 7, nowPerDay * 0.4);
    // The register meter is flat (0 kWh) but complete over both periods.
    {
        const EnergyLedger ledger(EnergyLedger::cityZone(), kStart, kStart.addDays(20));
        std::vector<Reading> readings;
        for (int k = 0; k <= 48 * 21; ++k)
            readings.push_back({m_school2, ledger.rangeStartMs() + k * kHalfHour, 42.0, 0});
        QVERIFY(ReadingStore(*m_twin).write(readings));
    }
    EnergyAccounts accounts(*m_twin);
    QVERIFY(accounts.setTarget(actor(core::Role::Planner), kStart, kStart.addDays(13), 10.0));
    auto report = accounts.report(kStart.addDays(14), kStart.addDays(20));
    QVERIFY(report);
    const EnergyTarget &t = report->target;
    QVERIFY(t.set);
    QCOMPARE(t.baselineDays, 14);
    QCOMPARE(t.actualDays, 7);
    QVERIFY(qFuzzyCompare(t.baselineDailyKwh, 1000.0));
    QVERIFY(qFuzzyCompare(t.targetDailyKwh, 900.0));
    QVERIFY(qFuzzyCompare(t.actualDailyKwh, nowPerDay));
    QVERIFY2(std::abs(t.reductionPercent - reduction) < 1e-9, qPrintable(QString::number(t.reductionPercent)));
    QVERIFY2(std::abs(t.progress - progress) < 1e-9, qPrintable(QString::number(t.progress)));
    QCOMPARE(t.onTrack, onTrack);
}

void TestEnergyAccounts::demoSeedingGivesCompleteDaysAndReportsItsIssues()
{
    // A twin with generated energy-meter sites, as the city generator writes them.
    QTemporaryDir dir;
    auto created = store::TwinStore::create(dir.filePath(QStringLiteral("g.gpkg")));
    QVERIFY(created);
    auto &twin = *created.value();
    QVERIFY(test::writeGeneratedSites(twin, {{QStringLiteral("施設1"), QStringLiteral("school")}, {QStringLiteral("施設2"), QStringLiteral("public")},
                                             {QStringLiteral("施設3"), QStringLiteral("community_centre")}, {QStringLiteral("つくば市役所"), QStringLiteral("public")}}));
    QVERIFY(twin.setMetadata(QStringLiteral("generator.seed"), QStringLiteral("1")));
    QVERIFY(twin.setMetadata(QStringLiteral("created_at"), QStringLiteral("2026-11-30T14:23:35.553Z")));
    QVERIFY(twin.migrate(SensorSchema::component(), SensorSchema::migrations()));

    EnergyAccounts accounts(twin);
    auto meters = accounts.meters();
    QCOMPARE(meters->size(), std::size_t(4)); // the energy meters only
    QCOMPARE(meters->front().facility, QStringLiteral("つくば市役所")); // by name; 市役所 → city hall
    QCOMPARE(meters->front().facilityKind, QStringLiteral("city_hall"));
    QCOMPARE(meters->at(1).facility, QStringLiteral("施設1"));
    QCOMPARE(meters->at(1).facilityKind, QStringLiteral("school"));
    QCOMPARE(meters->at(2).facilityKind, QStringLiteral("other"));
    QCOMPARE(meters->at(3).facilityKind, QStringLiteral("community_centre"));
    QVERIFY(twin.metadata(QStringLiteral("energy.demo")).contains(QStringLiteral("not measurements")));
    QCOMPARE(accounts.newestDay()->value(), QDate(2026, 11, 29)); // the last reading, 30th 00:00, closes the 29th
    const QDate to(2026, 11, 29), from = to.addDays(-EnergyDemo::kDays + 1);
    auto report = accounts.report(from, to);
    QVERIFY(report);
    QVERIFY(report->config.hasTarget());
    QCOMPARE(report->config.baselineFrom, from);
    QCOMPARE(report->target.baselineDays, EnergyDemo::kDays / 2); // the reset and the outage come later
    int resets = 0, gaps = 0;
    for (const EnergyIssue &i : report->issues)
        (i.kind == EnergyIssue::Kind::CounterReset ? resets : gaps) += 1;
    QCOMPARE(resets, 1);
    QCOMPARE(gaps, 1);
    // About 10 % less in the second half: the target (10 %) is roughly met.
    auto second = accounts.report(from.addDays(EnergyDemo::kDays / 2), to);
    QVERIFY(second->target.computable());
    // The reset day is not complete; the outage of a register inside one day loses nothing (the
    // next reading spans it exactly) and is only reported.
    QCOMPARE(second->target.actualDays, EnergyDemo::kDays / 2 - 1);
    QVERIFY2(second->target.reductionPercent > 7.0 && second->target.reductionPercent < 13.0,
             qPrintable(QString::number(second->target.reductionPercent)));
    // Migrating again changes nothing; a non-generated twin gets no demo data (init()'s twin).
    QVERIFY(!m_twin->metadata(QStringLiteral("energy.demo")).size());
}

QTEST_GUILESS_MAIN(TestEnergyAccounts)
#include "tst_energyaccounts.moc"
