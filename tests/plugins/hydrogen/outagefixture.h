// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// A generated twin in a power outage, for the hydrogen tests and the power dispatch benchmark:
// the demo city with every plugin's schema (so the shelters plugin's view shelter_power_need
// exists), open shelters without grid power, medical needs, and extra fuel-cell buses.

#include "ct/citygen/citygenerator.h"
#include "ct/core/actor.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>

namespace ct::hydrogen::testing {

struct OutageOptions
{
    double scale = 0.05;
    int buses = 4;                    //!< total fuel-cell buses (the generated ones included)
    int shelters = 0;                 //!< shelters without grid power (0: all)
    std::uint64_t seed = 7;
    bool allInService = false;        //!< also put the generated buses that are off in service
};

/// Deterministic numbers without the standard library's distributions (which differ between
/// implementations).
class FixtureRandom
{
public:
    explicit FixtureRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform(double a, double b) { return a + (b - a) * double(next() >> 11) / double(1ULL << 53); }
    int integer(int a, int b) { return a + int(next() % std::uint64_t(b - a + 1)); }

private:
    std::uint64_t m_state;
};

/// Applies the migrations of every plugin built into `pluginDirectory` to the twin at `path`.
inline QString migrateWithPlugins(ct::store::TwinStore &twin, const QString &pluginDirectory)
{
    ct::plugin::PluginRegistry plugins{ct::plugin::PluginContext{}};
    plugins.loadDirectories({pluginDirectory});
    const QStringList errors = plugins.applyMigrations(twin);
    return errors.join(QLatin1Char('\n'));
}

/// Shelters lose grid power: the first `options.shelters` (all when 0) open with 30–90 % of their
/// capacity, some persons with medical needs, outages of 6 h to 96 h; and the bus fleet grows to
/// `options.buses` (new buses at the station or at bus stops, 40–100 % full). Runs as the
/// system actor (fixture data, no audit).
inline QString makeOutage(ct::store::TwinStore &twin, const OutageOptions &options)
{
    FixtureRandom random(options.seed);
    sqlite3 *db = twin.handle();
    auto exec = [&](const QString &sql) -> QString {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "?");
            sqlite3_free(message);
            return text + QStringLiteral(" in ") + sql.left(80);
        }
        return {};
    };
    auto shelters = twin.read(QStringLiteral("shelters"), {QStringLiteral("capacity")});
    if (!shelters)
        return shelters.error().toString();
    ct::store::Transaction transaction(twin); // rolls back on every early return
    if (!transaction.status())
        return transaction.status().error().toString();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const int count = options.shelters > 0 ? std::min<int>(options.shelters, int(shelters->size())) : int(shelters->size());
    static const char *const needs[] = {"oxygen", "dialysis", "ventilator", "insulin", "suction"};
    for (int i = 0; i < count; ++i) {
        const qint64 fid = shelters->fids[std::size_t(i)];
        const int capacity = std::max(20, shelters->columns[0][std::size_t(i)].toInt());
        const int occupancy = int(capacity * random.uniform(0.3, 0.9));
        const double outage = std::round(random.uniform(6.0, 96.0));
        if (QString e = exec(QStringLiteral("INSERT INTO shelter_status (shelter_fid, status, occupancy, power, expected_outage_hours, "
                                            "updated_at, updated_by) VALUES (%1, 'open', %2, 'none', %3, '%4', 'fixture')")
                                 .arg(fid).arg(occupancy).arg(outage).arg(now));
            !e.isEmpty())
            return e;
        const int medical = random.integer(0, std::max(1, occupancy / 40));
        if (medical > 0) {
            const char *need = needs[random.integer(0, 4)];
            if (QString e = exec(QStringLiteral("INSERT INTO shelter_medical (shelter_fid, need, count, updated_at, updated_by) "
                                                "VALUES (%1, '%2', %3, '%4', 'fixture')")
                                     .arg(fid).arg(QLatin1String(need)).arg(medical).arg(now));
                !e.isEmpty())
                return e;
        }
    }
    if (options.allInService) {
        if (QString e = exec(QStringLiteral("UPDATE fuel_cell_buses SET state = 'in_service' WHERE state = 'off'")); !e.isEmpty())
            return e;
    }
    // More buses: at the station and at bus stops.
    auto existing = twin.read(QStringLiteral("fuel_cell_buses"), {QStringLiteral("bus_id")});
    auto stops = twin.read(QStringLiteral("bus_stops"), {});
    auto stations = twin.read(QStringLiteral("hydrogen_stations"), {});
    if (!existing || !stops || !stations)
        return QStringLiteral("cannot read buses, bus stops or stations");
    auto writer = twin.writer(QStringLiteral("fuel_cell_buses"),
                              {QStringLiteral("bus_id"), QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("energy_kwh"),
                               QStringLiteral("export_kw")});
    if (!writer)
        return writer.error().toString();
    for (int b = int(existing->size()); b < options.buses; ++b) {
        geo::Point at;
        if (b % 4 == 0 && stations->size() > 0)
            at = stations->geometries[0].points().front();
        else if (stops->size() > 0)
            at = stops->geometries[std::size_t(random.integer(0, int(stops->size()) - 1))].points().front();
        const QString id = QStringLiteral("FCB%1").arg(b + 1, 2, 10, QLatin1Char('0'));
        auto written = writer->insert(geo::Geometry::point(at),
                                      {id, QStringLiteral("燃料電池バス %1号").arg(b + 1), QStringLiteral("in_service"),
                                       std::round(random.uniform(0.4, 1.0) * 235.0), 9.0});
        if (!written)
            return written.error().toString();
    }
    if (auto s = writer->finish(); !s)
        return s.error().toString();
    if (auto committed = transaction.commit(); !committed)
        return committed.error().toString();
    return {};
}

/// Generates the demo city at `path`, migrates it with the plugins and puts it in an outage.
inline QString outageTwin(const QString &path, const QString &pluginDirectory, const OutageOptions &options)
{
    ct::citygen::GeneratorOptions generator;
    generator.scale = options.scale;
    auto report = ct::citygen::CityGenerator::generate(path, generator);
    if (!report)
        return report.error().toString();
    auto twin = ct::store::TwinStore::open(path);
    if (!twin)
        return twin.error().toString();
    if (QString e = migrateWithPlugins(*twin.value(), pluginDirectory); !e.isEmpty())
        return e;
    return makeOutage(*twin.value(), options);
}

} // namespace ct::hydrogen::testing
