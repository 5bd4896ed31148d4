// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/hydrogen/planlayerwriter.h"

#include "ct/hydrogen/hydrogenschema.h"
#include "ct/hydrogen/twindispatchproblem.h"
#include "ct/store/sqlstatement.h"

#include "ct/store/twinstore.h"

#include <QJsonObject>

#include <cmath>

namespace ct::hydrogen {

using core::Status;
using store::SqlStatement;
using Field = store::FieldDefinition;

namespace {

QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime after(const QDateTime &start, double seconds) { return start.addMSecs(qint64(std::llround(seconds * 1000.0))); }

store::LayerDefinition routeDefinition()
{
    store::LayerDefinition d;
    d.name = PlanLayerWriter::routeLayer();
    d.geometryType = geo::GeometryType::LineString;
    d.title = QStringLiteral("Power plan routes");
    d.description = QStringLiteral("Roads the fuel-cell buses drive in the proposed power dispatch plan");
    d.fields = {{QStringLiteral("bus_id"), Field::Type::Text}, {QStringLiteral("seq"), Field::Type::Integer},
                {QStringLiteral("kind"), Field::Type::Text}, {QStringLiteral("target_name"), Field::Type::Text},
                {QStringLiteral("depart_at"), Field::Type::Text}, {QStringLiteral("arrive_at"), Field::Type::Text},
                {QStringLiteral("eta"), Field::Type::Text}, {QStringLiteral("service_hours"), Field::Type::Real},
                {QStringLiteral("covered_person_hours"), Field::Type::Real}};
    return d;
}

store::LayerDefinition stopDefinition()
{
    store::LayerDefinition d;
    d.name = PlanLayerWriter::stopLayer();
    d.geometryType = geo::GeometryType::Point;
    d.title = QStringLiteral("Power plan stops");
    d.description = QStringLiteral("Stops of the proposed power dispatch plan with the buses' arrival times");
    d.fields = {{QStringLiteral("bus_id"), Field::Type::Text}, {QStringLiteral("seq"), Field::Type::Integer},
                {QStringLiteral("kind"), Field::Type::Text}, {QStringLiteral("target_name"), Field::Type::Text},
                {QStringLiteral("eta"), Field::Type::Text}, {QStringLiteral("service_hours"), Field::Type::Real},
                {QStringLiteral("label"), Field::Type::Text}};
    return d;
}

Status ensureLayer(store::TwinStore &twin, const store::LayerDefinition &definition)
{
    if (twin.hasLayer(definition.name))
        return SqlStatement(twin.handle(), QStringLiteral("DELETE FROM \"%1\"").arg(definition.name)).exec();
    return twin.createLayer(definition);
}

} // namespace

QString PlanLayerWriter::etaText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("M/d HH:mm"));
}

Status PlanLayerWriter::publish(store::TwinStore &twin, const core::Actor &actor, const TwinDispatchProblem &problem,
                                const DispatchPlan &plan, const QDateTime &startsAt)
{
    const DispatchProblem &p = problem.problem();
    return twin.perform(actor, HydrogenSchema::publishPlanAction(), target(),
                        [&](store::TwinStore &store, QJsonObject &before, QJsonObject &afterJson) -> Status {
        for (const store::LayerDefinition &definition : {routeDefinition(), stopDefinition()}) {
            if (store.hasLayer(definition.name)) {
                auto info = store.layer(definition.name);
                if (info)
                    before.insert(definition.name, double(info->featureCount));
            }
            if (Status s = ensureLayer(store, definition); !s)
                return s;
        }
        const store::LayerDefinition routes = routeDefinition(), stops = stopDefinition();
        QStringList routeFields, stopFields;
        for (const Field &f : routes.fields)
            routeFields << f.name;
        for (const Field &f : stops.fields)
            stopFields << f.name;
        auto routeWriter = store.writer(routes.name, routeFields);
        if (!routeWriter)
            return routeWriter.error();
        auto stopWriter = store.writer(stops.name, stopFields);
        if (!stopWriter)
            return stopWriter.error();
        int lines = 0, points = 0;
        for (const BusPlan &bus : plan.buses) {
            const FuelCellBus &vehicle = p.buses[std::size_t(bus.bus)];
            for (std::size_t k = 0; k < bus.stops.size(); ++k) {
                const PlanStop &stop = bus.stops[k];
                const bool supply = stop.kind == PlanStop::Kind::Supply;
                const QString name = supply ? p.shelters[std::size_t(stop.shelter)].name : p.stations[std::size_t(stop.station)].name;
                const QDateTime arrive = after(startsAt, stop.arriveSeconds);
                const QString eta = etaText(arrive);
                const double hours = stop.serviceHours();
                std::vector<geo::Point> path = problem.legPath(bus, k);
                if (path.size() >= 2 && stop.driveKm > 0.0) {
                    auto written = routeWriter->insert(geo::Geometry::lineString(std::move(path)),
                                                       {vehicle.busId, int(k + 1), supply ? QStringLiteral("supply") : QStringLiteral("refuel"), name,
                                                        stamp(after(startsAt, stop.departSeconds)), stamp(arrive), eta, hours,
                                                        stop.coveredPersonHours});
                    if (!written)
                        return written.error();
                    ++lines;
                }
                const QString label = QStringLiteral("%1 ▸ %2").arg(vehicle.busId, eta);
                auto written = stopWriter->insert(geo::Geometry::point(problem.sitePosition(problem.stopSite(stop))),
                                                  {vehicle.busId, int(k + 1), supply ? QStringLiteral("supply") : QStringLiteral("refuel"), name,
                                                   eta, hours, label});
                if (!written)
                    return written.error();
                ++points;
            }
        }
        if (Status s = routeWriter->finish(); !s)
            return s;
        if (Status s = stopWriter->finish(); !s)
            return s;
        afterJson.insert(routes.name, lines);
        afterJson.insert(stops.name, points);
        afterJson.insert(QStringLiteral("covered_person_hours"), plan.coveredPersonHours);
        return {};
    });
}

Status PlanLayerWriter::clear(store::TwinStore &twin, const core::Actor &actor)
{
    return twin.perform(actor, HydrogenSchema::publishPlanAction(), target(),
                        [&](store::TwinStore &store, QJsonObject &before, QJsonObject &afterJson) -> Status {
        for (const QString &layer : {routeLayer(), stopLayer()}) {
            if (!store.hasLayer(layer))
                continue;
            if (auto info = store.layer(layer))
                before.insert(layer, double(info->featureCount));
            if (Status s = SqlStatement(store.handle(), QStringLiteral("DELETE FROM \"%1\"").arg(layer)).exec(); !s)
                return s;
            afterJson.insert(layer, 0);
        }
        return {};
    });
}

} // namespace ct::hydrogen
