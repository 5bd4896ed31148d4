// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The "logistics" simulation model (parcel delivery by robots and drones) alone in an Engine: a
// robot's day worked out by hand from known route lengths (delivery times, waiting for charge,
// vehicle-km, energy, utilisation), refusals with their reasons, the queue's timeout, drones that
// never enter a no-fly zone (every leg and every sampled position checked with GEOS through OGR)
// and batteries that never go below the reserve.
#include "ct/fleets/logistics/logisticsmodel.h"
#include "ct/routing/roadgraph.h"
#include "ct/sim/engine.h"
#include "ct/sim/snapshot.h"

#include <QTest>

#include <ogr_geometry.h>

#include <cmath>

using namespace ct;
using namespace ct::fleets;

namespace {

using Kind = LogisticsModel::Kind;

/// A `columns` × `rows` grid of footways `spacing` metres apart; node row * columns + column at
/// (column * spacing, row * spacing).
std::shared_ptr<const routing::RoadGraph> walkGrid(int columns, int rows, double spacing)
{
    std::vector<geo::Point> positions;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            positions.push_back({c * spacing, r * spacing});
    std::vector<routing::RoadGraph::Road> roads;
    qint64 id = 1;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const int v = r * columns + c;
            for (int to : {c + 1 < columns ? v + 1 : -1, r + 1 < rows ? v + columns : -1}) {
                if (to < 0)
                    continue;
                routing::RoadGraph::Road road;
                road.from = v, road.to = to, road.roadId = id++, road.lengthM = spacing;
                roads.push_back(road);
            }
        }
    auto graph = routing::RoadGraph::fromRoads(positions, {}, roads, routing::Mode::Walk);
    return graph ? std::make_shared<const routing::RoadGraph>(std::move(graph.value())) : nullptr;
}

ParcelOrder order(int id, Kind kind, double at, geo::Point to, int depot = 0)
{
    ParcelOrder o;
    o.id = id;
    o.kind = kind;
    o.requestedAt = at;
    o.destination = to;
    o.depot = depot;
    return o;
}

struct Run
{
    std::unique_ptr<sim::Engine> engine;
    LogisticsModel *model = nullptr;
};

Run makeRun(std::unique_ptr<LogisticsModel> model, double seconds)
{
    Run run;
    run.engine = std::make_unique<sim::Engine>(1, sim::fromSeconds(seconds));
    run.model = model.get();
    run.engine->addModel(std::move(model));
    run.engine->start();
    return run;
}

LogisticsModel::Options robotOptions()
{
    LogisticsModel::Options o;
    o.robot = {2.0, 5000.0, 3600.0, 1.0};   // 2 m/s, 5 km on a battery, an hour to charge, 1 kWh
    o.reserve = 0.2;
    o.dwellSeconds = 60.0;
    o.maxWaitSeconds = 3000.0;
    return o;
}

OGRPolygon polygon(const std::vector<geo::Point> &ring)
{
    OGRLinearRing r;
    for (const geo::Point &p : ring)
        r.addPoint(p.x, p.y);
    r.closeRings();
    OGRPolygon poly;
    poly.addRing(&r);
    return poly;
}

std::vector<geo::Point> square(double cx, double cy, double half)
{
    return {{cx - half, cy - half}, {cx + half, cy - half}, {cx + half, cy + half}, {cx - half, cy + half}};
}

} // namespace

class TestLogisticsModel : public QObject
{
    Q_OBJECT

private slots:
    void robotDayWorkedByHand()
    {
        // Depot at (0, 0) on a 3 × 3 grid of 500 m footways; the robot goes 2 m/s.
        // Order 1 at 100 s to (1000, 0): 1000 m = 500 s, handover 60 s → delivered at 660 s,
        //   back at 1160 s; battery 1.0 → 0.6 (2 km of 5 km).
        // Order 2 at 200 s to (0, 1000): queued until the robot is back (1160 s), then 0.6 − 0.4
        //   = 0.2 = the reserve, allowed: delivered at 1160 + 500 + 60 = 1720 s, back at 2220 s.
        // Order 3 at 1200 s to (500, 500) (1000 m by the grid): at 2220 s the battery is at the
        //   reserve; it needs 0.4 more, i.e. 0.4 h of charging → leaves at 3660 s (+0.5 s margin),
        //   delivered 3660.5 + 500 + 60 = 4220.5 s, back 4720.5 s.
        auto graph = walkGrid(3, 3, 500.0);
        QVERIFY(graph);
        auto router = std::make_shared<const RobotRouter>(graph);
        std::vector<ParcelOrder> orders{order(1, Kind::Robot, 100, {1000, 0}), order(2, Kind::Robot, 200, {0, 1000}),
                                        order(3, Kind::Robot, 1200, {500, 500})};
        auto run = makeRun(std::make_unique<LogisticsModel>(QStringLiteral("logistics"), router, nullptr, std::vector<geo::Point>{{0, 0}},
                                                            std::vector<geo::Point>{}, std::vector<LogisticsModel::Vehicle>{{QStringLiteral("R1"), Kind::Robot, 0}},
                                                            orders, robotOptions()),
                           7200.0);
        // Mid-way through the first trip: half way to (1000, 0), heading east, 0.8 charge.
        run.engine->runUntil(sim::fromSeconds(350.0));
        const auto mid = run.model->vehicleAt(0, 350.0);
        QCOMPARE(mid.state, QStringLiteral("delivering"));
        QVERIFY(std::abs(mid.position.x - 500.0) < 1e-6 && std::abs(mid.position.y) < 1e-6);
        QVERIFY(std::abs(mid.headingDeg - 90.0) < 1e-6);
        QVERIFY(std::abs(mid.charge - 0.9) < 1e-9);
        QCOMPARE(mid.order, 1);
        run.engine->run();

        const auto &trips = run.model->trips();
        QCOMPARE(trips.size(), std::size_t(3));
        const double expected[3][3] = {{100, 660, 1160}, {1160, 1720, 2220}, {3660.5, 4220.5, 4720.5}};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(std::abs(trips[std::size_t(i)].dispatched - expected[i][0]) < 1e-3, qPrintable(QString::number(trips[std::size_t(i)].dispatched)));
            QVERIFY2(std::abs(trips[std::size_t(i)].delivered - expected[i][1]) < 1e-3, qPrintable(QString::number(trips[std::size_t(i)].delivered)));
            QVERIFY2(std::abs(trips[std::size_t(i)].returned - expected[i][2]) < 1e-3, qPrintable(QString::number(trips[std::size_t(i)].returned)));
            QVERIFY(std::abs(trips[std::size_t(i)].metres - 2000.0) < 1e-6);
            QVERIFY(trips[std::size_t(i)].chargeAtEnd >= 0.2 - 1e-9);
        }
        QVERIFY(std::abs(trips[0].chargeAtEnd - 0.6) < 1e-9);
        QVERIFY(std::abs(trips[1].chargeAtEnd - 0.2) < 1e-9);
        QVERIFY(std::abs(trips[2].chargeAtStart - 0.6) < 1e-3);

        const QJsonObject k = run.model->kpis();
        QCOMPARE(k.value(QStringLiteral("orders")).toInt(), 3);
        QCOMPARE(k.value(QStringLiteral("delivered")).toInt(), 3);
        QCOMPARE(k.value(QStringLiteral("rejected")).toInt(), 0);
        // Delivery times 560, 1520 and 3020.5 s.
        QCOMPARE(k.value(QStringLiteral("mean_delivery_s")).toDouble(), std::round((560.0 + 1520.0 + 3020.5) / 3.0 * 1000.0) / 1000.0);
        QCOMPARE(k.value(QStringLiteral("p90_delivery_s")).toDouble(), 3020.5);
        QCOMPARE(k.value(QStringLiteral("robot_km")).toDouble(), 6.0);
        QCOMPARE(k.value(QStringLiteral("energy_kwh")).toDouble(), 1.2);   // 6 km of 5 km per kWh
        QCOMPARE(k.value(QStringLiteral("robot_utilisation")).toDouble(), std::round(3 * 1060.0 / 7200.0 * 1000.0) / 1000.0);
        QCOMPARE(k.value(QStringLiteral("lowest_charge")).toDouble(), 0.2);
        // Charging at the depot after the last trip: 0.2 + (7200 − 4720.5) / 3600.
        const auto end = run.model->vehicleAt(0, 7200.0);
        QCOMPARE(end.state, QStringLiteral("charging"));
        QVERIFY(std::abs(end.charge - (0.2 + (7200.0 - 4720.5) / 3600.0)) < 1e-3);
        // The snapshot carries the robot in its layer and as a walking agent.
        auto snapshot = run.engine->snapshot();
        const sim::FeatureState *state = snapshot->featureState(QStringLiteral("logistics_robots"));
        QVERIFY(state);
        QCOMPARE(state->size(), std::size_t(1));
        QCOMPARE(state->text(0, state->textColumn(QStringLiteral("vehicle_id"))), QStringLiteral("R1"));
        QCOMPARE(snapshot->modes, std::vector<std::uint8_t>{1});
    }

    void refusalsAndTimeout()
    {
        auto graph = walkGrid(3, 3, 500.0);
        auto router = std::make_shared<const RobotRouter>(graph);
        auto options = robotOptions();
        options.robot.fullRangeM = 4000.0;   // 3.2 km above the reserve
        options.maxWaitSeconds = 600.0;
        std::vector<ParcelOrder> orders{
            order(1, Kind::Robot, 10, {1000, 1000}),   // 2 km there, 2 km back: beyond the range
            order(2, Kind::Robot, 20, {500, 1600}),    // 600 m off the footways: unreachable
            order(3, Kind::Drone, 30, {500, 0}),       // no drone in the fleet
            order(4, Kind::Robot, 40, {1000, 0}),      // fits: 2 km there and back, gone until 1100 s
            order(5, Kind::Robot, 50, {500, 0}),       // waits; the robot is back at 1100 s > 50 + 600: timeout
        };
        auto run = makeRun(std::make_unique<LogisticsModel>(QStringLiteral("logistics"), router, nullptr, std::vector<geo::Point>{{0, 0}},
                                                            std::vector<geo::Point>{}, std::vector<LogisticsModel::Vehicle>{{QStringLiteral("R1"), Kind::Robot, 0}},
                                                            orders, options),
                           3600.0);
        run.engine->run();
        const auto &out = run.model->outcomes();
        QCOMPARE(out[0].reason, QStringLiteral("beyond_range"));
        QCOMPARE(out[1].reason, QStringLiteral("unreachable"));
        QVERIFY(out[1].detail.contains(QStringLiteral("150")));   // RobotRouter's words: the most a point may lie off the network
        QCOMPARE(out[2].reason, QStringLiteral("no_vehicle"));
        QCOMPARE(int(out[3].status), int(LogisticsModel::Outcome::Status::Delivered));
        QCOMPARE(out[4].reason, QStringLiteral("timeout"));
        const QJsonObject k = run.model->kpis();
        QCOMPARE(k.value(QStringLiteral("rejected")).toInt(), 4);
        const QJsonObject reasons = k.value(QStringLiteral("rejected_by_reason")).toObject();
        for (const char *reason : {"beyond_range", "unreachable", "no_vehicle", "timeout"})
            QCOMPARE(reasons.value(QLatin1String(reason)).toInt(), 1);
        int recorded = 0;
        for (const auto &e : run.engine->recordedEvents())
            recorded += e.kind == QLatin1String("rejected");
        QCOMPARE(recorded, 4);
    }

    void nearestIdleVehicleFirstComeFirstServed()
    {
        // Two robot depots 1 km apart; both orders leave from depot 1. The robot of depot 1 takes
        // the first; the second goes to the robot of depot 0, which walks to depot 1 first.
        auto graph = walkGrid(3, 3, 500.0);
        auto router = std::make_shared<const RobotRouter>(graph);
        auto options = robotOptions();
        options.robot.fullRangeM = 20000.0;
        std::vector<ParcelOrder> orders{order(1, Kind::Robot, 10, {1000, 500}, 1), order(2, Kind::Robot, 20, {1000, 1000}, 1)};
        auto run = makeRun(std::make_unique<LogisticsModel>(QStringLiteral("logistics"), router, nullptr,
                                                            std::vector<geo::Point>{{0, 0}, {1000, 0}}, std::vector<geo::Point>{},
                                                            std::vector<LogisticsModel::Vehicle>{{QStringLiteral("A"), Kind::Robot, 0},
                                                                                                 {QStringLiteral("B"), Kind::Robot, 1}},
                                                            orders, options),
                           7200.0);
        run.engine->run();
        const auto &trips = run.model->trips();
        QCOMPARE(trips.size(), std::size_t(2));
        QCOMPARE(trips[0].vehicle, 1);
        QCOMPARE(trips[1].vehicle, 0);
        QCOMPARE(trips[1].legs.front().state, QStringLiteral("to_depot"));
        // 1000 m to depot 1, 1000 m to (1000, 1000), handover, 2000 m back to depot 0: 2000 s of walking.
        QVERIFY(std::abs(trips[1].delivered - (20.0 + 1000.0 + 60.0)) < 1e-3);
        QVERIFY(std::abs(trips[1].returned - (20.0 + 2000.0 + 60.0)) < 1e-3);
    }

    void dronesNeverEnterNoFlyZones()
    {
        // Depot at the origin, a ring of destinations 3 km away, zones on the way.
        std::vector<NoFlyZone> zones;
        const std::vector<std::pair<geo::Point, double>> squares{{{1200, 0}, 300}, {{0, 1500}, 400}, {{-1000, -1000}, 250},
                                                                  {{900, 900}, 200}, {{-1500, 300}, 350}};
        for (std::size_t i = 0; i < squares.size(); ++i)
            zones.push_back({QStringLiteral("Z%1").arg(i), QStringLiteral("zone %1").arg(i), QStringLiteral("other"),
                             {square(squares[i].first.x, squares[i].first.y, squares[i].second)}});
        // A destination inside a zone, and one enclosed by a ring-shaped zone (a hole it cannot reach).
        zones.push_back({QStringLiteral("RING"), QStringLiteral("ring"), QStringLiteral("crowd"),
                         {square(5000, 5000, 600), square(5000, 5000, 300)}});
        const double clearance = 20.0;
        auto planner = DronePlanner::create(zones, clearance);
        QVERIFY2(planner, planner ? "" : qPrintable(planner.error().toString()));
        std::vector<ParcelOrder> orders;
        int id = 0;
        for (int i = 0; i < 24; ++i) {
            const double a = i * M_PI / 12.0;
            orders.push_back(order(++id, Kind::Drone, 60.0 * i, {3000 * std::cos(a), 3000 * std::sin(a)}));
        }
        orders.push_back(order(++id, Kind::Drone, 2000, {1200, 50}));    // inside zone 0
        orders.push_back(order(++id, Kind::Drone, 2010, {5000, 5000}));  // inside the ring's hole
        LogisticsModel::Options options;
        options.drone = {12.0, 16000.0, 1800.0, 0.5};
        options.reserve = 0.25;
        options.dwellSeconds = 30.0;
        options.maxWaitSeconds = 4 * 3600.0;
        std::vector<LogisticsModel::Vehicle> drones{{QStringLiteral("D1"), Kind::Drone, 0}, {QStringLiteral("D2"), Kind::Drone, 0}};
        auto run = makeRun(std::make_unique<LogisticsModel>(QStringLiteral("logistics"), nullptr,
                                                            std::make_shared<const DronePlanner>(std::move(planner.value())),
                                                            std::vector<geo::Point>{}, std::vector<geo::Point>{{0, 0}}, drones, orders, options),
                           12 * 3600.0);
        std::vector<OGRPolygon> polygons;
        for (const NoFlyZone &z : zones) {
            OGRPolygon p = polygon(z.rings[0]);
            for (std::size_t r = 1; r < z.rings.size(); ++r) {
                OGRLinearRing hole;
                for (const geo::Point &q : z.rings[r])
                    hole.addPoint(q.x, q.y);
                hole.closeRings();
                p.addRing(&hole);
            }
            polygons.push_back(std::move(p));
        }
        // Every 20 s of the run: each drone's position is outside every zone, its charge above the reserve.
        int samples = 0, airborne = 0;
        for (double t = 0; t <= 12 * 3600.0; t += 20.0) {
            run.engine->runUntil(sim::fromSeconds(t));
            for (int v = 0; v < 2; ++v) {
                const auto s = run.model->vehicleAt(v, t);
                OGRPoint p(s.position.x, s.position.y);
                for (const OGRPolygon &zone : polygons)
                    QVERIFY2(p.Distance(&zone) >= clearance * 0.95,
                             qPrintable(QStringLiteral("drone %1 at %2 s at (%3, %4)").arg(v).arg(t).arg(s.position.x).arg(s.position.y)));
                QVERIFY(s.charge >= options.reserve - 1e-9);
                airborne += s.state != QLatin1String("idle") && s.state != QLatin1String("charging");
                ++samples;
            }
        }
        run.engine->run();
        QVERIFY(airborne > 100);
        // Every leg of every flight keeps the clearance from every zone.
        int legs = 0;
        for (const auto &trip : run.model->trips()) {
            QVERIFY(trip.chargeAtEnd >= options.reserve - 1e-9);
            for (const auto &leg : trip.legs) {
                if (leg.polyline.size() < 2)
                    continue;
                OGRLineString line;
                for (const geo::Point &q : leg.polyline)
                    line.addPoint(q.x, q.y);
                for (const OGRPolygon &zone : polygons)
                    QVERIFY2(line.Distance(&zone) >= clearance * 0.95, qPrintable(QStringLiteral("leg of order %1").arg(trip.order)));
                ++legs;
            }
        }
        QVERIFY2(legs >= 2 * 20, qPrintable(QStringLiteral("%1 legs in %2 trips").arg(legs).arg(run.model->trips().size())));
        const auto &out = run.model->outcomes();
        int delivered = 0;
        for (std::size_t i = 0; i < 24; ++i)
            delivered += out[i].status == LogisticsModel::Outcome::Status::Delivered;
        QCOMPARE(delivered, 24);
        QCOMPARE(out[24].reason, QStringLiteral("no_fly_zone"));
        QVERIFY(out[24].detail.contains(QStringLiteral("zone 0")));
        QCOMPARE(out[25].reason, QStringLiteral("no_corridor"));   // in the hole, outside the zone, but walled in
    }
};

QTEST_GUILESS_MAIN(TestLogisticsModel)
#include "tst_logisticsmodel.moc"
