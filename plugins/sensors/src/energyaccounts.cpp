// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energyaccounts.h"

#include "energyledger.h"
#include "sensorregistry.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <map>

namespace ct::sensors {

using store::SqlStatement;

using core::Error;

EnergyAccounts::EnergyAccounts(store::TwinStore &twin) : m_twin(twin) {}

QStringList EnergyAccounts::facilityKinds()
{
    return {QStringLiteral("school"), QStringLiteral("city_hall"), QStringLiteral("community_centre"), QStringLiteral("other")};
}

core::Status EnergyAccounts::registerMeter(qint64 sensorId, const QString &facility, const QString &facilityKind, EnergyMeter::Mode mode)
{
    const QString where = QStringLiteral("energy_meter(sensor %1)").arg(sensorId);
    auto sensor = SensorRegistry(m_twin).find(sensorId);
    if (!sensor)
        return sensor.error();
    if (!sensor->has_value())
        return Error::notFound(QCoreApplication::translate("Sensors", "no sensor %1").arg(sensorId), where);
    if ((*sensor)->kind != SensorKind::EnergyMeter || (*sensor)->unit != QLatin1String("kWh"))
        return Error::invalidInput(QCoreApplication::translate("Sensors", "sensor %1 is not an energy meter in kWh (kind %2, unit %3)")
                                       .arg(sensorId)
                                       .arg(kindName((*sensor)->kind), (*sensor)->unit),
                                   where);
    if (facility.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("Sensors", "facility: a name is needed"), where);
    if (!facilityKinds().contains(facilityKind))
        return Error::invalidInput(QCoreApplication::translate("Sensors", "facility kind \"%1\" is not one of %2")
                                       .arg(facilityKind, facilityKinds().join(QStringLiteral(", "))),
                                   where);
    SqlStatement q(m_twin.handle(), "INSERT OR REPLACE INTO energy_meter (sensor_id, facility, facility_kind, reading_mode) "
                                    "VALUES (?1, ?2, ?3, ?4)");
    if (!q.isValid())
        return q.status().error();
    q.bind(1, sensorId);
    q.bind(2, facility.trimmed());
    q.bind(3, facilityKind);
    q.bind(4, modeName(mode));
    if (!q.exec())
        return q.status().error();
    return core::Status::success();
}

core::Result<std::vector<EnergyMeter>> EnergyAccounts::meters() const
{
    SqlStatement q(m_twin.handle(), "SELECT m.sensor_id, s.name, m.facility, m.facility_kind, m.reading_mode, s.interval_s "
                                    "FROM energy_meter m JOIN sensor s ON s.id = m.sensor_id ORDER BY m.facility, m.sensor_id");
    if (!q.isValid())
        return q.status().error();
    std::vector<EnergyMeter> out;
    while (q.next()) {
        EnergyMeter m;
        m.sensorId = q.int64(0);
        m.name = q.text(1);
        m.facility = q.text(2);
        m.facilityKind = q.text(3);
        m.mode = q.text(4) == QLatin1String("interval") ? EnergyMeter::Mode::Interval : EnergyMeter::Mode::Cumulative;
        m.intervalS = int(q.int64(5));
        out.push_back(std::move(m));
    }
    if (!q.status().ok())
        return q.status().error();
    return out;
}

core::Result<EnergyConfig> EnergyAccounts::config() const
{
    SqlStatement q(m_twin.handle(), "SELECT emission_factor, emission_factor_source, baseline_from, baseline_to, target_percent "
                                    "FROM energy_config WHERE id = 1");
    if (!q.isValid())
        return q.status().error();
    if (!q.next())
        return q.status().ok() ? core::Result<EnergyConfig>(Error::notFound(QCoreApplication::translate("Sensors", "the twin has no energy settings")))
                        : core::Result<EnergyConfig>(q.status().error());
    EnergyConfig c;
    c.emissionFactor = q.real(0);
    c.emissionFactorSource = q.text(1);
    if (!q.isNull(2) && !q.isNull(3)) {
        c.baselineFrom = QDate::fromString(q.text(2), Qt::ISODate);
        c.baselineTo = QDate::fromString(q.text(3), Qt::ISODate);
    }
    if (!q.isNull(4))
        c.targetPercent = q.real(4);
    return c;
}

namespace {

QJsonObject configJson(const EnergyConfig &c)
{
    QJsonObject o{{QStringLiteral("emission_factor_kg_per_kwh"), c.emissionFactor},
                  {QStringLiteral("emission_factor_source"), c.emissionFactorSource}};
    if (c.hasTarget()) {
        o.insert(QStringLiteral("baseline_from"), c.baselineFrom.toString(Qt::ISODate));
        o.insert(QStringLiteral("baseline_to"), c.baselineTo.toString(Qt::ISODate));
        o.insert(QStringLiteral("target_percent"), c.targetPercent);
    }
    return o;
}

} // namespace

core::Status EnergyAccounts::setEmissionFactor(const core::Actor &actor, double kgPerKwh, const QString &source)
{
    const QString target = QStringLiteral("energy:emission_factor");
    if (!std::isfinite(kgPerKwh) || kgPerKwh < 0.0 || kgPerKwh > 2.0)
        return Error::invalidInput(QCoreApplication::translate("Sensors", "emission factor: %1 kg-CO₂/kWh is outside 0 to 2").arg(kgPerKwh), target);
    if (source.trimmed().isEmpty())
        return Error::invalidInput(QCoreApplication::translate("Sensors", "emission factor source: say where the value comes from"), target);
    return m_twin.perform(actor, configureAction(), target, [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
        auto old = EnergyAccounts(twin).config();
        if (!old)
            return old.error();
        SqlStatement q(twin.handle(), "UPDATE energy_config SET emission_factor = ?1, emission_factor_source = ?2 WHERE id = 1");
        q.bind(1, kgPerKwh);
        q.bind(2, source.trimmed());
        if (!q.exec())
            return q.status().error();
        EnergyConfig now = old.value();
        now.emissionFactor = kgPerKwh;
        now.emissionFactorSource = source.trimmed();
        before = configJson(old.value());
        after = configJson(now);
        return core::Status::success();
    });
}

core::Status EnergyAccounts::setTarget(const core::Actor &actor, const QDate &baselineFrom, const QDate &baselineTo, double percent)
{
    const QString target = QStringLiteral("energy:target");
    if (!baselineFrom.isValid() || !baselineTo.isValid())
        return Error::invalidInput(QCoreApplication::translate("Sensors", "baseline: both days are needed (yyyy-MM-dd)"), target);
    if (baselineTo < baselineFrom)
        return Error::invalidInput(QCoreApplication::translate("Sensors", "baseline: %1 is before %2")
                                       .arg(baselineTo.toString(Qt::ISODate), baselineFrom.toString(Qt::ISODate)),
                                   target);
    if (!std::isfinite(percent) || percent <= 0.0 || percent >= 100.0)
        return Error::invalidInput(QCoreApplication::translate("Sensors", "target: a reduction of %1 % is not between 0 and 100").arg(percent), target);
    return m_twin.perform(actor, configureAction(), target, [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> core::Status {
        auto old = EnergyAccounts(twin).config();
        if (!old)
            return old.error();
        SqlStatement q(twin.handle(), "UPDATE energy_config SET baseline_from = ?1, baseline_to = ?2, target_percent = ?3 WHERE id = 1");
        q.bind(1, baselineFrom.toString(Qt::ISODate));
        q.bind(2, baselineTo.toString(Qt::ISODate));
        q.bind(3, percent);
        if (!q.exec())
            return q.status().error();
        EnergyConfig now = old.value();
        now.baselineFrom = baselineFrom;
        now.baselineTo = baselineTo;
        now.targetPercent = percent;
        before = configJson(old.value());
        after = configJson(now);
        return core::Status::success();
    });
}

core::Result<std::vector<Reading>> EnergyAccounts::readingsFor(const EnergyMeter &meter, qint64 fromMs, qint64 toMs) const
{
    std::vector<Reading> out;
    // The reading before the range, those in (from, to], the one after: a counter's first and last
    // spans need their neighbours.
    const char *const sql[] = {
        "SELECT t_ms, value, quality FROM sensor_reading WHERE sensor_id = ?1 AND t_ms <= ?2 ORDER BY t_ms DESC LIMIT 1",
        "SELECT t_ms, value, quality FROM sensor_reading WHERE sensor_id = ?1 AND t_ms > ?2 AND t_ms <= ?3 ORDER BY t_ms",
        "SELECT t_ms, value, quality FROM sensor_reading WHERE sensor_id = ?1 AND t_ms > ?3 ORDER BY t_ms LIMIT 1",
    };
    for (const char *text : sql) {
        SqlStatement q(m_twin.handle(), text);
        if (!q.isValid())
            return q.status().error();
        q.bind(1, meter.sensorId);
        q.bind(2, fromMs);
        if (QByteArray(text).contains("?3"))
            q.bind(3, toMs);
        while (q.next())
            out.push_back({meter.sensorId, q.int64(0), q.real(1), int(q.int64(2))});
        if (!q.status().ok())
            return q.status().error();
    }
    return out;
}

core::Result<EnergyReport> EnergyAccounts::report(const QDate &from, const QDate &to, qint64 horizonMs) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalidInput(QCoreApplication::translate("Sensors", "energy report: the days must be valid and in order"));
    auto cfg = config();
    if (!cfg)
        return cfg.error();
    auto meterList = meters();
    if (!meterList)
        return meterList.error();

    // City days over a range: the sum of every meter's day, complete when all are.
    auto cityDays = [&](const QDate &a, const QDate &b, qint64 horizon, std::map<QString, FacilityEnergy> *facilities,
                        std::vector<EnergyIssue> *issues) -> core::Result<std::vector<EnergyDay>> {
        EnergyLedger ledger(EnergyLedger::cityZone(), a, b);
        if (horizon >= 0)
            ledger.setHorizonMs(horizon);
        std::vector<EnergyDay> city(std::size_t(ledger.dayCount()));
        for (int i = 0; i < ledger.dayCount(); ++i) {
            city[std::size_t(i)].date = a.addDays(i);
            city[std::size_t(i)].complete = !meterList->empty();
        }
        for (const EnergyMeter &m : meterList.value()) {
            auto readings = readingsFor(m, ledger.rangeStartMs(), ledger.rangeEndMs());
            if (!readings)
                return readings.error();
            EnergyLedger::MeterResult r = ledger.meter(m, readings.value());
            FacilityEnergy *f = nullptr;
            if (facilities) {
                f = &(*facilities)[m.facility];
                if (f->days.empty()) {
                    f->facility = m.facility;
                    f->kind = m.facilityKind;
                    f->days.resize(city.size());
                    for (std::size_t i = 0; i < city.size(); ++i) {
                        f->days[i].date = city[i].date;
                        f->days[i].complete = true;
                    }
                }
                ++f->meters;
                for (const EnergyIssue &issue : r.issues)
                    (issue.kind == EnergyIssue::Kind::CounterReset ? f->resets : f->gaps) += 1;
            }
            for (std::size_t i = 0; i < city.size(); ++i) {
                const EnergyDay &d = r.days[i];
                for (EnergyDay *sum : {&city[i], f ? &f->days[i] : nullptr}) {
                    if (!sum)
                        continue;
                    sum->kwh += d.kwh;
                    sum->hasData = sum->hasData || d.hasData;
                    sum->complete = sum->complete && d.complete;
                    sum->estimated = sum->estimated || d.estimated;
                    sum->reset = sum->reset || d.reset;
                }
            }
            if (issues)
                issues->insert(issues->end(), r.issues.begin(), r.issues.end());
        }
        return city;
    };

    EnergyReport report;
    report.from = from;
    report.to = to;
    report.config = cfg.value();
    const double factor = cfg->emissionFactor;
    std::map<QString, FacilityEnergy> facilities;
    auto city = cityDays(from, to, horizonMs, &facilities, &report.issues);
    if (!city)
        return city.error();
    report.city = std::move(city.value());
    for (EnergyDay &d : report.city) {
        d.co2Kg = d.kwh * factor;
        report.kwh += d.kwh;
    }
    report.co2Kg = report.kwh * factor;
    for (auto &[name, f] : facilities) {
        for (EnergyDay &d : f.days) {
            d.co2Kg = d.kwh * factor;
            f.kwh += d.kwh;
            if (!d.complete)
                ++f.incompleteDays;
        }
        f.co2Kg = f.kwh * factor;
        report.facilities.push_back(std::move(f));
    }
    std::sort(report.issues.begin(), report.issues.end(), [](const EnergyIssue &x, const EnergyIssue &y) {
        return x.fromMs != y.fromMs ? x.fromMs < y.fromMs : x.sensorId < y.sensorId;
    });

    // The target: mean kWh per complete day, baseline against the period shown.
    EnergyTarget &t = report.target;
    t.set = cfg->hasTarget();
    auto meanOfComplete = [](const std::vector<EnergyDay> &days, int &count) {
        double sum = 0.0;
        count = 0;
        for (const EnergyDay &d : days)
            if (d.complete) {
                sum += d.kwh;
                ++count;
            }
        return count > 0 ? sum / count : EnergyTarget::nan;
    };
    t.actualDailyKwh = meanOfComplete(report.city, t.actualDays);
    if (t.set) {
        auto baseline = cityDays(cfg->baselineFrom, cfg->baselineTo, horizonMs, nullptr, nullptr);
        if (!baseline)
            return baseline.error();
        t.baselineDailyKwh = meanOfComplete(baseline.value(), t.baselineDays);
        t.targetDailyKwh = t.baselineDailyKwh * (1.0 - cfg->targetPercent / 100.0);
        if (t.baselineDays > 0 && t.actualDays > 0 && t.baselineDailyKwh > 0.0) {
            t.reductionPercent = (1.0 - t.actualDailyKwh / t.baselineDailyKwh) * 100.0;
            t.progress = t.reductionPercent / cfg->targetPercent;
            // A relative tolerance: sums of many half-hour readings are not exact in binary.
            t.onTrack = t.actualDailyKwh <= t.targetDailyKwh * (1.0 + 1e-9);
        }
    }
    return report;
}

core::Result<std::optional<QDate>> EnergyAccounts::newestDay() const
{
    SqlStatement q(m_twin.handle(), "SELECT max((SELECT r.t_ms FROM sensor_reading r WHERE r.sensor_id = m.sensor_id ORDER BY r.t_ms DESC LIMIT 1)) "
                                    "FROM energy_meter m");
    if (!q.isValid())
        return q.status().error();
    if (!q.next() || q.isNull(0))
        return std::optional<QDate>();
    EnergyLedger ledger(EnergyLedger::cityZone(), QDate(2000, 1, 1), QDate(2000, 1, 1));
    return std::optional<QDate>(ledger.dayOf(q.int64(0)));
}

} // namespace ct::sensors
