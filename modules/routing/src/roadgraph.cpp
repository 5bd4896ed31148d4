// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/routing/roadgraph.h"

#include "ct/geo/geometry.h"
#include "ct/store/twinstore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace ct::routing {

namespace {

/// A feature id from an id column of either kind: integers as they are, text that is a number as
/// that number (imported layers store ids as text), other text as a stable 63-bit FNV-1a hash.
/// `fallback` (the fid) for NULL.
qint64 idOf(const store::AttributeColumn &column, std::size_t row, qint64 fallback)
{
    if (column.isNull(row))
        return fallback;
    const std::string_view text = column.bytes(row);
    if (text.empty())
        return column.integer(row, fallback);
    bool numeric = false;
    const qint64 number = QByteArray::fromRawData(text.data(), qsizetype(text.size())).toLongLong(&numeric);
    if (numeric)
        return number;
    std::uint64_t hash = 1469598103934665603ull;
    for (const char c : text) {
        hash ^= std::uint8_t(c);
        hash *= 1099511628211ull;
    }
    return qint64(hash >> 1);
}

//! Fallback when a road has no usable speed (km/h).
constexpr double kDefaultSpeedKmh = 30.0;

struct DirectedEdge
{
    int tail;
    int head;
    int road;       // index into the input roads
    bool reversed;  // runs to → from
};

} // namespace

core::Result<RoadGraph> RoadGraph::fromRoads(std::vector<geo::Point> positions, std::vector<qint64> twinNodeIds,
                                             std::span<const Road> roads, Mode mode)
{
    const int n = int(positions.size());
    if (!twinNodeIds.empty() && int(twinNodeIds.size()) != n)
        return core::Error::invalidInput(QStringLiteral("%1 node ids for %2 nodes").arg(twinNodeIds.size()).arg(n));
    if (twinNodeIds.empty()) {
        twinNodeIds.resize(static_cast<std::size_t>(n));
        std::iota(twinNodeIds.begin(), twinNodeIds.end(), qint64(1));
    }
    std::vector<DirectedEdge> directed;
    directed.reserve(roads.size() * 2);
    for (int r = 0; r < int(roads.size()); ++r) {
        const Road &road = roads[std::size_t(r)];
        if (road.from < 0 || road.from >= n || road.to < 0 || road.to >= n)
            return core::Error::invalidInput(QStringLiteral("road %1 names a node outside 0..%2").arg(road.roadId).arg(n - 1),
                                             QStringLiteral("roads[%1]").arg(r));
        directed.push_back({road.from, road.to, r, false});
        if (!road.oneway || mode == Mode::Walk)
            directed.push_back({road.to, road.from, r, true});
    }
    // Counting sort by tail: the CSR order.
    RoadGraph g;
    g.m_mode = mode;
    g.m_positions = std::move(positions);
    g.m_twinNodeIds = std::move(twinNodeIds);
    g.m_firstOut.assign(std::size_t(n) + 1, 0);
    for (const auto &d : directed)
        ++g.m_firstOut[std::size_t(d.tail) + 1];
    for (int v = 0; v < n; ++v)
        g.m_firstOut[std::size_t(v) + 1] += g.m_firstOut[std::size_t(v)];
    const std::size_t m = directed.size();
    std::vector<int> slot(g.m_firstOut.begin(), g.m_firstOut.end() - 1);
    std::vector<int> order(m);
    for (std::size_t i = 0; i < m; ++i)
        order[std::size_t(slot[std::size_t(directed[i].tail)]++)] = int(i);

    g.m_tail.resize(m);
    g.m_head.resize(m);
    g.m_roadId.resize(m);
    g.m_length.resize(m);
    g.m_seconds.resize(m);
    g.m_capacity.resize(m);
    g.m_lanes.resize(m);
    g.m_class.resize(m);
    g.m_shape.assign(m, -1);
    g.m_shapeReversed.assign(m, false);
    std::vector<int> shapeOfRoad(roads.size(), -2); // -2: not yet stored
    for (std::size_t e = 0; e < m; ++e) {
        const DirectedEdge &d = directed[std::size_t(order[e])];
        const Road &road = roads[std::size_t(d.road)];
        g.m_tail[e] = d.tail;
        g.m_head[e] = d.head;
        g.m_roadId[e] = road.roadId;
        double length = road.lengthM;
        if (!(length > 0.0)) {
            length = road.geometry.size() >= 2 ? geo::length(road.geometry)
                                               : std::hypot(g.m_positions[std::size_t(road.to)].x - g.m_positions[std::size_t(road.from)].x,
                                                            g.m_positions[std::size_t(road.to)].y - g.m_positions[std::size_t(road.from)].y);
        }
        g.m_length[e] = length;
        const double speedKmh = road.speedKmh > 0.0 ? road.speedKmh : kDefaultSpeedKmh;
        g.m_seconds[e] = mode == Mode::Walk ? length / kWalkSpeedMps : length / (speedKmh / 3.6);
        // `lanes` counts both directions of a two-way road; a direction gets half (at least one).
        const bool twoWay = !road.oneway;
        const int lanes = twoWay ? std::max(1, road.lanes / 2) : std::max(1, road.lanes);
        g.m_lanes[e] = lanes;
        g.m_class[e] = road.roadClass;
        g.m_capacity[e] = lanes * laneCapacityVehPerHour(road.roadClass);
        if (road.geometry.size() > 2) {
            int &shape = shapeOfRoad[std::size_t(d.road)];
            if (shape == -2) {
                shape = int(g.m_shapeStarts.size()) - 1;
                g.m_shapePoints.insert(g.m_shapePoints.end(), road.geometry.begin(), road.geometry.end());
                g.m_shapeStarts.push_back(std::uint32_t(g.m_shapePoints.size()));
            }
            g.m_shape[e] = shape;
            g.m_shapeReversed[e] = d.reversed;
        }
    }
    g.buildIndexes();
    return g;
}

void RoadGraph::buildIndexes()
{
    const int n = nodeCount();
    const int m = edgeCount();
    // backward adjacency
    m_firstIn.assign(std::size_t(n) + 1, 0);
    for (int e = 0; e < m; ++e)
        ++m_firstIn[std::size_t(m_head[std::size_t(e)]) + 1];
    for (int v = 0; v < n; ++v)
        m_firstIn[std::size_t(v) + 1] += m_firstIn[std::size_t(v)];
    m_inEdges.resize(std::size_t(m));
    {
        std::vector<int> slot(m_firstIn.begin(), m_firstIn.end() - 1);
        for (int e = 0; e < m; ++e)
            m_inEdges[std::size_t(slot[std::size_t(m_head[std::size_t(e)])]++)] = e;
    }
    // road id → edges
    std::vector<int> byRoad(static_cast<std::size_t>(m));
    std::iota(byRoad.begin(), byRoad.end(), 0);
    std::stable_sort(byRoad.begin(), byRoad.end(), [this](int a, int b) { return m_roadId[std::size_t(a)] < m_roadId[std::size_t(b)]; });
    m_roadKeys.clear();
    m_roadFirst.assign(1, 0);
    m_roadEdges = byRoad;
    for (int i = 0; i < m; ++i) {
        const qint64 id = m_roadId[std::size_t(byRoad[std::size_t(i)])];
        if (m_roadKeys.empty() || m_roadKeys.back() != id) {
            if (!m_roadKeys.empty())
                m_roadFirst.push_back(i);
            m_roadKeys.push_back(id);
        }
    }
    m_roadFirst.push_back(m);
    if (m_roadKeys.empty())
        m_roadFirst.assign(1, 0);
    // twin node id → node
    m_nodeIdIndex.resize(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        m_nodeIdIndex[std::size_t(v)] = {m_twinNodeIds[std::size_t(v)], v};
    std::sort(m_nodeIdIndex.begin(), m_nodeIdIndex.end());
    // uniform grid for nearestNode(): about two nodes per cell
    m_gridW = m_gridH = 0;
    m_gridFirst.clear();
    m_gridNodes.clear();
    if (n == 0)
        return;
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    for (const auto &p : m_positions) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    const double area = std::max(1.0, (x1 - x0) * (y1 - y0));
    m_gridCell = std::max(1.0, std::sqrt(area / n * 2.0));
    m_gridX0 = x0;
    m_gridY0 = y0;
    m_gridW = std::max(1, int((x1 - x0) / m_gridCell) + 1);
    m_gridH = std::max(1, int((y1 - y0) / m_gridCell) + 1);
    m_gridFirst.assign(std::size_t(m_gridW) * std::size_t(m_gridH) + 1, 0);
    auto cellOf = [this](geo::Point p) {
        const int cx = std::clamp(int((p.x - m_gridX0) / m_gridCell), 0, m_gridW - 1);
        const int cy = std::clamp(int((p.y - m_gridY0) / m_gridCell), 0, m_gridH - 1);
        return std::size_t(cy) * std::size_t(m_gridW) + std::size_t(cx);
    };
    for (const auto &p : m_positions)
        ++m_gridFirst[cellOf(p) + 1];
    for (std::size_t c = 1; c < m_gridFirst.size(); ++c)
        m_gridFirst[c] += m_gridFirst[c - 1];
    m_gridNodes.resize(static_cast<std::size_t>(n));
    std::vector<int> slot(m_gridFirst.begin(), m_gridFirst.end() - 1);
    for (int v = 0; v < n; ++v)
        m_gridNodes[std::size_t(slot[cellOf(m_positions[std::size_t(v)])]++)] = v;
}

int RoadGraph::nodeOfTwinId(qint64 twinNodeId) const
{
    const auto it = std::lower_bound(m_nodeIdIndex.begin(), m_nodeIdIndex.end(), std::pair<qint64, int>{twinNodeId, -1});
    return it != m_nodeIdIndex.end() && it->first == twinNodeId ? it->second : -1;
}

int RoadGraph::nearestNode(geo::Point p) const
{
    if (m_positions.empty())
        return -1;
    const int cx = int(std::floor((p.x - m_gridX0) / m_gridCell));
    const int cy = int(std::floor((p.y - m_gridY0) / m_gridCell));
    int best = -1;
    double bestD2 = std::numeric_limits<double>::infinity();
    // Rings of cells around (cx, cy): once a ring's nearest possible distance exceeds the best, stop.
    const int maxRing = std::max({m_gridW, m_gridH, std::abs(cx) + 1, std::abs(cy) + 1,
                                  std::abs(cx - m_gridW) + 1, std::abs(cy - m_gridH) + 1}) + 1;
    for (int ring = 0; ring <= maxRing; ++ring) {
        if (best >= 0) {
            // distance from p to the nearest cell of this ring is at least (ring - 1) cells
            const double reach = (ring - 1) * m_gridCell;
            if (reach > 0 && reach * reach > bestD2)
                break;
        }
        for (int y = cy - ring; y <= cy + ring; ++y) {
            if (y < 0 || y >= m_gridH)
                continue;
            const bool edgeRow = (y == cy - ring || y == cy + ring);
            for (int x = cx - ring; x <= cx + ring; x += (edgeRow ? 1 : 2 * ring)) {
                if (x >= 0 && x < m_gridW) {
                    const std::size_t c = std::size_t(y) * std::size_t(m_gridW) + std::size_t(x);
                    for (int i = m_gridFirst[c]; i < m_gridFirst[c + 1]; ++i) {
                        const int v = m_gridNodes[std::size_t(i)];
                        const double dx = m_positions[std::size_t(v)].x - p.x, dy = m_positions[std::size_t(v)].y - p.y;
                        const double d2 = dx * dx + dy * dy;
                        if (d2 < bestD2 || (d2 == bestD2 && v < best)) {
                            bestD2 = d2;
                            best = v;
                        }
                    }
                }
                if (ring == 0)
                    break;
            }
        }
    }
    return best;
}

std::vector<geo::Point> RoadGraph::edgeGeometry(int edge) const
{
    const int shape = m_shape[std::size_t(edge)];
    if (shape < 0)
        return {m_positions[std::size_t(m_tail[std::size_t(edge)])], m_positions[std::size_t(m_head[std::size_t(edge)])]};
    std::vector<geo::Point> points(m_shapePoints.begin() + m_shapeStarts[std::size_t(shape)],
                                   m_shapePoints.begin() + m_shapeStarts[std::size_t(shape) + 1]);
    if (m_shapeReversed[std::size_t(edge)])
        std::reverse(points.begin(), points.end());
    return points;
}

geo::Point RoadGraph::pointAlong(int edge, double fraction) const
{
    const std::size_t e = std::size_t(edge);
    const geo::Point tail = m_positions[std::size_t(m_tail[e])];
    const geo::Point head = m_positions[std::size_t(m_head[e])];
    fraction = std::clamp(fraction, 0.0, 1.0);
    const int shape = m_shape[e];
    if (shape < 0)
        return {tail.x + fraction * (head.x - tail.x), tail.y + fraction * (head.y - tail.y)};
    const geo::Point *first = m_shapePoints.data() + m_shapeStarts[std::size_t(shape)];
    const std::size_t count = m_shapeStarts[std::size_t(shape) + 1] - m_shapeStarts[std::size_t(shape)];
    const bool reversed = m_shapeReversed[e];
    // Vertex i in the edge's direction of travel.
    auto vertex = [&](std::size_t i) { return reversed ? first[count - 1 - i] : first[i]; };
    double total = 0.0;
    for (std::size_t i = 0; i + 1 < count; ++i)
        total += std::hypot(vertex(i + 1).x - vertex(i).x, vertex(i + 1).y - vertex(i).y);
    double left = fraction * total;
    for (std::size_t i = 0; i + 1 < count; ++i) {
        const geo::Point a = vertex(i);
        const geo::Point b = vertex(i + 1);
        const double segment = std::hypot(b.x - a.x, b.y - a.y);
        if (left <= segment && segment > 0.0) {
            const double t = left / segment;
            return {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
        }
        left -= segment;
    }
    return vertex(count - 1);
}

std::span<const int> RoadGraph::edgesOfRoad(qint64 roadId) const
{
    const auto it = std::lower_bound(m_roadKeys.begin(), m_roadKeys.end(), roadId);
    if (it == m_roadKeys.end() || *it != roadId)
        return {};
    const std::size_t k = std::size_t(it - m_roadKeys.begin());
    return std::span<const int>(m_roadEdges).subspan(std::size_t(m_roadFirst[k]), std::size_t(m_roadFirst[k + 1] - m_roadFirst[k]));
}

std::vector<qint64> RoadGraph::roadIds() const
{
    return m_roadKeys;
}

core::Result<RoadGraph> RoadGraph::fromTwin(const store::TwinStore &twin, Mode mode)
{
    auto roads = twin.readColumns(QStringLiteral("roads"));
    if (!roads)
        return roads.error();
    const store::LayerColumns &rc = roads.value();
    auto column = [&rc](const char *name) -> const store::AttributeColumn * {
        const int c = rc.columnIndex(QString::fromLatin1(name));
        return c < 0 ? nullptr : &rc.columns[std::size_t(c)];
    };
    const auto *roadIdCol = column("road_id");
    const auto *classCol = column("road_class");
    const auto *lanesCol = column("lanes");
    const auto *speedCol = column("speed_kmh");
    const auto *onewayCol = column("oneway");
    const auto *lengthCol = column("length_m");
    const auto *fromCol = column("from_node");
    const auto *toCol = column("to_node");

    std::vector<geo::Point> positions;
    std::vector<qint64> ids;
    std::map<std::pair<qint64, qint64>, int> byCoordinate; // rounded to 1 cm
    auto key = [](geo::Point p) { return std::pair<qint64, qint64>{std::llround(p.x * 100.0), std::llround(p.y * 100.0)}; };
    std::vector<std::pair<qint64, int>> twinIds; // sorted after loading

    if (twin.hasLayer(QStringLiteral("road_nodes"))) {
        auto nodes = twin.readColumns(QStringLiteral("road_nodes"), {QStringLiteral("node_id")});
        if (!nodes)
            return nodes.error();
        const store::LayerColumns &nc = nodes.value();
        const int idc = nc.columnIndex(QStringLiteral("node_id"));
        for (std::size_t i = 0; i < nc.size(); ++i) {
            const auto pts = nc.geometries.pointsOf(i);
            if (pts.empty())
                continue;
            const qint64 id = idc >= 0 ? idOf(nc.columns[std::size_t(idc)], i, nc.fids[i]) : nc.fids[i];
            const int index = int(positions.size());
            positions.push_back(pts.front());
            ids.push_back(id);
            twinIds.push_back({id, index});
            byCoordinate.emplace(key(pts.front()), index);
        }
    }
    std::sort(twinIds.begin(), twinIds.end());
    auto nodeOfId = [&twinIds](qint64 id) {
        const auto it = std::lower_bound(twinIds.begin(), twinIds.end(), std::pair<qint64, int>{id, -1});
        return it != twinIds.end() && it->first == id ? it->second : -1;
    };
    // Roads without node ids (imported OSM lines): their ends snap to the node at exactly the
    // same coordinate (to 1 cm), created on first use with a synthetic negative twin id.
    auto nodeAt = [&](geo::Point p) {
        const auto [it, inserted] = byCoordinate.emplace(key(p), int(positions.size()));
        if (inserted) {
            positions.push_back(p);
            ids.push_back(-qint64(positions.size()));
        }
        return it->second;
    };

    std::vector<Road> list;
    list.reserve(rc.size());
    for (std::size_t i = 0; i < rc.size(); ++i) {
        const auto pts = rc.geometries.pointsOf(i);
        if (pts.size() < 2)
            continue;
        Road road;
        road.roadId = roadIdCol ? idOf(*roadIdCol, i, rc.fids[i]) : rc.fids[i];
        road.from = fromCol && !fromCol->isNull(i) ? nodeOfId(idOf(*fromCol, i, -1)) : -1;
        road.to = toCol && !toCol->isNull(i) ? nodeOfId(idOf(*toCol, i, -1)) : -1;
        if (road.from < 0)
            road.from = nodeAt(pts.front());
        if (road.to < 0)
            road.to = nodeAt(pts.back());
        road.lengthM = lengthCol ? lengthCol->real(i, 0.0) : 0.0;
        if (!(road.lengthM > 0.0))
            road.lengthM = geo::length(pts);
        road.speedKmh = speedCol ? speedCol->real(i, kDefaultSpeedKmh) : kDefaultSpeedKmh;
        road.oneway = onewayCol && onewayCol->integer(i, 0) != 0;
        road.lanes = lanesCol ? int(lanesCol->integer(i, 1)) : 1;
        if (classCol) {
            const auto bytes = classCol->bytes(i);
            road.roadClass = roadClassFromName(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        } else {
            road.roadClass = RoadClass::Other;
        }
        if (pts.size() > 2)
            road.geometry.assign(pts.begin(), pts.end());
        list.push_back(std::move(road));
    }
    return fromRoads(std::move(positions), std::move(ids), list, mode);
}

} // namespace ct::routing
