// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "energydemo.h"

#include "energyaccounts.h"
#include "energyledger.h"
#include "readingstore.h"
#include "sensorregistry.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QDateTime>

#include <cmath>
#include <map>

namespace ct::sensors {

using store::SqlStatement;

namespace {

//! A deterministic number in [0, 1) from the seed, the meter and the slot (splitmix64).
double unit(quint64 seed, quint64 meter, quint64 slot)
{
    quint64 z = seed * 0x9E3779B97F4A7C15ULL + meter * 0xBF58476D1CE4E5B9ULL + slot * 0x94D049BB133111EBULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}

//! Demo power in kW of a facility of `kind` at local `hour` (fractional) on `dayOfWeek` (1 = Monday).
double demoKw(const QString &kind, double hour, int dayOfWeek)
{
    const bool weekday = dayOfWeek <= 5;
    if (kind == QLatin1String("school"))
        return weekday && hour >= 8.0 && hour < 17.0 ? 45.0 : 8.0;
    if (kind == QLatin1String("city_hall"))
        return weekday && hour >= 8.5 && hour < 17.25 ? 220.0 : 40.0;
    if (kind == QLatin1String("community_centre"))
        return dayOfWeek != 1 && hour >= 9.0 && hour < 21.0 ? 25.0 : 5.0;
    return hour >= 9.0 && hour < 18.0 ? 10.0 : 3.0;
}

QString facilityOf(const QString &siteName)
{
    QString name = siteName;
    for (const QString &suffix : {QStringLiteral(" 電力量計"), QStringLiteral("電力量計")})
        if (name.endsWith(suffix))
            return name.left(name.size() - suffix.size()).trimmed();
    return name.trimmed();
}

} // namespace

core::Status EnergyDemo::seedIfGenerated(store::TwinStore &twin)
{
    const QString seedText = twin.metadata(QStringLiteral("generator.seed"));
    if (seedText.isEmpty())
        return core::Status::success();
    QDateTime created = QDateTime::fromString(twin.metadata(QStringLiteral("created_at")), Qt::ISODateWithMs);
    if (!created.isValid())
        created = QDateTime::currentDateTimeUtc();
    const QDate day = created.toTimeZone(EnergyLedger::cityZone()).date();
    return seed(twin, day, seedText.toULongLong());
}

core::Status EnergyDemo::seed(store::TwinStore &twin, const QDate &createdDay, quint64 seed)
{
    if (!twin.hasLayer(QStringLiteral("sensor_sites")))
        return core::Status::success();
    auto sites = twin.read(QStringLiteral("sensor_sites"), {QStringLiteral("source_id"), QStringLiteral("name"), QStringLiteral("kind"),
                                                            QStringLiteral("unit"), QStringLiteral("interval_s")});
    if (!sites)
        return sites.error();
    // Facility kinds from the shelters the meters stand at.
    std::map<QString, QString> shelterKinds;
    if (twin.hasLayer(QStringLiteral("shelters"))) {
        auto shelters = twin.read(QStringLiteral("shelters"), {QStringLiteral("name"), QStringLiteral("kind")});
        if (!shelters)
            return shelters.error();
        for (std::size_t i = 0; i < shelters->size(); ++i) {
            const QString name = shelters->columns[0][i].toString(), kind = shelters->columns[1][i].toString();
            shelterKinds[name] = name.contains(QStringLiteral("市役所")) ? QStringLiteral("city_hall")
                                 : kind == QLatin1String("school") || kind == QLatin1String("community_centre") ? kind
                                                                                                                : QStringLiteral("other");
        }
    }
    SensorRegistry registry(twin);
    EnergyAccounts accounts(twin);
    ReadingStore readings(twin);
    const EnergyLedger ledger(EnergyLedger::cityZone(), createdDay.addDays(-kDays), createdDay.addDays(-1));
    int meterIndex = 0;
    for (std::size_t row = 0; row < sites->size(); ++row) {
        auto cell = [&](int c) { return sites->columns[std::size_t(c)][row]; };
        if (cell(2).toString() != QLatin1String("energy_meter") || cell(3).toString() != QLatin1String("kWh"))
            continue;
        const QString source = cell(0).toString();
        auto existing = registry.resolve(source);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue; // registered already (an ingest ran before): leave its readings alone
        Sensor s;
        s.sourceId = source;
        s.name = cell(1).toString();
        s.kind = SensorKind::EnergyMeter;
        s.quantity = QStringLiteral("energy");
        s.unit = QStringLiteral("kWh");
        s.intervalS = std::max(60, cell(4).toInt());
        const auto points = sites->geometries[row].points();
        if (!points.empty()) {
            s.x = points.front().x;
            s.y = points.front().y;
        }
        s.siteFid = sites->fids[row];
        auto id = registry.add(s);
        if (!id)
            return id.error();
        const QString facility = facilityOf(s.name);
        const QString kind = shelterKinds.count(facility) ? shelterKinds[facility] : QStringLiteral("other");
        const int index = meterIndex++;
        // Most meters report their register (as smart meters do); every fourth one kWh per interval.
        const EnergyMeter::Mode mode = index % 4 == 3 ? EnergyMeter::Mode::Interval : EnergyMeter::Mode::Cumulative;
        if (auto st = accounts.registerMeter(id.value(), facility, kind, mode); !st)
            return st;

        const qint64 intervalMs = qint64(s.intervalS) * 1000;
        const qint64 start = ledger.rangeStartMs(), end = ledger.rangeEndMs();
        const qint64 resetAt = ledger.dayStartMs(ledger.from().addDays(40)) + 10 * 3600000LL; // meter replaced, day 41 10:00
        const qint64 outageFrom = ledger.dayStartMs(ledger.from().addDays(45)) + 9 * 3600000LL, outageTo = outageFrom + 5 * 3600000LL;
        double counter = 10000.0 + 1000.0 * index;
        std::vector<Reading> batch;
        batch.reserve(std::size_t((end - start) / intervalMs) + 1);
        for (qint64 t = start + intervalMs; t <= end; t += intervalMs) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t - intervalMs, EnergyLedger::cityZone());
            const double hour = local.time().msecsSinceStartOfDay() / 3600000.0;
            const int dayIndex = int(ledger.from().daysTo(local.date()));
            const double savings = dayIndex >= kDays / 2 ? 0.9 : 1.0;
            const double noise = 0.92 + 0.16 * unit(seed, quint64(index), quint64(t / intervalMs));
            const double kwh = std::round(demoKw(kind, hour, local.date().dayOfWeek()) * savings * noise * (double(intervalMs) / 3600000.0) * 1000.0) / 1000.0;
            counter += kwh;
            if (index == 0 && t > outageFrom && t <= outageTo)
                continue; // communication outage: no readings
            if (index == 1 && mode == EnergyMeter::Mode::Cumulative && t >= resetAt && t - intervalMs < resetAt)
                counter = kwh; // replaced meter: its register starts again from 0
            batch.push_back({id.value(), t, mode == EnergyMeter::Mode::Interval ? kwh : std::round(counter * 1000.0) / 1000.0, 0});
        }
        if (mode == EnergyMeter::Mode::Cumulative)
            batch.insert(batch.begin(), Reading{id.value(), start, 10000.0 + 1000.0 * index, 0});
        if (auto st = readings.write(batch); !st)
            return st;
    }
    if (meterIndex == 0)
        return core::Status::success();
    SqlStatement q(twin.handle(), "UPDATE energy_config SET baseline_from = ?1, baseline_to = ?2, target_percent = 10 WHERE id = 1");
    q.bind(1, ledger.from().toString(Qt::ISODate));
    q.bind(2, ledger.from().addDays(kDays / 2 - 1).toString(Qt::ISODate));
    if (!q.exec())
        return q.status().error();
    return twin.setMetadata(QStringLiteral("energy.demo"),
                            QStringLiteral("generated demo readings (%1 meters, %2 days), not measurements").arg(meterIndex).arg(kDays));
}

} // namespace ct::sensors
