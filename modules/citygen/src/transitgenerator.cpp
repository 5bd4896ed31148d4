// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "transitgenerator.h"

#include "planar.h"
#include "random.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>

namespace ct::citygen {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Graph
{
    std::vector<int> offsets;                 //!< CSR: node → first arc
    std::vector<std::pair<int, double>> arcs; //!< (neighbour, seconds)

    explicit Graph(const CityModel &model)
    {
        const int n = int(model.roadNodes.size());
        std::vector<int> count(n + 1, 0);
        for (const auto &r : model.roads) {
            ++count[r.fromNode - 1];
            ++count[r.toNode - 1];
        }
        offsets.assign(n + 1, 0);
        for (int i = 0; i < n; ++i)
            offsets[i + 1] = offsets[i] + count[i];
        arcs.resize(offsets[n]);
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const auto &r : model.roads) {
            const double seconds = r.lengthM / (r.speedKmh / 3.6);
            const int a = int(r.fromNode - 1), b = int(r.toNode - 1);
            arcs[fill[a]++] = {b, seconds};
            arcs[fill[b]++] = {a, seconds};
        }
    }

    /// Node path from `from` to `to` (inclusive), fastest; empty when unreachable.
    std::vector<int> fastestPath(int from, int to) const
    {
        const int n = int(offsets.size()) - 1;
        std::vector<double> best(n, std::numeric_limits<double>::infinity());
        std::vector<int> previous(n, -1);
        using Item = std::pair<double, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        best[from] = 0.0;
        queue.push({0.0, from});
        while (!queue.empty()) {
            const auto [cost, node] = queue.top();
            queue.pop();
            if (cost > best[node])
                continue;
            if (node == to)
                break;
            for (int a = offsets[node]; a < offsets[node + 1]; ++a) {
                const auto [next, seconds] = arcs[a];
                if (cost + seconds < best[next]) {
                    best[next] = cost + seconds;
                    previous[next] = node;
                    queue.push({best[next], next});
                }
            }
        }
        std::vector<int> path;
        if (from != to && previous[to] < 0)
            return path;
        for (int v = to; v >= 0; v = previous[v])
            path.push_back(v);
        std::reverse(path.begin(), path.end());
        return path;
    }
};

} // namespace

void TransitGenerator::run(CityPlan &plan, CityModel &model)
{
    Random random(plan.options.seed, salt::kTransit);
    const double scale = plan.options.scale;
    if (model.roadNodes.empty())
        return;
    const Graph graph(model);

    auto nearestNode = [&](geo::Point p, int minDegree) {
        int best = 0;
        double bestD = 1e18;
        for (const auto &n : model.roadNodes)
            if (n.degree >= minDegree) {
                const double d = distance(p, n.position);
                if (d < bestD) {
                    bestD = d;
                    best = int(n.id - 1);
                }
            }
        return best;
    };
    const int hub = nearestNode(plan.place(140.112, 36.083), 3);

    // --- community bus routes, fanning out from the hub --------------------------------------
    const int routeCount = std::max(1, int(std::lround(10.0 * scale)));
    std::map<int, int> stopOfNode;  // node → index in model.busStops
    std::map<QString, int> stopNamesUsed;
    auto stopName = [&](int node) {
        if (node == hub)
            return QStringLiteral("つくばセンター");
        static const char *kSuffixes[] = {"", "入口", "中央", "東", "西", "南", "北", "二丁目", "三丁目", "公民館前", "団地", "十字路"};
        const auto &place = plan.nearestPlace(model.roadNodes[node].position);
        const int n = stopNamesUsed[place.name]++;
        if (n < int(std::size(kSuffixes)))
            return place.name + QString::fromUtf8(kSuffixes[n]);
        return place.name + QStringLiteral("%1番").arg(n);
    };
    const double phase = random.uniform(0.0, 2.0 * kPi);
    for (int r = 0; r < routeCount; ++r) {
        const double angle = phase + 2.0 * kPi * r / routeCount;
        const double ux = std::cos(angle), uy = std::sin(angle);
        // The far end: the junction farthest from the hub in that direction.
        int destination = hub;
        double bestProjection = -1e18;
        const geo::Point h = model.roadNodes[hub].position;
        for (const auto &n : model.roadNodes) {
            if (n.degree < 3)
                continue;
            const double dx = n.position.x - h.x, dy = n.position.y - h.y;
            const double along = dx * ux + dy * uy;
            const double across = std::abs(-dx * uy + dy * ux);
            const double score = along - 0.5 * across;
            if (score > bestProjection) {
                bestProjection = score;
                destination = int(n.id - 1);
            }
        }
        auto path = graph.fastestPath(hub, destination);
        if (path.size() < 2)
            continue;
        BusRouteFeature route;
        route.routeId = QStringLiteral("R%1").arg(r + 1, 2, 10, QLatin1Char('0'));
        const auto &place = plan.nearestPlace(model.roadNodes[destination].position);
        route.name = QStringLiteral("つくバス %1線").arg(place.name);
        route.kind = QStringLiteral("community");
        route.points.reserve(path.size());
        double sinceStop = 1e9;
        for (std::size_t k = 0; k < path.size(); ++k) {
            const geo::Point p = model.roadNodes[path[k]].position;
            if (k > 0)
                sinceStop += distance(route.points.back(), p);
            route.points.push_back(p);
            const bool last = k + 1 == path.size();
            if (sinceStop >= 400.0 || last || k == 0) {
                sinceStop = 0.0;
                auto it = stopOfNode.find(path[k]);
                if (it == stopOfNode.end()) {
                    BusStopFeature stop;
                    stop.stopId = QStringLiteral("BS%1").arg(model.busStops.size() + 1, 4, 10, QLatin1Char('0'));
                    stop.name = stopName(path[k]);
                    stop.routeIds = route.routeId;
                    stop.position = plan.pullInside({p.x + 6.0, p.y - 6.0});
                    stopOfNode[path[k]] = int(model.busStops.size());
                    model.busStops.push_back(std::move(stop));
                } else {
                    auto &stop = model.busStops[it->second];
                    if (!stop.routeIds.split(QLatin1Char(',')).contains(route.routeId))
                        stop.routeIds += QLatin1Char(',') + route.routeId;
                }
            }
        }
        model.busRoutes.push_back(std::move(route));
    }

    // --- on-demand zones in the quieter parts ------------------------------------------------
    const int zoneCount = std::max(1, int(std::lround(4.0 * scale)));
    std::vector<geo::Point> zoneCentres;
    for (int z = 0; z < zoneCount; ++z) {
        geo::Point best = plan.centre;
        double bestScore = -1e18;
        for (int c = 0; c < 24; ++c) {
            const auto &n = model.roadNodes[random.uniformInt(0, int(model.roadNodes.size()) - 1)];
            double nearest = 1e12;
            for (const auto &p : zoneCentres)
                nearest = std::min(nearest, distance(p, n.position));
            const double score = (1.0 - plan.density(n.position)) * std::min(nearest, 1e6);
            if (score > bestScore) {
                bestScore = score;
                best = n.position;
            }
        }
        zoneCentres.push_back(best);
        const double radius = 1500.0 * std::sqrt(scale);
        BusRouteFeature zone;
        zone.routeId = QStringLiteral("Z%1").arg(z + 1, 2, 10, QLatin1Char('0'));
        zone.name = QStringLiteral("つくタク %1ゾーン").arg(plan.nearestPlace(best).name);
        zone.kind = QStringLiteral("on_demand_zone");
        for (int v = 0; v < 12; ++v) {
            const double a = 2.0 * kPi * v / 12;
            geo::Point p{best.x + radius * std::cos(a), best.y + radius * std::sin(a)};
            // Pull the vertex back towards the zone centre until it is inside the city.
            for (int step = 0; step < 20 && !plan.boundary.contains(p); ++step)
                p = {best.x + (p.x - best.x) * 0.8, best.y + (p.y - best.y) * 0.8};
            zone.points.push_back(p);
        }
        closeRing(zone.points);
        model.busRoutes.push_back(std::move(zone));
    }

    // --- fuel-cell buses (Toyota SORA: 235 kWh per tank, 9 kW export) -------------------------
    const int busCount = std::max(1, int(std::lround(3.0 * scale)));
    for (int b = 0; b < busCount; ++b) {
        FuelCellBusFeature bus;
        bus.busId = QStringLiteral("FCB%1").arg(b + 1, 2, 10, QLatin1Char('0'));
        bus.name = QStringLiteral("燃料電池バス %1号").arg(b + 1);
        bus.exportKw = 9.0;
        if (b == 0 && !model.hydrogenStations.empty()) {
            bus.state = QStringLiteral("refuelling");
            bus.energyKwh = std::round(random.uniform(60.0, 120.0));
            bus.position = model.hydrogenStations.front().position;
        } else {
            bus.state = b % 3 == 2 ? QStringLiteral("off") : QStringLiteral("in_service");
            bus.energyKwh = std::round(random.uniform(0.4, 0.95) * 235.0);
            bus.position = model.busStops.empty() ? plan.centre
                                                  : model.busStops[random.uniformInt(0, int(model.busStops.size()) - 1)].position;
        }
        model.fuelCellBuses.push_back(std::move(bus));
    }
}

} // namespace ct::citygen
