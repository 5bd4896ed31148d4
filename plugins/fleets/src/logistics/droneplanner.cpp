// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/droneplanner.h"

#include <QCoreApplication>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <queue>

namespace ct::fleets {

namespace {

// Distances below this (metres) count as touching: the outlines are kilometres long, coordinates
// tens of kilometres from the origin, so this is far above rounding and far below any clearance.
constexpr double kTouch = 1e-6;

double distance(geo::Point a, geo::Point b) { return std::hypot(b.x - a.x, b.y - a.y); }

/// Signed distance of `p` from the line through a→b (left positive).
double side(geo::Point a, geo::Point b, geo::Point p)
{
    const double length = distance(a, b);
    if (length == 0.0)
        return distance(a, p);
    return ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length;
}

double segmentDistance(geo::Point p, geo::Point a, geo::Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return distance(p, {a.x + t * dx, a.y + t * dy});
}

/// The rings of `polygon` without the repeated closing point.
std::vector<std::vector<geo::Point>> ringsOf(const OGRPolygon &polygon)
{
    std::vector<std::vector<geo::Point>> rings;
    auto take = [&](const OGRLinearRing *ring) {
        if (!ring)
            return;
        std::vector<geo::Point> points;
        for (int i = 0; i < ring->getNumPoints(); ++i)
            points.push_back({ring->getX(i), ring->getY(i)});
        if (points.size() > 1 && points.front() == points.back())
            points.pop_back();
        if (points.size() >= 3)
            rings.push_back(std::move(points));
    };
    take(polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        take(polygon.getInteriorRing(i));
    return rings;
}

/// Every polygon inside `geometry` (a polygon, multipolygon or collection).
void collectPolygons(const OGRGeometry *geometry, std::vector<std::vector<std::vector<geo::Point>>> &out)
{
    if (!geometry || geometry->IsEmpty())
        return;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        auto rings = ringsOf(*geometry->toPolygon());
        if (!rings.empty())
            out.push_back(std::move(rings));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        const auto *collection = geometry->toGeometryCollection();
        for (int i = 0; i < collection->getNumGeometries(); ++i)
            collectPolygons(collection->getGeometryRef(i), out);
    }
}

bool strictlyInside(const std::vector<std::vector<geo::Point>> &rings, geo::Point p)
{
    bool inside = false;
    for (const auto &ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const geo::Point a = ring[j], b = ring[i];
            if (segmentDistance(p, a, b) < kTouch)
                return false; // on the outline: not inside
            if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y))
                inside = !inside;
        }
    }
    return inside;
}

QString zoneLabel(const NoFlyZone &zone)
{
    return zone.name.isEmpty() ? zone.id : QStringLiteral("%1 (%2)").arg(zone.name, zone.id);
}

} // namespace

core::Result<DronePlanner> DronePlanner::create(const std::vector<NoFlyZone> &zones, double clearanceM, bool reducedGraph)
{
    if (!(clearanceM > 0.0) || !std::isfinite(clearanceM))
        return core::Error::invalidInput(QCoreApplication::translate("DronePlanner", "the clearance around no-fly zones must be above 0 m"));
    DronePlanner planner;
    planner.m_clearance = clearanceM;
    planner.m_reduced = reducedGraph;
    planner.m_zones = zones;
    OGRMultiPolygon all;
    for (const NoFlyZone &zone : zones) {
        OGRPolygon polygon;
        for (const auto &ring : zone.rings) {
            auto linear = std::make_unique<OGRLinearRing>();
            for (const geo::Point &p : ring) {
                if (!std::isfinite(p.x) || !std::isfinite(p.y))
                    return core::Error::invalidInput(QCoreApplication::translate("DronePlanner", "a corner is not a finite coordinate"), zoneLabel(zone));
                linear->addPoint(p.x, p.y);
            }
            linear->closeRings();
            polygon.addRingDirectly(linear.release());
        }
        std::vector<geo::Point> distinct;
        if (!zone.rings.empty())
            for (const geo::Point &p : zone.rings.front())
                if (std::find(distinct.begin(), distinct.end(), p) == distinct.end())
                    distinct.push_back(p);
        if (distinct.size() < 3 || polygon.get_Area() <= 0.0)
            return core::Error::invalidInput(QCoreApplication::translate("DronePlanner", "the outline needs at least three corners enclosing an area"), zoneLabel(zone));
        std::unique_ptr<OGRGeometry> valid(polygon.IsValid() ? polygon.clone() : polygon.MakeValid());
        // GEOS draws the rounded corners with chords of up to 1.5 × 90°/4: widened a little more,
        // so that even the chords keep the whole clearance (few corners keep the graph small).
        std::unique_ptr<OGRGeometry> widened(valid ? valid->Buffer(clearanceM / std::cos(3.0 * M_PI / 32.0) + kTouch, 4) : nullptr);
        if (!widened || widened->IsEmpty())
            return core::Error::invalidInput(QCoreApplication::translate("DronePlanner", "the outline cannot be widened by the clearance"), zoneLabel(zone));
        std::vector<std::vector<std::vector<geo::Point>>> parts;
        collectPolygons(widened.get(), parts);
        std::vector<std::vector<geo::Point>> zoneRings;
        for (auto &part : parts)
            for (auto &ring : part)
                zoneRings.push_back(std::move(ring));
        planner.m_zoneBuffers.push_back(std::move(zoneRings));
        if (wkbFlatten(widened->getGeometryType()) == wkbPolygon)
            all.addGeometry(widened.get());
        else if (wkbFlatten(widened->getGeometryType()) == wkbMultiPolygon)
            for (const auto *part : *widened->toMultiPolygon())
                all.addGeometry(part);
    }
    if (!all.IsEmpty()) {
        std::unique_ptr<OGRGeometry> merged(all.UnionCascaded());
        if (!merged)
            return core::Error::internal(QCoreApplication::translate("DronePlanner", "the no-fly zones cannot be merged"));
        collectPolygons(merged.get(), planner.m_obstacles);
    }
    for (const auto &obstacle : planner.m_obstacles) {
        Box box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                std::numeric_limits<double>::lowest()};
        for (const auto &ring : obstacle)
            for (std::size_t i = 0; i < ring.size(); ++i) {
                const geo::Point p = ring[i];
                box.minX = std::min(box.minX, p.x);
                box.minY = std::min(box.minY, p.y);
                box.maxX = std::max(box.maxX, p.x);
                box.maxY = std::max(box.maxY, p.y);
                planner.m_corners.push_back(p);
                planner.m_neighbours.push_back({ring[(i + ring.size() - 1) % ring.size()], ring[(i + 1) % ring.size()]});
            }
        planner.m_boxes.push_back(box);
    }
    const std::size_t n = planner.m_corners.size();
    planner.m_sees.assign(n, std::vector<char>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            planner.m_sees[i][j] = planner.m_sees[j][i] =
                planner.tangent(i, planner.m_corners[j]) && planner.tangent(j, planner.m_corners[i])
                        && planner.legIsFree(planner.m_corners[i], planner.m_corners[j])
                    ? 1
                    : 0;
    return planner;
}

bool DronePlanner::tangent(std::size_t c, geo::Point p) const
{
    if (!m_reduced)
        return true;
    const geo::Point corner = m_corners[c];
    const double before = side(corner, p, m_neighbours[c].first), after = side(corner, p, m_neighbours[c].second);
    return (before >= -kTouch && after >= -kTouch) || (before <= kTouch && after <= kTouch);
}

bool DronePlanner::insideObstacle(int obstacle, geo::Point p) const
{
    return strictlyInside(m_obstacles[std::size_t(obstacle)], p);
}

int DronePlanner::zoneAt(geo::Point p) const
{
    for (std::size_t z = 0; z < m_zoneBuffers.size(); ++z)
        if (strictlyInside(m_zoneBuffers[z], p))
            return int(z);
    return -1;
}

bool DronePlanner::legIsFree(geo::Point a, geo::Point b) const
{
    const double minX = std::min(a.x, b.x), maxX = std::max(a.x, b.x);
    const double minY = std::min(a.y, b.y), maxY = std::max(a.y, b.y);
    const double length = distance(a, b);
    for (std::size_t o = 0; o < m_obstacles.size(); ++o) {
        const Box &box = m_boxes[o];
        if (maxX < box.minX || minX > box.maxX || maxY < box.minY || minY > box.maxY)
            continue;
        // Without a proper crossing of an outline edge, the leg goes in or out only at corners
        // lying on it: between those, each piece is wholly inside, outside or on the outline.
        std::vector<double> events{0.0, 1.0};
        for (const auto &ring : m_obstacles[o]) {
            const std::size_t n = ring.size();
            for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
                const geo::Point c = ring[j], d = ring[i];
                // An edge whose box misses the leg's box can neither cross it nor have d on it.
                if (std::max(c.x, d.x) < minX - kTouch || std::min(c.x, d.x) > maxX + kTouch
                    || std::max(c.y, d.y) < minY - kTouch || std::min(c.y, d.y) > maxY + kTouch)
                    continue;
                const double sc = side(a, b, c), sd = side(a, b, d);
                const double sa = side(c, d, a), sb = side(c, d, b);
                if (((sc > kTouch && sd < -kTouch) || (sc < -kTouch && sd > kTouch))
                    && ((sa > kTouch && sb < -kTouch) || (sa < -kTouch && sb > kTouch)))
                    return false;
                if (std::abs(sd) < kTouch && length > 0.0) {
                    const double t = ((d.x - a.x) * (b.x - a.x) + (d.y - a.y) * (b.y - a.y)) / (length * length);
                    if (t > 0.0 && t < 1.0)
                        events.push_back(t);
                }
            }
        }
        std::sort(events.begin(), events.end());
        for (std::size_t k = 0; k + 1 < events.size(); ++k) {
            if (events[k + 1] - events[k] <= 0.0)
                continue;
            const double t = 0.5 * (events[k] + events[k + 1]);
            if (insideObstacle(int(o), {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)}))
                return false;
        }
    }
    return true;
}

std::vector<geo::Point> DronePlanner::shortest(geo::Point from, geo::Point to, double *metres) const
{
    const std::size_t n = m_corners.size();
    const std::size_t source = n, target = n + 1;
    std::vector<char> fromSees(n), toSees(n);
    for (std::size_t i = 0; i < n; ++i) {
        fromSees[i] = tangent(i, from) && legIsFree(from, m_corners[i]) ? 1 : 0;
        toSees[i] = tangent(i, to) && legIsFree(m_corners[i], to) ? 1 : 0;
    }
    auto point = [&](std::size_t v) { return v == source ? from : v == target ? to : m_corners[v]; };
    std::vector<double> dist(n + 2, std::numeric_limits<double>::infinity());
    std::vector<std::size_t> parent(n + 2, std::numeric_limits<std::size_t>::max());
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    dist[source] = 0.0;
    heap.push({0.0, source});
    const bool direct = legIsFree(from, to);
    while (!heap.empty()) {
        const auto [d, v] = heap.top();
        heap.pop();
        if (d > dist[v])
            continue;
        if (v == target)
            break;
        auto relax = [&](std::size_t w) {
            const double candidate = d + distance(point(v), point(w));
            if (candidate < dist[w]) {
                dist[w] = candidate;
                parent[w] = v;
                heap.push({candidate, w});
            }
        };
        if (v == source) {
            if (direct)
                relax(target);
            for (std::size_t w = 0; w < n; ++w)
                if (fromSees[w])
                    relax(w);
        } else {
            if (toSees[v])
                relax(target);
            for (std::size_t w = 0; w < n; ++w)
                if (w != v && m_sees[v][w])
                    relax(w);
        }
    }
    if (!std::isfinite(dist[target]))
        return {};
    std::vector<geo::Point> path;
    for (std::size_t v = target; v != source; v = parent[v])
        path.push_back(point(v));
    path.push_back(from);
    std::reverse(path.begin(), path.end());
    *metres = dist[target];
    return path;
}

core::Result<DronePath> DronePlanner::plan(geo::Point from, geo::Point to, const DroneSpec &drone, bool returnToStart) const
{
    for (const auto &[p, what] : {std::pair{from, QCoreApplication::translate("DronePlanner", "the take-off point")},
                                  std::pair{to, QCoreApplication::translate("DronePlanner", "the destination")}}) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return core::Error::invalidInput(QCoreApplication::translate("DronePlanner", "%1 is not a finite coordinate").arg(what));
        if (const int zone = zoneAt(p); zone >= 0)
            return core::Error::refused(QCoreApplication::translate("DronePlanner", "%1 lies in the no-fly zone %2 or within %3 m of it")
                                            .arg(what, zoneLabel(m_zones[std::size_t(zone)]), QString::number(m_clearance)));
    }
    if (!(drone.cruiseSpeedMps > 0.0) || !(drone.fullRangeM > 0.0) || drone.charge < 0.0 || drone.charge > 1.0
        || drone.reserve < 0.0 || drone.reserve >= 1.0)
        return core::Error::invalidInput(QCoreApplication::translate("DronePlanner", "the drone needs a speed and range above 0, a charge of 0–100 % and a reserve below 100 %"));
    const double usable = drone.usableRangeM();
    if (usable <= 0.0)
        return core::Error::refused(QCoreApplication::translate("DronePlanner", "the battery is at %1 %, not above the %2 % reserve")
                                        .arg(qRound(drone.charge * 100)).arg(qRound(drone.reserve * 100)));
    double metres = 0.0;
    std::vector<geo::Point> out = shortest(from, to, &metres);
    if (out.empty())
        return core::Error::refused(QCoreApplication::translate("DronePlanner", "no air corridor leads around the no-fly zones to the destination"));
    DronePath path;
    path.waypoints = out;
    path.metres = metres;
    if (returnToStart) {
        for (auto it = out.rbegin() + 1; it != out.rend(); ++it)
            path.waypoints.push_back(*it);
        path.metres = 2.0 * metres;
    }
    path.seconds = path.metres / drone.cruiseSpeedMps;
    path.usableRangeM = usable;
    if (path.metres > usable)
        return core::Error::refused(QCoreApplication::translate("DronePlanner", "the flight needs %1 km, the battery allows %2 km keeping the %3 % reserve")
                                        .arg(path.metres / 1000.0, 0, 'f', 2).arg(usable / 1000.0, 0, 'f', 2).arg(qRound(drone.reserve * 100)));
    return path;
}

} // namespace ct::fleets
