// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/dispatchinputreader.h"

#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace ct::hydrogen {

using core::Error;
using store::SqlStatement;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PowerDispatch", text); }

/// Position of each feature of a point layer, by fid.
core::Result<QHash<qint64, geo::Point>> positions(const store::TwinStore &twin, const QString &layer)
{
    auto table = twin.read(layer, {QStringLiteral("name")});
    if (!table)
        return table.error();
    QHash<qint64, geo::Point> result;
    for (std::size_t i = 0; i < table->size(); ++i) {
        const geo::Geometry &g = table->geometries[i];
        if (!g.isEmpty())
            result.insert(table->fids[i], g.points().front());
    }
    return result;
}

} // namespace

core::Result<std::vector<FuelCellBus>> DispatchInputReader::buses(const store::TwinStore &twin)
{
    const QString layer = QStringLiteral("fuel_cell_buses");
    if (!twin.hasLayer(layer))
        return Error::notFound(tr("the twin has no layer fuel_cell_buses"), twin.path());
    const QStringList fields{QStringLiteral("bus_id"), QStringLiteral("name"), QStringLiteral("state"),
                             QStringLiteral("energy_kwh"), QStringLiteral("export_kw")};
    auto table = twin.read(layer, fields);
    if (!table)
        return table.error();
    // The live state, when an operator or a plan has set one.
    QHash<QString, std::pair<QString, double>> live;
    if (SqlStatement::hasRelation(twin.handle(), QStringLiteral("hydrogen_bus_state"))) {
        SqlStatement query(twin.handle(), QStringLiteral("SELECT bus_id, state, energy_kwh FROM hydrogen_bus_state"));
        while (query.next())
            live.insert(query.text(0), {query.text(1), query.real(2)});
        if (!query.status().ok())
            return query.status().error();
    }
    std::vector<FuelCellBus> result;
    for (std::size_t i = 0; i < table->size(); ++i) {
        const qint64 fid = table->fids[i];
        auto where = [&](const char *field) { return QStringLiteral("%1/%2 %3").arg(layer).arg(fid).arg(QLatin1String(field)); };
        FuelCellBus bus;
        bus.fid = fid;
        bus.busId = table->columns[0][i].toString();
        bus.name = table->columns[1][i].toString();
        if (bus.busId.isEmpty())
            bus.busId = QStringLiteral("fid%1").arg(fid);
        QString state = table->columns[2][i].toString();
        double energy = table->columns[3][i].toDouble();
        if (const auto it = live.constFind(bus.busId); it != live.constEnd()) {
            state = it->first;
            energy = it->second;
        }
        if (!busStateFromName(state, &bus.state))
            return Error::invalidInput(tr("unknown bus state \"%1\" (expected one of %2)").arg(state, busStateNames().join(QStringLiteral(", "))),
                                       where("state"));
        const QVariant exportKw = table->columns[4][i];
        if (!exportKw.isNull()) {
            bus.specification.exportKw = exportKw.toDouble();
            if (!(bus.specification.exportKw > 0.0))
                return Error::invalidInput(tr("export power must be positive, not %1 kW").arg(exportKw.toString()), where("export_kw"));
        }
        if (!std::isfinite(energy) || energy < 0.0 || energy > bus.specification.tankKwh + 1e-9)
            return Error::invalidInput(tr("energy %1 kWh is outside 0..%2 kWh").arg(energy).arg(bus.specification.tankKwh),
                                       where("energy_kwh"));
        bus.energyKwh = energy;
        const geo::Geometry &g = table->geometries[i];
        if (g.isEmpty())
            return Error::invalidInput(tr("the bus has no position"), where("geom"));
        bus.position = g.points().front();
        result.push_back(std::move(bus));
    }
    return result;
}

core::Result<std::vector<HydrogenStation>> DispatchInputReader::stations(const store::TwinStore &twin)
{
    const QString layer = QStringLiteral("hydrogen_stations");
    if (!twin.hasLayer(layer))
        return std::vector<HydrogenStation>{};
    auto table = twin.read(layer, {QStringLiteral("name")});
    if (!table)
        return table.error();
    std::vector<HydrogenStation> result;
    for (std::size_t i = 0; i < table->size(); ++i) {
        if (table->geometries[i].isEmpty())
            continue;
        result.push_back({table->fids[i], table->columns[0][i].toString(), table->geometries[i].points().front()});
    }
    return result;
}

bool DispatchInputReader::hasPowerNeedView(const store::TwinStore &twin)
{
    return SqlStatement::hasRelation(twin.handle(), QStringLiteral("shelter_power_need"));
}

core::Result<std::vector<ShelterNeed>> DispatchInputReader::shelterNeeds(const store::TwinStore &twin)
{
    if (!hasPowerNeedView(twin))
        return Error::notFound(tr("the twin has no view shelter_power_need: the shelters plugin (schema version 2 or "
                                  "later) provides the shelters' occupancy, medical needs and outage hours"),
                               twin.path());
    auto where = positions(twin, QStringLiteral("shelters"));
    if (!where)
        return where.error();
    SqlStatement query(twin.handle(), QStringLiteral(
        "SELECT shelter_fid, name, capacity, occupancy, medical_count, expected_outage_hours, load_kw "
        "FROM shelter_power_need WHERE power IN ('none', 'fuel_cell_bus') ORDER BY shelter_fid"));
    std::vector<ShelterNeed> result;
    while (query.next()) {
        ShelterNeed need;
        need.fid = query.int64(0);
        need.name = query.text(1);
        need.capacity = int(query.int64(2));
        need.occupancy = int(query.int64(3));
        need.medicalCount = int(query.int64(4));
        need.expectedOutageHours = query.isNull(5) ? 0.0 : query.real(5);
        need.loadKw = query.isNull(6) ? 0.0 : query.real(6);
        const auto at = where->constFind(need.fid);
        if (at == where->constEnd())
            return Error::invalidInput(tr("shelter_power_need names shelter %1, which has no position in the shelters layer").arg(need.fid),
                                       QStringLiteral("shelter_power_need/%1").arg(need.fid));
        need.position = *at;
        result.push_back(std::move(need));
    }
    if (!query.status().ok())
        return query.status().error();
    return result;
}

} // namespace ct::hydrogen
