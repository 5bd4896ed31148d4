// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/noflyzones.h"

#include "ct/fleets/logistics/logisticsschema.h"
#include "ct/store/featurewriter.h"
#include "ct/store/twinstore.h"

#include <algorithm>
#include <cmath>

namespace ct::fleets {

namespace {

std::vector<geo::Point> circle(geo::Point centre, double radius)
{
    std::vector<geo::Point> ring;
    constexpr int kCorners = 32;
    for (int i = 0; i < kCorners; ++i) {
        const double a = 2.0 * M_PI * i / kCorners;
        ring.push_back({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
    }
    ring.push_back(ring.front());
    return ring;
}

QString text(const store::FeatureTable &table, const QString &column, std::size_t row)
{
    const int c = table.columnIndex(column);
    return c >= 0 ? table.columns[std::size_t(c)][row].toString() : QString();
}

} // namespace

core::Result<std::vector<NoFlyZone>> NoFlyZones::read(const store::TwinStore &twin)
{
    std::vector<NoFlyZone> zones;
    const QString layer = LogisticsSchema::noFlyZoneLayer().name;
    if (!twin.hasLayer(layer))
        return zones;
    auto table = twin.read(layer, {QStringLiteral("zone_id"), QStringLiteral("name"), QStringLiteral("kind")});
    if (!table)
        return table.error();
    for (std::size_t i = 0; i < table->size(); ++i) {
        const geo::Geometry &g = table->geometries[i];
        if (g.isEmpty() || (g.type() != geo::GeometryType::Polygon && g.type() != geo::GeometryType::MultiPolygon))
            continue;
        QString id = text(*table, QStringLiteral("zone_id"), i);
        if (id.isEmpty())
            id = QString::number(table->fids[i]);
        for (int part = 0; part < g.partCount(); ++part) {
            NoFlyZone zone{g.partCount() > 1 ? QStringLiteral("%1#%2").arg(id).arg(part + 1) : id,
                           text(*table, QStringLiteral("name"), i), text(*table, QStringLiteral("kind"), i), {}};
            for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r) {
                const auto ring = g.ring(r);
                zone.rings.emplace_back(ring.begin(), ring.end());
            }
            if (!zone.rings.empty())
                zones.push_back(std::move(zone));
        }
    }
    return zones;
}

core::Result<int> NoFlyZones::seedDemo(store::TwinStore &twin, double helipadRadiusM, double crowdRadiusM)
{
    auto writer = twin.writer(LogisticsSchema::noFlyZoneLayer().name, {QStringLiteral("zone_id"), QStringLiteral("name"), QStringLiteral("kind")});
    if (!writer)
        return writer.error();
    int written = 0;
    if (twin.hasLayer(QStringLiteral("hospitals"))) {
        auto hospitals = twin.read(QStringLiteral("hospitals"), {QStringLiteral("name")});
        if (!hospitals)
            return hospitals.error();
        for (std::size_t i = 0; i < hospitals->size(); ++i) {
            if (hospitals->geometries[i].isEmpty())
                continue;
            const geo::Point at = hospitals->geometries[i].points().front();
            auto fid = writer->insert(geo::Geometry::polygon({circle(at, helipadRadiusM)}),
                                      {QStringLiteral("helipad-%1").arg(hospitals->fids[i]), text(*hospitals, QStringLiteral("name"), i),
                                       QStringLiteral("helipad")});
            if (!fid)
                return fid.error();
            ++written;
        }
    }
    if (twin.hasLayer(QStringLiteral("bus_stops"))) {
        // Crowds gather at the hubs: the two stops served by the most routes.
        auto stops = twin.read(QStringLiteral("bus_stops"), {QStringLiteral("stop_id"), QStringLiteral("name"), QStringLiteral("route_ids")});
        if (!stops)
            return stops.error();
        std::vector<std::pair<int, std::size_t>> busiest;
        for (std::size_t i = 0; i < stops->size(); ++i)
            if (!stops->geometries[i].isEmpty())
                busiest.push_back({int(text(*stops, QStringLiteral("route_ids"), i).split(QLatin1Char(','), Qt::SkipEmptyParts).size()), i});
        std::stable_sort(busiest.begin(), busiest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; k < std::min<std::size_t>(2, busiest.size()); ++k) {
            const std::size_t i = busiest[k].second;
            auto fid = writer->insert(geo::Geometry::polygon({circle(stops->geometries[i].points().front(), crowdRadiusM)}),
                                      {QStringLiteral("crowd-%1").arg(text(*stops, QStringLiteral("stop_id"), i)),
                                       text(*stops, QStringLiteral("name"), i), QStringLiteral("crowd")});
            if (!fid)
                return fid.error();
            ++written;
        }
    }
    if (core::Status s = writer->finish(); !s)
        return s.error();
    return written;
}

} // namespace ct::fleets
