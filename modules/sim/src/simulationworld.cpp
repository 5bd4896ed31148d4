// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/simulationworld.h"

#include "geometryops.h"

#include "ct/routing/liveclosures.h"
#include "ct/store/twinstore.h"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ct::sim {

using core::Error;

namespace {

qint64 idOf(const store::AttributeColumn &column, std::size_t row)
{
    if (column.isNull(row))
        return -1;
    if (column.storage()[row] == store::AttributeColumn::Storage::Integer
        || column.storage()[row] == store::AttributeColumn::Storage::Real)
        return column.integer(row, -1);
    const std::string_view text = column.bytes(row);
    qint64 value = -1;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() ? value : -1;
}

QString textOf(const store::AttributeColumn &column, std::size_t row)
{
    if (column.isNull(row))
        return {};
    if (column.hasBytes() && (column.storage()[row] == store::AttributeColumn::Storage::Text))
        return QString::fromUtf8(column.bytes(row).data(), qsizetype(column.bytes(row).size()));
    return column.value(row).toString();
}

const QStringList &hazardColumns()
{
    static const QStringList columns{QStringLiteral("flood"), QStringLiteral("inland_flood"), QStringLiteral("landslide"),
                                     QStringLiteral("earthquake"), QStringLiteral("fire")};
    return columns;
}

} // namespace

core::Result<SimulationWorld> SimulationWorld::load(const store::TwinStore &twin)
{
    SimulationWorld world;
    world.m_twinPath = twin.path();
    world.m_loadedAt = QDateTime::currentDateTimeUtc();
    if (!twin.hasLayer(QStringLiteral("roads")))
        return Error::invalidInput(QStringLiteral("the twin has no roads layer: nothing to simulate movement on"), twin.path());
    auto car = routing::RoadGraph::fromTwin(twin, routing::Mode::Car);
    if (!car)
        return car.error();
    auto walk = routing::RoadGraph::fromTwin(twin, routing::Mode::Walk);
    if (!walk)
        return walk.error();
    if (car->edgeCount() == 0 || walk->edgeCount() == 0)
        return Error::invalidInput(QStringLiteral("the twin's roads layer has no usable road"), twin.path());
    world.m_car = std::move(car.value());
    world.m_walk = std::move(walk.value());

    // Roads: ids, lines and bridge flags for closures.
    auto roads = twin.readColumns(QStringLiteral("roads"), {QStringLiteral("road_id"), QStringLiteral("bridge")});
    if (!roads)
        return roads.error();
    const int idColumn = roads->columnIndex(QStringLiteral("road_id"));
    const int bridgeColumn = roads->columnIndex(QStringLiteral("bridge"));
    if (idColumn < 0)
        return Error::invalidInput(QStringLiteral("the roads layer has no road_id column"), twin.path());
    world.m_roadIds.reserve(roads->size());
    world.m_roadLines.reserve(roads->size());
    for (std::size_t row = 0; row < roads->size(); ++row) {
        const qint64 id = idOf(roads->columns[std::size_t(idColumn)], row);
        const auto points = roads->geometries.pointsOf(row);
        world.m_roadIds.push_back(id);
        world.m_roadLines.emplace_back(points.begin(), points.end());
        if (bridgeColumn >= 0 && roads->columns[std::size_t(bridgeColumn)].integer(row, 0) != 0 && id >= 0)
            world.m_bridges.push_back(id);
    }
    world.m_sortedRoadIds = world.m_roadIds;
    std::sort(world.m_sortedRoadIds.begin(), world.m_sortedRoadIds.end());
    std::sort(world.m_bridges.begin(), world.m_bridges.end());
    world.m_bridges.erase(std::unique(world.m_bridges.begin(), world.m_bridges.end()), world.m_bridges.end());

    if (twin.hasLayer(QStringLiteral("rivers"))) {
        auto rivers = twin.readColumns(QStringLiteral("rivers"), {QStringLiteral("name")});
        if (!rivers)
            return rivers.error();
        const int nameColumn = rivers->columnIndex(QStringLiteral("name"));
        for (std::size_t row = 0; nameColumn >= 0 && row < rivers->size(); ++row) {
            const auto points = rivers->geometries.pointsOf(row);
            auto &line = world.m_rivers[textOf(rivers->columns[std::size_t(nameColumn)], row)];
            line.insert(line.end(), points.begin(), points.end());
        }
    }

    if (twin.hasLayer(QStringLiteral("shelters"))) {
        auto shelters = twin.readColumns(QStringLiteral("shelters"));
        if (!shelters)
            return shelters.error();
        auto column = [&](const char *name) -> const store::AttributeColumn * {
            const int c = shelters->columnIndex(QString::fromLatin1(name));
            return c < 0 ? nullptr : &shelters->columns[std::size_t(c)];
        };
        const auto *sourceId = column("source_id");
        const auto *name = column("name");
        const auto *capacity = column("capacity");
        for (std::size_t row = 0; row < shelters->size(); ++row) {
            const auto points = shelters->geometries.pointsOf(row);
            if (points.empty())
                continue;
            Shelter s;
            s.fid = shelters->fids[row];
            s.sourceId = sourceId ? textOf(*sourceId, row) : QString();
            s.name = name ? textOf(*name, row) : QString();
            s.capacity = capacity ? int(std::max<qint64>(0, capacity->integer(row, 0))) : 0;
            s.position = points.front();
            s.carNode = world.m_car.nearestNode(s.position);
            s.walkNode = world.m_walk.nearestNode(s.position);
            for (const QString &hazard : hazardColumns()) {
                const int c = shelters->columnIndex(hazard);
                s.suitable.insert(hazard, c >= 0 && shelters->columns[std::size_t(c)].integer(row, 0) != 0);
            }
            world.m_shelters.push_back(s);
        }
    }

    if (twin.hasLayer(QStringLiteral("bus_stops"))) {
        world.m_hasBusStopLayer = true;
        auto stops = twin.readColumns(QStringLiteral("bus_stops"));
        if (!stops)
            return stops.error();
        const int idColumn = stops->columnIndex(QStringLiteral("stop_id"));
        const int nameColumn = stops->columnIndex(QStringLiteral("name"));
        for (std::size_t row = 0; row < stops->size(); ++row) {
            const auto points = stops->geometries.pointsOf(row);
            if (points.empty())
                continue;
            BusStop stop;
            stop.stopId = idColumn >= 0 ? textOf(stops->columns[std::size_t(idColumn)], row) : QString::number(stops->fids[row]);
            stop.name = nameColumn >= 0 ? textOf(stops->columns[std::size_t(nameColumn)], row) : QString();
            stop.position = points.front();
            stop.carNode = world.m_car.nearestNode(stop.position);
            stop.walkNode = world.m_walk.nearestNode(stop.position);
            world.m_busStops.push_back(stop);
        }
    }

    // Live operational state (branching from now): the shelters plugin's table, when present.
    sqlite3 *db = twin.handle();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT shelter_fid, status, occupancy FROM shelter_status", -1, &statement, nullptr)
        == SQLITE_OK) {
        world.m_hasLiveStatus = true;
        QHash<qint64, std::pair<QString, int>> live;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            live.insert(sqlite3_column_int64(statement, 0),
                        {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
                         sqlite3_column_int(statement, 2)});
        }
        for (Shelter &s : world.m_shelters) {
            const auto it = live.constFind(s.fid);
            if (it != live.constEnd()) {
                s.hasLiveStatus = true;
                s.liveStatus = it->first;
                s.liveOccupancy = std::max(0, it->second);
            }
        }
    }
    sqlite3_finalize(statement);
    if (core::Status closures = world.loadLiveRoadClosures(twin); !closures)
        return closures.error();

    if (twin.hasLayer(QStringLiteral("buildings"))) {
        auto buildings = twin.readColumns(QStringLiteral("buildings"), {QStringLiteral("residents")});
        if (!buildings)
            return buildings.error();
        const int residents = buildings->columnIndex(QStringLiteral("residents"));
        for (std::size_t row = 0; residents >= 0 && row < buildings->size(); ++row) {
            const qint64 people = buildings->columns[std::size_t(residents)].integer(row, 0);
            if (people <= 0)
                continue;
            const auto points = buildings->geometries.pointsOf(row);
            if (points.empty())
                continue;
            // Mean of the vertices (the closing vertex dropped): inside any convex footprint.
            const std::size_t n = points.size() > 1 && points.front() == points.back() ? points.size() - 1 : points.size();
            geo::Point c;
            for (std::size_t i = 0; i < n; ++i) {
                c.x += points[i].x;
                c.y += points[i].y;
            }
            world.m_homes.push_back({{c.x / double(n), c.y / double(n)}, int(people)});
        }
    }
    return world;
}

core::Status SimulationWorld::loadLiveRoadClosures(const store::TwinStore &twin)
{
    // Roads closed now in the twin; a twin without the table has none.
    auto ids = routing::LiveClosures::activeRoadIds(twin);
    if (!ids)
        return ids.error();
    m_liveClosedRoads = std::move(ids.value());
    return {};
}

std::vector<SimulationWorld::BusStop> SimulationWorld::collectionPoints(const Scenario::Buses &buses) const
{
    if (buses.stopsFromTwin)
        return m_busStops;
    std::vector<BusStop> points;
    for (std::size_t i = 0; i < buses.stops.size(); ++i) {
        BusStop stop;
        stop.stopId = QStringLiteral("buses.stops[%1]").arg(i);
        stop.position = buses.stops[i];
        stop.carNode = m_car.nearestNode(stop.position);
        stop.walkNode = m_walk.nearestNode(stop.position);
        points.push_back(stop);
    }
    return points;
}

std::int64_t SimulationWorld::residents() const
{
    std::int64_t total = 0;
    for (const Home &h : m_homes)
        total += h.residents;
    return total;
}

int SimulationWorld::shelterIndex(const Scenario::ShelterRef &ref) const
{
    for (std::size_t i = 0; i < m_shelters.size(); ++i) {
        if ((ref.fid >= 0 && m_shelters[i].fid == ref.fid) || (!ref.sourceId.isEmpty() && m_shelters[i].sourceId == ref.sourceId))
            return int(i);
    }
    return -1;
}

bool SimulationWorld::hasRoad(qint64 roadId) const
{
    return std::binary_search(m_sortedRoadIds.begin(), m_sortedRoadIds.end(), roadId);
}

QList<core::Error> SimulationWorld::validate(const Scenario &scenario) const
{
    QList<Error> errors;
    auto unknownShelter = [&](const Scenario::ShelterRef &ref) {
        if (shelterIndex(ref) < 0) {
            errors.append(Error::notFound(ref.fid >= 0 ? QStringLiteral("unknown shelter fid %1").arg(ref.fid)
                                                       : QStringLiteral("unknown shelter \"%1\"").arg(ref.sourceId),
                                          ref.path));
        }
    };
    for (const auto &ref : scenario.openShelters)
        unknownShelter(ref);
    for (const auto &ref : scenario.closedShelters)
        unknownShelter(ref);
    for (const Scenario::Action &a : scenario.actions) {
        if (a.kind == Scenario::Action::Kind::ReopenRoads && a.path.endsWith(QLatin1String(".until")))
            continue; // the closure itself reports unknown roads
        const bool single = a.roads.size() == 1 && !a.path.startsWith(QLatin1String("hazards"));
        for (std::size_t i = 0; i < a.roads.size(); ++i) {
            if (hasRoad(a.roads[i]))
                continue;
            const QString where = single ? a.path + QStringLiteral(".road")
                                         : QStringLiteral("%1.roads[%2]").arg(a.path).arg(i);
            errors.append(Error::notFound(QStringLiteral("unknown road id %1").arg(a.roads[i]), where));
        }
        if (a.kind == Scenario::Action::Kind::RiverOvertopping && !hasRiver(a.river)) {
            QStringList known = m_rivers.keys();
            known.sort();
            errors.append(Error::notFound(QStringLiteral("unknown river \"%1\" (the twin has: %2)")
                                              .arg(a.river, known.isEmpty() ? QStringLiteral("no rivers") : known.join(QStringLiteral(", "))),
                                          a.path + QStringLiteral(".river")));
        }
        if (a.kind == Scenario::Action::Kind::OpenShelter || a.kind == Scenario::Action::Kind::CloseShelter)
            unknownShelter(a.shelter);
    }
    if (scenario.buses.enabled && scenario.buses.stopsFromTwin) {
        if (!m_hasBusStopLayer)
            errors.append(Error::invalidInput(QStringLiteral("the twin has no bus_stops layer to collect riders at "
                                                             "(list the collection points as [[x, y], …])"),
                                              QStringLiteral("buses.stops")));
        else if (m_busStops.empty())
            errors.append(Error::invalidInput(QStringLiteral("the twin's bus_stops layer has no stop"), QStringLiteral("buses.stops")));
    }
    if (scenario.shelterInitial == Scenario::ShelterInitial::Live && !m_hasLiveStatus)
        errors.append(Error::invalidInput(QStringLiteral("\"live\" needs the shelters plugin's shelter_status table, which this twin lacks"),
                                          QStringLiteral("shelters.initial")));
    return errors;
}

std::vector<qint64> SimulationWorld::roadsMeeting(const std::vector<geo::Point> &polygon) const
{
    std::vector<qint64> out;
    if (polygon.size() < 3)
        return out;
    geo::Envelope box;
    for (const auto &p : polygon)
        box.expand(p);
    for (std::size_t r = 0; r < m_roadLines.size(); ++r) {
        geo::Envelope e;
        for (const auto &p : m_roadLines[r])
            e.expand(p);
        if (e.isEmpty() || !e.intersects(box))
            continue;
        if (detail::lineMeetsRing(m_roadLines[r], polygon))
            out.push_back(m_roadIds[r]);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<geo::Point> SimulationWorld::riverSection(const QString &river, double from, double to) const
{
    const auto it = m_rivers.constFind(river);
    if (it == m_rivers.constEnd())
        return {};
    return detail::subLine(*it, from, to);
}

std::vector<qint64> SimulationWorld::roadsNearRiver(const QString &river, double widthM, double from, double to) const
{
    std::vector<qint64> out;
    const std::vector<geo::Point> section = riverSection(river, from, to);
    if (section.size() < 2)
        return out;
    geo::Envelope box;
    for (const auto &p : section)
        box.expand(p);
    box.minX -= widthM;
    box.minY -= widthM;
    box.maxX += widthM;
    box.maxY += widthM;
    for (std::size_t r = 0; r < m_roadLines.size(); ++r) {
        const auto &line = m_roadLines[r];
        geo::Envelope e;
        for (const auto &p : line)
            e.expand(p);
        if (e.isEmpty() || !e.intersects(box))
            continue;
        bool near = false;
        for (std::size_t i = 0; i < line.size() && !near; ++i) {
            for (std::size_t k = 0; k + 1 < section.size() && !near; ++k)
                near = detail::segmentDistance(line[i], section[k], section[k + 1]) <= widthM;
        }
        for (std::size_t i = 0; i + 1 < line.size() && !near; ++i) {
            for (std::size_t k = 0; k + 1 < section.size() && !near; ++k)
                near = detail::segmentsIntersect(line[i], line[i + 1], section[k], section[k + 1]);
        }
        if (near)
            out.push_back(m_roadIds[r]);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace ct::sim
