// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorgenerator.h"

#include "planar.h"
#include "random.h"

#include <algorithm>
#include <cmath>

namespace ct::citygen {

namespace {

int scaledCount(double perScaleOne, double scale)
{
    return std::max(1, int(std::lround(perScaleOne * scale)));
}

QString serial(const char *prefix, int n)
{
    return QStringLiteral("GEN-%1-%2").arg(QLatin1String(prefix)).arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

void SensorGenerator::run(CityPlan &plan, CityModel &model, const std::optional<std::vector<SensorSiteFeature>> &realGauges,
                          const std::optional<std::vector<SensorSiteFeature>> &realWeather)
{
    Random random(plan.options.seed, salt::kSensors);
    const double scale = plan.options.scale;
    auto &sites = model.sensorSites;

    // --- river gauges --------------------------------------------------------------------------
    if (realGauges) {
        sites.insert(sites.end(), realGauges->begin(), realGauges->end());
    } else {
        int n = 0;
        for (const auto &river : model.rivers) {
            const bool kokai = river.name == QStringLiteral("小貝川");
            // Catchment grows downstream (km²), as on the real rivers at Tsukuba.
            const double upstream = kokai ? 560.0 : 150.0, downstream = kokai ? 720.0 : 330.0;
            const int count = scaledCount(3.0, scale);
            const double length = polylineLength(river.points);
            for (int k = 0; k < count; ++k) {
                const double t = (k + 0.5) / count;
                const geo::Point p = pointAlong(river.points, t * length);
                SensorSiteFeature s;
                s.sourceId = serial("GAUGE", ++n);
                s.name = plan.nearestPlace(p).name + QStringLiteral("橋");
                s.kind = QStringLiteral("river_gauge");
                s.unit = QStringLiteral("m");
                s.intervalS = 600;
                s.catchmentKm2 = std::round((upstream + t * (downstream - upstream)) * 10.0) / 10.0;
                s.river = river.name;
                s.position = p;
                sites.push_back(std::move(s));
            }
        }
    }
    model.realSensors = realGauges.has_value();

    // --- weather -----------------------------------------------------------------------------
    if (realWeather) {
        sites.insert(sites.end(), realWeather->begin(), realWeather->end());
    } else {
        const int count = scaledCount(2.0, scale);
        for (int k = 0; k < count; ++k) {
            // The first one where the real つくば (館野) AMeDAS station is.
            const geo::Point p = k == 0 ? plan.pullInside(plan.place(140.125, 36.0567))
                                        : model.roadNodes[random.uniformInt(0, int(model.roadNodes.size()) - 1)].position;
            sites.push_back({serial("WX", k + 1), plan.nearestPlace(p).name + QStringLiteral("気象観測所"),
                             QStringLiteral("weather"), QStringLiteral("mm"), 600,
                             std::numeric_limits<double>::quiet_NaN(), {}, plan.pullInside({p.x + 20.0, p.y + 20.0})});
        }
    }

    // --- bridge strain gauges, on bridges spread along the list ---------------------------------
    {
        std::vector<const RoadFeature *> bridges;
        for (const auto &r : model.roads)
            if (r.bridge)
                bridges.push_back(&r);
        const int count = std::min(int(bridges.size()), scaledCount(20.0, scale));
        for (int k = 0; k < count; ++k) {
            const auto *road = bridges[std::size_t(k) * bridges.size() / count];
            const geo::Point p = pointAlong(road->points, road->lengthM / 2.0);
            const QString name = (road->name.isEmpty() ? plan.nearestPlace(p).name : road->name) + QStringLiteral("橋 ひずみ計");
            sites.push_back({serial("STRAIN", k + 1), name, QStringLiteral("bridge_strain"), QStringLiteral("µε"), 1,
                             std::numeric_limits<double>::quiet_NaN(), {}, p});
        }
    }

    auto randomNodeNear = [&](double minDensity) {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto &n = model.roadNodes[random.uniformInt(0, int(model.roadNodes.size()) - 1)];
            if (plan.density(n.position) >= minDensity || attempt == 199)
                return n.position;
        }
        return plan.centre;
    };

    // --- air quality -------------------------------------------------------------------------
    for (int k = 0, count = scaledCount(8.0, scale); k < count; ++k) {
        const geo::Point node = randomNodeNear(0.2);
        const geo::Point p = plan.pullInside({node.x + 10.0, node.y + 10.0});
        sites.push_back({serial("AIR", k + 1), plan.nearestPlace(p).name + QStringLiteral("大気測定局"), QStringLiteral("air_quality"),
                         QStringLiteral("µg/m³"), 3600, std::numeric_limits<double>::quiet_NaN(), {}, p});
    }
    // --- people flow at the busiest bus stops --------------------------------------------------
    for (int k = 0, count = std::min(int(model.busStops.size()), scaledCount(12.0, scale)); k < count; ++k) {
        const auto &stop = model.busStops[std::size_t(k) * model.busStops.size() / count];
        sites.push_back({serial("FLOW", k + 1), stop.name + QStringLiteral(" 人流カメラ"), QStringLiteral("people_flow"),
                         QStringLiteral("persons/h"), 300, std::numeric_limits<double>::quiet_NaN(), {}, stop.position});
    }
    // --- traffic counters at arterial junctions ------------------------------------------------
    {
        std::vector<int> arterialNodes;
        std::vector<char> seen(model.roadNodes.size(), 0);
        for (const auto &r : model.roads)
            if ((r.roadClass == QLatin1String("trunk") || r.roadClass == QLatin1String("primary")
                 || r.roadClass == QLatin1String("secondary")) && !seen[r.fromNode - 1]) {
                seen[r.fromNode - 1] = 1;
                if (model.roadNodes[r.fromNode - 1].degree >= 3)
                    arterialNodes.push_back(int(r.fromNode - 1));
            }
        std::sort(arterialNodes.begin(), arterialNodes.end());
        const int count = std::min(int(arterialNodes.size()), scaledCount(30.0, scale));
        for (int k = 0; k < count; ++k) {
            const auto &node = model.roadNodes[arterialNodes[std::size_t(k) * arterialNodes.size() / count]];
            sites.push_back({serial("TRAFFIC", k + 1), plan.nearestPlace(node.position).name + QStringLiteral("交差点 交通量計"),
                             QStringLiteral("traffic_counter"), QStringLiteral("vehicles/h"), 300,
                             std::numeric_limits<double>::quiet_NaN(), {}, node.position});
        }
    }
    // --- energy meters at shelters ---------------------------------------------------------------
    for (int k = 0, count = std::min(int(model.shelters.size()), scaledCount(40.0, scale)); k < count; ++k) {
        const auto &shelter = model.shelters[std::size_t(k) * model.shelters.size() / count];
        sites.push_back({serial("ENERGY", k + 1), shelter.name + QStringLiteral(" 電力量計"), QStringLiteral("energy_meter"),
                         QStringLiteral("kWh"), 1800, std::numeric_limits<double>::quiet_NaN(), {}, shelter.position});
    }

    // --- streetlights: every 50 m on arterials, every 200 m on residential streets --------------
    qint64 lightId = 0;
    for (const auto &road : model.roads) {
        const bool arterial = road.roadClass != QLatin1String("residential") && road.roadClass != QLatin1String("service");
        if (!arterial && road.roadClass != QLatin1String("residential"))
            continue;
        const double step = arterial ? 50.0 : 200.0;
        const geo::Point a = road.points.front(), b = road.points.back();
        const double len = road.lengthM;
        if (len <= 0.0)
            continue;
        const double offset = road.lanes * 1.75 + 1.5;
        const double nx = -(b.y - a.y) / len * offset, ny = (b.x - a.x) / len * offset;
        for (double along = step / 2.0; along < len; along += step) {
            const double t = along / len;
            const geo::Point p{a.x + t * (b.x - a.x) + nx, a.y + t * (b.y - a.y) + ny};
            if (!plan.boundary.contains(p))
                continue;
            model.streetlights.push_back({++lightId, p});
        }
    }
}

} // namespace ct::citygen
