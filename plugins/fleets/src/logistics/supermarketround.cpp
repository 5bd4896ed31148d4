// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/supermarketround.h"

#include "ct/fleets/liveoperationsschema.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace ct::fleets {

using store::SqlStatement;

core::Result<std::vector<SupermarketStop>> SupermarketRound::read(const store::TwinStore &twin, const QString &vehicleId)
{
    SqlStatement select(twin.handle(), "SELECT seq, name, x, y, scheduled_arrival, dwell_s FROM supermarket_stop "
                                       "WHERE vehicle_id = ? ORDER BY seq");
    if (!select.isValid())
        return select.failure(QStringLiteral("supermarket_stop"));
    select.bind(1, vehicleId);
    std::vector<SupermarketStop> stops;
    while (select.next())
        stops.push_back({int(select.int64(0)), select.text(1), {select.real(2), select.real(3)}, int(select.int64(4)), int(select.int64(5))});
    if (!select.status())
        return select.failure(QStringLiteral("supermarket_stop"));
    return stops;
}

core::Status SupermarketRound::write(store::TwinStore &twin, const QString &vehicleId, const std::vector<SupermarketStop> &stops)
{
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const SupermarketStop &s = stops[i];
        const QString where = QStringLiteral("supermarket_stop %1/%2").arg(vehicleId).arg(s.sequence);
        if (i > 0 && s.sequence <= stops[i - 1].sequence)
            return core::Error::invalidInput(QCoreApplication::translate("SupermarketRound", "stop sequences must rise"), where);
        if (i > 0 && s.scheduledArrival < stops[i - 1].scheduledArrival)
            return core::Error::invalidInput(QCoreApplication::translate("SupermarketRound", "the scheduled arrival is before the previous stop's"), where);
        if (s.scheduledArrival < 0 || s.dwellSeconds < 0 || !std::isfinite(s.position.x) || !std::isfinite(s.position.y))
            return core::Error::invalidInput(QCoreApplication::translate("SupermarketRound", "arrival, dwell and position must be valid"), where);
    }
    SqlStatement remove(twin.handle(), "DELETE FROM supermarket_stop WHERE vehicle_id = ?");
    if (!remove.isValid())
        return remove.failure(QStringLiteral("supermarket_stop"));
    remove.bind(1, vehicleId);
    if (!remove.exec())
        return remove.failure(QStringLiteral("supermarket_stop"));
    SqlStatement insert(twin.handle(), "INSERT INTO supermarket_stop (vehicle_id, seq, name, x, y, scheduled_arrival, dwell_s) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return insert.failure(QStringLiteral("supermarket_stop"));
    for (const SupermarketStop &s : stops) {
        insert.bind(1, vehicleId);
        insert.bind(2, s.sequence);
        insert.bind(3, s.name.isNull() ? QStringLiteral("") : s.name);
        insert.bind(4, s.position.x);
        insert.bind(5, s.position.y);
        insert.bind(6, s.scheduledArrival);
        insert.bind(7, s.dwellSeconds);
        if (!insert.exec())
            return insert.failure(QStringLiteral("supermarket_stop"));
        insert.reset();
    }
    return {};
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SupermarketRound", text);
}

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

QJsonArray toJson(const std::vector<SupermarketStop> &stops)
{
    QJsonArray list;
    for (const SupermarketStop &s : stops)
        list.append(QJsonObject{{QStringLiteral("seq"), s.sequence},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("arrival"), clock(s.scheduledArrival)},
                                {QStringLiteral("dwell_s"), s.dwellSeconds}});
    return list;
}

} // namespace

core::Status SupermarketRound::validate(const QString &vehicleId, const std::vector<SupermarketStop> &stops)
{
    if (stops.empty())
        return core::Error::invalidInput(tr("a round needs at least one stop"), QStringLiteral("supermarket_stop %1").arg(vehicleId));
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const SupermarketStop &s = stops[i];
        auto where = [&](const char *field) {
            return QStringLiteral("supermarket_stop %1/%2.%3").arg(vehicleId).arg(i + 1).arg(QLatin1String(field));
        };
        if (s.name.trimmed().isEmpty())
            return core::Error::invalidInput(tr("stop %1 has no name").arg(i + 1), where("name"));
        if (s.dwellSeconds < 0)
            return core::Error::invalidInput(tr("stop %1: the dwell must not be negative").arg(i + 1), where("dwell_s"));
        if (s.scheduledArrival < 0 || s.scheduledArrival >= 48 * 3600)
            return core::Error::invalidInput(tr("stop %1: the arrival must be a time of day").arg(i + 1), where("scheduled_arrival"));
        if (!std::isfinite(s.position.x) || !std::isfinite(s.position.y))
            return core::Error::invalidInput(tr("stop %1 has no position").arg(i + 1), where("x"));
        if (i > 0) {
            const SupermarketStop &p = stops[i - 1];
            if (s.scheduledArrival < p.scheduledArrival + p.dwellSeconds)
                return core::Error::invalidInput(tr("stop %1 is due at %2, before stop %3 is left at %4: times out of order")
                                                     .arg(i + 1)
                                                     .arg(clock(s.scheduledArrival))
                                                     .arg(i)
                                                     .arg(clock(p.scheduledArrival + p.dwellSeconds)),
                                                 where("scheduled_arrival"));
        }
    }
    return {};
}

core::Status SupermarketRound::save(store::TwinStore &twin, const core::Actor &actor, const QString &vehicleId,
                                    std::vector<SupermarketStop> stops)
{
    const QString target = QStringLiteral("supermarket_stop:%1").arg(vehicleId);
    if (auto allowed = twin.mayPerform(actor, LiveOperationsSchema::supermarketAction(), target); !allowed)
        return allowed;
    for (std::size_t i = 0; i < stops.size(); ++i)
        stops[i].sequence = int(i) + 1;
    if (auto valid = validate(vehicleId, stops); !valid)
        return valid;
    return twin.perform(actor, LiveOperationsSchema::supermarketAction(), target,
                        [&](store::TwinStore &store, QJsonObject &before, QJsonObject &after) -> core::Status {
        SqlStatement kind(store.handle(), "SELECT kind FROM fleet_vehicle WHERE vehicle_id = ?");
        kind.bind(1, vehicleId);
        if (!kind.next() || kind.text(0) != QLatin1String("mobile_supermarket"))
            return core::Error::notFound(tr("%1 is not a mobile supermarket of the fleet").arg(vehicleId), target);
        auto old = read(store, vehicleId);
        if (!old)
            return old.error();
        before = {{QStringLiteral("stops"), toJson(*old)}};
        if (auto s = write(store, vehicleId, stops); !s)
            return s;
        after = {{QStringLiteral("stops"), toJson(stops)}};
        return {};
    });
}

core::Result<int> SupermarketRound::seedDemo(store::TwinStore &twin)
{
    if (!twin.hasLayer(QStringLiteral("bus_stops")))
        return 0;
    auto table = twin.read(QStringLiteral("bus_stops"), {QStringLiteral("name")});
    if (!table)
        return table.error();
    std::vector<std::pair<QString, geo::Point>> candidates;
    const int nameColumn = table->columnIndex(QStringLiteral("name"));
    for (std::size_t i = 0; i < table->size(); ++i)
        if (!table->geometries[i].isEmpty())
            candidates.push_back({nameColumn >= 0 ? table->columns[std::size_t(nameColumn)][i].toString() : QString(),
                                  table->geometries[i].points().front()});
    SqlStatement vehicles(twin.handle(), "SELECT vehicle_id, x, y FROM fleet_vehicle WHERE kind = 'mobile_supermarket' "
                                         "AND x IS NOT NULL AND y IS NOT NULL ORDER BY vehicle_id");
    if (!vehicles.isValid())
        return vehicles.failure(QStringLiteral("fleet_vehicle"));
    std::vector<std::pair<QString, geo::Point>> supermarkets;
    while (vehicles.next())
        supermarkets.push_back({vehicles.text(0), {vehicles.real(1), vehicles.real(2)}});
    constexpr int kStops = 6;
    constexpr double kSpacingM = 400.0, kSpeedMps = 25.0 / 3.6, kDetour = 1.4;
    int written = 0;
    for (std::size_t v = 0; v < supermarkets.size(); ++v) {
        std::vector<bool> used(candidates.size(), false);
        std::vector<SupermarketStop> round;
        geo::Point at = supermarkets[v].second;
        int clock = (10 + 4 * int(v % 3)) * 3600;
        for (int k = 0; k < kStops; ++k) {
            // The nearest unused stop, at least kSpacingM from the last one (the first: any).
            std::size_t best = candidates.size();
            double bestDistance = 0.0;
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                const double d = std::hypot(candidates[c].second.x - at.x, candidates[c].second.y - at.y);
                if (used[c] || (k > 0 && d < kSpacingM))
                    continue;
                if (best == candidates.size() || d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            if (best == candidates.size())
                break;
            used[best] = true;
            if (k > 0) {
                const int travel = int(std::ceil(bestDistance * kDetour / kSpeedMps / 300.0)) * 300;
                clock += round.back().dwellSeconds + travel;
            }
            round.push_back({k + 1, candidates[best].first, candidates[best].second, clock, 1200});
            at = candidates[best].second;
        }
        if (core::Status s = write(twin, supermarkets[v].first, round); !s)
            return s.error();
        written += int(round.size());
    }
    return written;
}

} // namespace ct::fleets
