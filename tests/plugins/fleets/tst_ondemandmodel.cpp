// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The "ondemand" simulation model alone in an Engine: KPIs of a case worked out by hand on a
// straight road, refusals with their reasons, vehicle positions on the roads, and on random days
// of service that no executed stop ever breaks a time window, a seat count or a wheelchair place
// (with and without re-optimisation).
#include "ondemandtestsupport.h"

#include "ct/fleets/ondemandmodel.h"
#include "ct/fleets/ondemandservice.h"
#include "ct/sim/engine.h"
#include "ct/sim/snapshot.h"

#include <QHash>
#include <QTest>

#include <random>

using namespace ct;
using namespace ct::fleets;

namespace {

struct Day
{
    std::shared_ptr<routing::RoadGraph> graph;
    std::unique_ptr<sim::Engine> engine;
    OnDemandModel *model = nullptr;
};

Day runDay(std::shared_ptr<routing::RoadGraph> graph, std::vector<int> stopNodes, ServiceArea area, OnDemandService::Options options,
           std::vector<TripRequest> requests, OnDemandModel::Fleet fleet, std::vector<int> depots, double seconds)
{
    Day day;
    day.graph = graph;
    auto service = std::make_shared<OnDemandService>(*graph, std::move(stopNodes), std::move(area), options);
    day.engine = std::make_unique<sim::Engine>(1, sim::fromSeconds(seconds));
    auto model = std::make_unique<OnDemandModel>(QStringLiteral("ondemand"), service, std::move(requests), fleet, std::move(depots));
    day.model = model.get();
    day.engine->addModel(std::move(model));
    day.engine->start();
    return day;
}

TripRequest request(int id, double at, geo::Point from, geo::Point to, int passengers = 1)
{
    TripRequest r;
    r.id = id;
    r.requestedAt = at;
    r.origin = from;
    r.destination = to;
    r.passengers = passengers;
    return r;
}

} // namespace

class TestOnDemandModel : public QObject
{
    Q_OBJECT

private slots:
    // A straight road A(0)–B(1 km)–C(2 km)–D(3 km) at 36 km/h (100 s per km), stops at the four
    // nodes, no dwell; one two-seat vehicle waiting at B.
    //   r1 at 0 s, A → D: the vehicle drives B→A (100 s), picks up at 100, heads for D.
    //   r2 at 0 s, C → B: cheapest insertion (+200 s, tie with appending, earlier drop-off wins)
    //   is A, C (300), B (400), D (600).
    // Waits 100 and 300 s; rides 500/300 and 100/100; legs B→A 1 km empty, A→C 2 km × 1,
    // C→B 1 km × 2, B→D 2 km × 1: 6 vehicle-km, 6 passenger-km, occupancy 1.
    void handWorkedDay()
    {
        auto graph = test::gridGraph(4, 1, 1000.0, 36.0);
        QVERIFY(graph);
        OnDemandService::Options options;
        options.serviceSeconds = 0.0;
        options.maxWaitSeconds = 600.0;
        options.detourFactor = 1.5;
        options.walkLimitMetres = 100.0;
        const ServiceArea area({{{-100, -100}, {3100, -100}, {3100, 100}, {-100, 100}}});
        std::vector<TripRequest> requests{request(1, 0, {0, 0}, {3000, 0}), request(2, 0, {2000, 0}, {1000, 0})};
        TripRequest outside = request(3, 10, {0, 0}, {3000, 900});
        TripRequest tooLate = request(4, 20, {0, 0}, {3000, 0});
        tooLate.arriveBy = 20 + 250;    // the direct ride takes 300 s
        TripRequest crowd = request(5, 30, {0, 0}, {1000, 0}, 3);
        TripRequest faraway = request(6, 40, {0, 0}, {1500, 0});   // 500 m from the nearest stop
        requests.insert(requests.end(), {outside, tooLate, crowd, faraway});
        OnDemandModel::Fleet fleet{1, 2, 0, 0.0};
        Day day = runDay(graph, {0, 1, 2, 3}, area, options, requests, fleet, {1}, 2000.0);
        // Half-way along the first leg the vehicle is on the road between B and A.
        day.engine->runUntil(sim::fromSeconds(50));
        const auto mid = day.model->vehicleAt(0, 50.0);
        QCOMPARE(mid.state, QStringLiteral("driving"));
        QVERIFY(std::abs(mid.pose.position.x - 500.0) < 1e-6 && std::abs(mid.pose.position.y) < 1e-6);
        QVERIFY(std::abs(mid.pose.headingDeg - 270.0) < 1e-6);   // westwards
        const auto shared = day.model->vehicleAt(0, 350.0);      // C → B with both riders
        QCOMPARE(shared.onboard, 2);
        QVERIFY(std::abs(shared.pose.position.x - 1500.0) < 1e-6);
        day.engine->run();

        const QJsonObject k = day.model->kpis();
        QCOMPARE(k.value(QStringLiteral("requests")).toInt(), 6);
        QCOMPARE(k.value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(k.value(QStringLiteral("served")).toInt(), 2);
        QCOMPARE(k.value(QStringLiteral("rejected")).toInt(), 4);
        const QJsonObject reasons = k.value(QStringLiteral("rejected_by_reason")).toObject();
        QCOMPARE(reasons.value(QStringLiteral("outside_service_area")).toInt(), 1);
        QCOMPARE(reasons.value(QStringLiteral("impossible_window")).toInt(), 1);
        QCOMPARE(reasons.value(QStringLiteral("too_many_passengers")).toInt(), 1);
        QCOMPARE(reasons.value(QStringLiteral("no_stop_nearby")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("mean_wait_s")).toDouble(), 200.0);
        QCOMPARE(k.value(QStringLiteral("max_wait_s")).toDouble(), 300.0);
        QCOMPARE(k.value(QStringLiteral("mean_detour_factor")).toDouble(), std::round((5.0 / 3.0 + 1.0) / 2.0 * 1000.0) / 1000.0);
        QCOMPARE(k.value(QStringLiteral("max_detour_factor")).toDouble(), std::round(5.0 / 3.0 * 1000.0) / 1000.0);
        QCOMPARE(k.value(QStringLiteral("vehicle_km")).toDouble(), 6.0);
        QCOMPARE(k.value(QStringLiteral("passenger_km")).toDouble(), 6.0);
        QCOMPARE(k.value(QStringLiteral("occupancy")).toDouble(), 1.0);
        const auto &rides = day.model->rides();
        QCOMPARE(rides.size(), std::size_t(2));
        QCOMPARE(rides[0].pickupTime, 100.0);
        QCOMPARE(rides[0].dropoffTime, 600.0);
        QCOMPARE(rides[1].pickupTime, 300.0);
        QCOMPARE(rides[1].dropoffTime, 400.0);
        QCOMPARE(day.model->vehicleAt(0, 2000.0).state, QStringLiteral("idle"));

        // The snapshot carries every vehicle as a feature state and as a moving agent.
        const auto snapshot = day.engine->snapshot();
        const sim::FeatureState *state = snapshot->featureState(QStringLiteral("ondemand_vehicles"));
        QVERIFY(state);
        QCOMPARE(state->size(), std::size_t(1));
        QCOMPARE(state->number(0, state->numberColumn(QStringLiteral("x"))), 3000.0);
        QCOMPARE(snapshot->modes.size(), std::size_t(1));
    }

    void windowsAndSeatsHold_data()
    {
        QTest::addColumn<uint>("seed");
        QTest::addColumn<double>("reoptimise");
        for (uint seed = 1; seed <= 4; ++seed) {
            QTest::addRow("seed %u, no re-optimisation", seed) << seed << 0.0;
            QTest::addRow("seed %u, re-optimising every 5 min", seed) << seed << 300.0;
        }
    }

    void windowsAndSeatsHold()
    {
        QFETCH(uint, seed);
        QFETCH(double, reoptimise);
        auto graph = test::gridGraph(7, 7, 500.0, 30.0);
        std::vector<int> stops(49);
        std::iota(stops.begin(), stops.end(), 0);
        OnDemandService::Options options;
        options.serviceSeconds = 20.0;
        options.maxWaitSeconds = 600.0;
        options.detourFactor = 1.4;
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> coordinate(0.0, 3000.0), when(0.0, 4 * 3600.0), u(0.0, 1.0);
        std::vector<TripRequest> requests;
        for (int i = 0; i < 600; ++i) {
            TripRequest r = request(i + 1, 0, {coordinate(rng), coordinate(rng)}, {coordinate(rng), coordinate(rng)}, u(rng) < 0.8 ? 1 : 2);
            r.requestedAt = when(rng);
            r.wheelchair = u(rng) < 0.1;
            if (u(rng) < 0.2)
                r.arriveBy = r.requestedAt + 300 + 1500 * u(rng);
            requests.push_back(r);
        }
        std::sort(requests.begin(), requests.end(), [](const TripRequest &a, const TripRequest &b) { return a.requestedAt < b.requestedAt; });
        OnDemandModel::Fleet fleet{6, 3, 1, reoptimise};
        Day day = runDay(graph, stops, {}, options, requests, fleet, {}, 6 * 3600.0);
        day.engine->run();
        const OnDemandModel &m = *day.model;
        QHash<int, const TripRequest *> byId;
        for (const TripRequest &r : requests)
            byId.insert(r.id, &r);
        QHash<int, double> pickedAt;
        std::vector<double> lastTime(std::size_t(fleet.vehicles), -1.0);
        int dropoffs = 0;
        for (const OnDemandModel::Visit &v : m.visits()) {
            QVERIFY2(v.load >= 0 && v.load <= fleet.capacity, qPrintable(QStringLiteral("load %1 after request %2").arg(v.load).arg(v.requestId)));
            QVERIFY(v.wheelchairs >= 0 && v.wheelchairs <= fleet.wheelchairPlaces);
            QVERIFY(v.time >= lastTime[std::size_t(v.vehicle)]);
            lastTime[std::size_t(v.vehicle)] = v.time;
            const auto &ride = m.rides()[std::size_t(std::find_if(m.rides().begin(), m.rides().end(), [&](const auto &r) {
                                                          return r.requestId == v.requestId;
                                                      }) - m.rides().begin())];
            if (v.pickup) {
                QVERIFY2(v.time >= byId.value(v.requestId)->requestedAt - 1e-9, "picked up before the request");
                QVERIFY(!pickedAt.contains(v.requestId));
                pickedAt.insert(v.requestId, v.time);
            } else {
                ++dropoffs;
                QVERIFY2(pickedAt.contains(v.requestId), "set down before being picked up");
                QVERIFY2(v.time <= ride.latestArrival + 1e-6,
                         qPrintable(QStringLiteral("request %1 arrives at %2, latest %3").arg(v.requestId).arg(v.time).arg(ride.latestArrival)));
                QVERIFY(v.time >= pickedAt.value(v.requestId) + options.serviceSeconds + ride.directSeconds - 1e-6);
            }
        }
        QVERIFY(dropoffs > 100);   // a real day, not an empty one
        const QJsonObject k = m.kpis();
        QCOMPARE(k.value(QStringLiteral("served")).toInt(), dropoffs);
        QCOMPARE(k.value(QStringLiteral("accepted")).toInt() + k.value(QStringLiteral("rejected")).toInt(), 600);
        if (reoptimise <= 0.0)
            QCOMPARE(m.reoptimisations(), 0);
        // Every accepted request was served by the end (the day ends 2 h after the last request).
        QCOMPARE(dropoffs, k.value(QStringLiteral("accepted")).toInt());
    }
};

QTEST_GUILESS_MAIN(TestOnDemandModel)
#include "tst_ondemandmodel.moc"
