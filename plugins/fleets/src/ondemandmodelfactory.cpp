// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/ondemandmodelfactory.h"

#include "ct/fleets/demandgenerator.h"
#include "ct/fleets/ondemandmodel.h"
#include "ct/fleets/ondemandservice.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include "scenariovalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTime>

#include <cmath>

namespace ct::fleets {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fleets", text);
}

using scenariovalues::isPointList;
using scenariovalues::points;
using scenariovalues::seconds;

const QStringList kKeys{QStringLiteral("vehicles"), QStringLiteral("capacity"), QStringLiteral("wheelchair_places"),
                        QStringLiteral("stops"), QStringLiteral("stop_spacing_m"), QStringLiteral("service_area"),
                        QStringLiteral("walk_limit_m"), QStringLiteral("requests_per_day"), QStringLiteral("hospital_share"),
                        QStringLiteral("station_share"), QStringLiteral("arrive_by_share"), QStringLiteral("wheelchair_share"),
                        QStringLiteral("max_wait"), QStringLiteral("detour_factor"), QStringLiteral("dwell"),
                        QStringLiteral("reoptimise"), QStringLiteral("seed"), QStringLiteral("stations"), QStringLiteral("profile")};

//! The twin's on-demand zones: bus_routes of kind on_demand_zone, each a closed line.
core::Result<std::vector<std::vector<geo::Point>>> zonesOf(const store::TwinStore &twin)
{
    std::vector<std::vector<geo::Point>> zones;
    if (!twin.hasLayer(QStringLiteral("bus_routes")))
        return zones;
    auto table = twin.read(QStringLiteral("bus_routes"), {QStringLiteral("kind")});
    if (!table)
        return table.error();
    for (std::size_t i = 0; i < table->size(); ++i)
        if (table->columns[0][i].toString() == QLatin1String("on_demand_zone")) {
            const auto pts = table->geometries[i].points();
            zones.emplace_back(pts.begin(), pts.end());
        }
    return zones;
}

} // namespace

QList<Error> OnDemandModelFactory::validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const
{
    QList<Error> errors;
    auto at = [&](const char *key) { return path + QLatin1Char('.') + QLatin1String(key); };
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!kKeys.contains(it.key()))
            errors << Error::invalidInput(tr("unknown key (expected: %1)").arg(kKeys.join(QStringLiteral(", "))), path + QLatin1Char('.') + it.key());
    auto whole = [&](const char *key, int low, int high) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
            errors << Error::invalidInput(tr("expected a whole number from %1 to %2").arg(low).arg(high), at(key));
    };
    auto number = [&](const char *key, double low, double high) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high)
            errors << Error::invalidInput(tr("expected a number from %1 to %2").arg(low).arg(high), at(key));
    };
    auto duration = [&](const char *key) {
        const QJsonValue v = section.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString() || !sim::parseDuration(v.toString()))
            errors << Error::invalidInput(tr("expected a duration like \"00:15\""), at(key));
    };
    whole("vehicles", 1, 10000);
    whole("capacity", 1, 60);
    whole("wheelchair_places", 0, 60);
    const int capacity = section.value(QStringLiteral("capacity")).toInt(8);
    if (section.value(QStringLiteral("wheelchair_places")).toInt(0) > capacity)
        errors << Error::invalidInput(tr("more wheelchair places than seats (%1)").arg(capacity), at("wheelchair_places"));
    number("stop_spacing_m", 50.0, 10000.0);
    number("walk_limit_m", 10.0, 10000.0);
    number("requests_per_day", 0.0, 2000000.0);
    number("hospital_share", 0.0, 1.0);
    number("station_share", 0.0, 1.0);
    number("arrive_by_share", 0.0, 1.0);
    number("wheelchair_share", 0.0, 1.0);
    number("detour_factor", 1.0, 10.0);
    whole("seed", 0, 2147483647);
    duration("max_wait");
    duration("dwell");
    duration("reoptimise");
    if (section.value(QStringLiteral("hospital_share")).toDouble(0.1) + section.value(QStringLiteral("station_share")).toDouble(0.2) > 1.0 + 1e-9)
        errors << Error::invalidInput(tr("hospital_share and station_share add up to more than 1"), path);

    const QJsonValue stops = section.value(QStringLiteral("stops"));
    if (!stops.isUndefined()) {
        if (stops.isString()) {
            if (stops.toString() == QLatin1String("bus_stops")) {
                if (!world.hasBusStopLayer() || world.busStops().size() < 2)
                    errors << Error::invalidInput(tr("the twin has no bus_stops layer with two stops or more"), at("stops"));
            } else if (stops.toString() != QLatin1String("grid")) {
                errors << Error::invalidInput(tr("expected \"grid\", \"bus_stops\" or a list of points [[x, y], …]"), at("stops"));
            }
        } else if (!isPointList(stops, 2)) {
            errors << Error::invalidInput(tr("expected \"grid\", \"bus_stops\" or a list of points [[x, y], …]"), at("stops"));
        }
    }
    const QJsonValue area = section.value(QStringLiteral("service_area"));
    if (!area.isUndefined()) {
        if (area.isString()) {
            if (area.toString() == QLatin1String("zones")) {
                auto twin = store::TwinStore::open(world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
                auto zones = twin ? zonesOf(*twin.value()) : core::Result<std::vector<std::vector<geo::Point>>>(twin.error());
                if (!zones)
                    errors << Error::invalidInput(zones.error().message, at("service_area"));
                else if (zones->empty())
                    errors << Error::invalidInput(tr("the twin has no on-demand zones (bus_routes of kind on_demand_zone)"), at("service_area"));
            } else if (area.toString() != QLatin1String("city")) {
                errors << Error::invalidInput(tr("expected \"city\", \"zones\" or a polygon [[x, y], …]"), at("service_area"));
            }
        } else if (!isPointList(area, 3)) {
            errors << Error::invalidInput(tr("expected \"city\", \"zones\" or a polygon [[x, y], …]"), at("service_area"));
        }
    }
    const QJsonValue stations = section.value(QStringLiteral("stations"));
    if (!stations.isUndefined() && !isPointList(stations, 0))
        errors << Error::invalidInput(tr("expected a list of points [[x, y], …] in metres (EPSG:6677)"), at("stations"));
    const QJsonValue profile = section.value(QStringLiteral("profile"));
    if (!profile.isUndefined()) {
        const QJsonArray p = profile.toArray();
        bool ok = profile.isArray() && p.size() == 24;
        double sum = 0.0;
        for (const QJsonValue &w : p) {
            ok = ok && w.isDouble() && w.toDouble() >= 0.0;
            sum += w.toDouble();
        }
        if (!ok || sum <= 0.0)
            errors << Error::invalidInput(tr("expected 24 hourly weights ≥ 0, not all 0"), at("profile"));
    }
    return errors;
}

std::unique_ptr<sim::Model> OnDemandModelFactory::create(const sim::ModelContext &context) const
{
    const QJsonObject &s = context.section;
    const sim::SimulationWorld &world = context.world;
    const routing::RoadGraph &graph = world.carGraph();

    // Twin tables the world does not carry: the hospitals and the on-demand zones.
    std::vector<DemandGenerator::Place> hospitals;
    std::vector<std::vector<geo::Point>> zones;
    if (auto twin = store::TwinStore::open(world.twinPath(), store::TwinStore::OpenMode::ReadOnly)) {
        if (twin.value()->hasLayer(QStringLiteral("hospitals")))
            if (auto table = twin.value()->read(QStringLiteral("hospitals"), {QStringLiteral("beds")}))
                for (std::size_t i = 0; i < table->size(); ++i)
                    if (!table->geometries[i].isEmpty())
                        hospitals.push_back({table->geometries[i].points().front(), std::max(1.0, table->columns[0][i].toDouble())});
        if (s.value(QStringLiteral("service_area")).toString() == QLatin1String("zones"))
            if (auto z = zonesOf(*twin.value()))
                zones = std::move(z.value());
    }

    ServiceArea area;
    const QJsonValue areaValue = s.value(QStringLiteral("service_area"));
    if (areaValue.isArray())
        area = ServiceArea({points(areaValue)});
    else if (areaValue.toString() == QLatin1String("zones"))
        area = ServiceArea(std::move(zones));

    std::vector<int> stopNodes;
    const QJsonValue stops = s.value(QStringLiteral("stops"));
    if (stops.isArray()) {
        for (const geo::Point &p : points(stops))
            stopNodes.push_back(graph.nearestNode(p));
    } else if (stops.toString() == QLatin1String("bus_stops")) {
        for (const auto &b : world.busStops())
            if (area.contains(b.position))
                stopNodes.push_back(b.carNode);
    } else {
        stopNodes = OnDemandService::gridStops(graph, area, s.value(QStringLiteral("stop_spacing_m")).toDouble(400.0));
    }

    OnDemandService::Options serviceOptions;
    serviceOptions.walkLimitMetres = s.value(QStringLiteral("walk_limit_m")).toDouble(serviceOptions.walkLimitMetres);
    serviceOptions.maxWaitSeconds = seconds(s, "max_wait", serviceOptions.maxWaitSeconds);
    serviceOptions.detourFactor = s.value(QStringLiteral("detour_factor")).toDouble(serviceOptions.detourFactor);
    serviceOptions.serviceSeconds = seconds(s, "dwell", serviceOptions.serviceSeconds);
    auto service = std::make_shared<OnDemandService>(graph, std::move(stopNodes), area, serviceOptions);

    std::vector<geo::Point> stations;
    if (s.contains(QStringLiteral("stations"))) {
        stations = points(s.value(QStringLiteral("stations")));
    } else if (auto wgs = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX)) {
        // The Tsukuba Express stations in the city: つくば, 研究学園, 万博記念公園, みどりの.
        stations = {{140.1112, 36.0826}, {140.0826, 36.0819}, {140.0568, 36.0628}, {140.0454, 36.0283}};
        wgs->forward(std::span<geo::Point>(stations));
    }
    std::vector<DemandGenerator::Place> homes;
    homes.reserve(world.homes().size());
    for (const auto &h : world.homes())
        homes.push_back({h.position, double(h.residents)});

    DemandGenerator::Options demand;
    demand.requestsPerDay = s.value(QStringLiteral("requests_per_day")).toDouble(demand.requestsPerDay);
    demand.hospitalShare = s.value(QStringLiteral("hospital_share")).toDouble(demand.hospitalShare);
    demand.stationShare = s.value(QStringLiteral("station_share")).toDouble(demand.stationShare);
    demand.arriveByShare = s.value(QStringLiteral("arrive_by_share")).toDouble(demand.arriveByShare);
    demand.wheelchairShare = s.value(QStringLiteral("wheelchair_share")).toDouble(demand.wheelchairShare);
    if (context.scenario.start.isValid())
        demand.startOfDay = context.scenario.start.time().msecsSinceStartOfDay() / 1000.0;
    if (s.value(QStringLiteral("profile")).isArray()) {
        const QJsonArray p = s.value(QStringLiteral("profile")).toArray();
        for (int h = 0; h < 24; ++h)
            demand.profile[std::size_t(h)] = p.at(h).toDouble();
    }
    sim::RandomStream random = s.contains(QStringLiteral("seed"))
                                   ? sim::RandomStream::derive(std::uint64_t(s.value(QStringLiteral("seed")).toInteger()), context.id)
                                   : context.random();
    DemandGenerator generator(std::move(homes), std::move(hospitals), std::move(stations), demand);
    auto requests = generator.generate(random, sim::toSeconds(context.scenario.duration));

    OnDemandModel::Fleet fleet;
    fleet.vehicles = s.value(QStringLiteral("vehicles")).toInt(20);
    fleet.capacity = s.value(QStringLiteral("capacity")).toInt(fleet.capacity);
    fleet.wheelchairPlaces = s.value(QStringLiteral("wheelchair_places")).toInt(fleet.wheelchairPlaces);
    fleet.reoptimiseSeconds = seconds(s, "reoptimise", fleet.reoptimiseSeconds);
    return std::make_unique<OnDemandModel>(context.id, std::move(service), std::move(requests), fleet);
}

} // namespace ct::fleets
