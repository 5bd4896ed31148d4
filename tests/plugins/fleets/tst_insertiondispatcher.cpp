// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/exhaustiveinsertion.h"
#include "ct/fleets/insertiondispatcher.h"
#include "ct/fleets/traveltimematrix.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <random>

using namespace ct::fleets;

namespace {

/// Points on a plane, driven at 10 m/s along straight lines (the triangle inequality holds, as on
/// a road graph's shortest paths).
TravelTimeMatrix planeMatrix(const std::vector<std::pair<double, double>> &points)
{
    const int n = int(points.size());
    std::vector<float> seconds(std::size_t(n * n));
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            seconds[std::size_t(a * n + b)] = float(std::round(std::hypot(points[std::size_t(a)].first - points[std::size_t(b)].first,
                                                                          points[std::size_t(a)].second - points[std::size_t(b)].second) / 10.0));
    return TravelTimeMatrix(n, std::move(seconds));
}

TravelTimeMatrix randomMatrix(std::mt19937 &rng, int n)
{
    std::uniform_real_distribution<double> coordinate(0.0, 6000.0);
    std::vector<std::pair<double, double>> points;
    for (int i = 0; i < n; ++i)
        points.push_back({coordinate(rng), coordinate(rng)});
    return planeMatrix(points);
}

DispatchRequest randomRequest(std::mt19937 &rng, const TravelTimeMatrix &times, int id, double now)
{
    std::uniform_int_distribution<int> location(0, times.size() - 1);
    DispatchRequest r;
    r.id = id;
    r.pickup = location(rng);
    do
        r.dropoff = location(rng);
    while (r.dropoff == r.pickup);
    r.earliestPickup = now + std::uniform_real_distribution<double>(0, 900)(rng);
    r.latestArrival = r.earliestPickup + times.seconds(r.pickup, r.dropoff) * std::uniform_real_distribution<double>(1.2, 2.5)(rng)
                      + std::uniform_real_distribution<double>(0, 900)(rng);
    r.passengers = std::uniform_int_distribution<int>(1, 3)(rng);
    r.wheelchair = std::uniform_int_distribution<int>(0, 5)(rng) == 0;
    return r;
}

std::vector<DispatchVehicle> randomFleet(std::mt19937 &rng, const TravelTimeMatrix &times, int count)
{
    std::vector<DispatchVehicle> fleet;
    for (int v = 0; v < count; ++v) {
        DispatchVehicle vehicle;
        vehicle.id = QStringLiteral("v%1").arg(v);
        vehicle.capacity = std::uniform_int_distribution<int>(3, 6)(rng);
        vehicle.wheelchairPlaces = v % 2;
        vehicle.location = std::uniform_int_distribution<int>(0, times.size() - 1)(rng);
        fleet.push_back(vehicle);
    }
    return fleet;
}

/// Every vehicle's route is driven through from scratch: windows, seats, wheelchair places, and
/// each accepted request picked up before it is set down, by the same vehicle, within its window.
QString violations(const InsertionDispatcher &dispatcher, const std::map<int, DispatchRequest> &requests)
{
    for (const DispatchVehicle &vehicle : dispatcher.vehicles()) {
        const auto drive = ExhaustiveInsertion::drive(vehicle, vehicle.stops, dispatcher.times(), dispatcher.serviceSeconds());
        if (!drive.feasible)
            return vehicle.id + QStringLiteral(": ") + drive.violation;
        std::map<int, double> pickedUp;
        for (std::size_t k = 0; k < vehicle.stops.size(); ++k) {
            const ScheduledStop &s = vehicle.stops[k];
            const DispatchRequest &r = requests.at(s.requestId);
            if (s.pickup) {
                if (drive.start[k] < r.earliestPickup - 1e-9 || s.location != r.pickup)
                    return QStringLiteral("%1: request %2 picked up at %3 before %4").arg(vehicle.id).arg(r.id).arg(drive.start[k]).arg(r.earliestPickup);
                pickedUp[r.id] = drive.start[k];
            } else {
                if (!pickedUp.count(r.id) && vehicle.onboard == 0)
                    return QStringLiteral("%1: request %2 set down before it was picked up").arg(vehicle.id).arg(r.id);
                if (drive.start[k] > r.latestArrival + 1e-6 || s.location != r.dropoff)
                    return QStringLiteral("%1: request %2 arrives at %3 after %4").arg(vehicle.id).arg(r.id).arg(drive.start[k]).arg(r.latestArrival);
            }
        }
    }
    return {};
}

} // namespace

class TstInsertionDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void sharesARideAlongTheWay()
    {
        // 0 —— 1 —— 2 —— 3 on a line, 600 m apart (60 s).
        const TravelTimeMatrix times = planeMatrix({{0, 0}, {600, 0}, {1200, 0}, {1800, 0}});
        for (int seats : {2, 3}) {
            InsertionDispatcher dispatcher(times);
            DispatchVehicle bus;
            bus.id = QStringLiteral("bus");
            bus.capacity = seats;
            dispatcher.addVehicle(bus);
            // a: 0 → 3 with almost no slack (direct 180 s, latest 200 s).
            const DispatchRequest a{1, 0, 3, 0, 200, 1, false};
            const auto first = dispatcher.assign(a);
            QVERIFY(first);
            QCOMPARE(first->addedSeconds, 180.0);
            // b: 1 → 2 lies on the way: no extra driving, straight after its pick-up.
            const DispatchRequest b{2, 1, 2, 0, 1000, 1, false};
            const auto second = dispatcher.assign(b);
            QVERIFY(second);
            QCOMPARE(second->addedSeconds, 0.0);
            QCOMPARE(second->pickupPosition, 1);
            QCOMPARE(second->dropoffPosition, 1);
            QCOMPARE(second->pickupTime, 60.0);
            // c: 1 → 2 as well. With three seats it rides along; with two it cannot, and coming
            // back after a's drop-off at 3 (1 at 300 s, 2 at 360 s) is too late.
            const DispatchRequest c{3, 1, 2, 0, 300, 1, false};
            const auto third = dispatcher.bestInsertion(c);
            QCOMPARE(bool(third), seats == 3);
            if (seats == 3) {
                QCOMPARE(third->addedSeconds, 0.0);
                continue;
            }
            const DispatchRequest d{4, 1, 2, 0, 1000, 1, false};
            const auto fourth = dispatcher.bestInsertion(d);
            QVERIFY(fourth);
            QCOMPARE(fourth->pickupPosition, 4); // after a is set down at 3
            QCOMPARE(fourth->addedSeconds, 180.0);
        }
    }

    void refusesWhatCannotBeServed()
    {
        const TravelTimeMatrix times = planeMatrix({{0, 0}, {600, 0}, {1200, 0}});
        InsertionDispatcher dispatcher(times);
        DispatchVehicle small;
        small.id = QStringLiteral("small");
        small.capacity = 3;
        small.location = 0;
        dispatcher.addVehicle(small);
        QVERIFY(!dispatcher.bestInsertion({1, 1, 2, 0, 1000, 4, false}));  // four riders, three seats
        QVERIFY(!dispatcher.bestInsertion({2, 1, 2, 0, 1000, 1, true}));   // no wheelchair place
        QVERIFY(!dispatcher.bestInsertion({3, 2, 1, 0, 100, 1, false}));   // cannot reach 2 and drive to 1 by 100 s
        QVERIFY(dispatcher.bestInsertion({4, 2, 1, 0, 180, 1, false}));    // 120 s there, 60 s back: just in time
        DispatchVehicle accessible = small;
        accessible.id = QStringLiteral("accessible");
        accessible.location = 2;
        accessible.wheelchairPlaces = 1;
        dispatcher.addVehicle(accessible);
        const auto wheelchair = dispatcher.bestInsertion({5, 1, 2, 0, 1000, 1, true});
        QVERIFY(wheelchair);
        QCOMPARE(wheelchair->vehicle, 1);
        // Waiting: the bus may not pick up before 500 s.
        const auto later = dispatcher.bestInsertion({6, 1, 2, 500, 1000, 1, false});
        QVERIFY(later);
        QCOMPARE(later->pickupTime, 500.0);
        QCOMPARE(later->dropoffTime, 560.0);
    }

    void sameAsExhaustiveSearch_data()
    {
        QTest::addColumn<double>("service");
        QTest::newRow("no dwell") << 0.0;
        QTest::newRow("30 s dwell") << 30.0;
    }
    void sameAsExhaustiveSearch()
    {
        QFETCH(double, service);
        std::mt19937 rng(service > 0 ? 31 : 17);
        int compared = 0, accepted = 0;
        for (int instance = 0; instance < 150; ++instance) {
            const TravelTimeMatrix times = randomMatrix(rng, 12);
            InsertionDispatcher dispatcher(times, service);
            for (const auto &vehicle : randomFleet(rng, times, 3))
                dispatcher.addVehicle(vehicle);
            std::map<int, DispatchRequest> requests;
            double now = 0.0;
            for (int id = 1; id <= 12; ++id) {
                if (id % 4 == 0) {
                    now += 300.0;
                    dispatcher.advanceTo(now);
                }
                const DispatchRequest request = randomRequest(rng, times, id, now);
                requests[id] = request;
                const auto ours = dispatcher.bestInsertion(request);
                const auto exhaustive = ExhaustiveInsertion::best(dispatcher.vehicles(), request, times, service);
                ++compared;
                QVERIFY2(bool(ours) == bool(exhaustive), qPrintable(QStringLiteral("instance %1 request %2: ours %3, exhaustive %4")
                                                                       .arg(instance).arg(id).arg(bool(ours)).arg(bool(exhaustive))));
                if (!ours)
                    continue;
                QVERIFY2(std::abs(ours->addedSeconds - exhaustive->addedSeconds) < 1e-3,
                         qPrintable(QStringLiteral("instance %1 request %2: ours adds %3 s, exhaustive %4 s")
                                        .arg(instance).arg(id).arg(ours->addedSeconds).arg(exhaustive->addedSeconds)));
                dispatcher.apply(request, *ours);
                ++accepted;
                const QString broken = violations(dispatcher, requests);
                QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("instance %1: %2").arg(instance).arg(broken)));
            }
        }
        // The instances must exercise both outcomes.
        QVERIFY2(accepted > compared / 4 && accepted < compared, qPrintable(QStringLiteral("%1 of %2").arg(accepted).arg(compared)));
    }

    void windowsAndSeatsNeverBroken()
    {
        // Property: on random instances with many requests, whatever is accepted keeps every
        // window, seat count and wheelchair place, after every insertion and every clock step.
        std::mt19937 rng(4242);
        int accepted = 0, total = 0;
        for (int instance = 0; instance < 40; ++instance) {
            const TravelTimeMatrix times = randomMatrix(rng, 40);
            InsertionDispatcher dispatcher(times, 20.0);
            for (const auto &vehicle : randomFleet(rng, times, 6))
                dispatcher.addVehicle(vehicle);
            std::map<int, DispatchRequest> requests;
            double now = 0.0;
            for (int id = 1; id <= 120; ++id) {
                if (id % 5 == 0) {
                    now += 120.0;
                    dispatcher.advanceTo(now);
                }
                const DispatchRequest request = randomRequest(rng, times, id, now);
                requests[id] = request;
                ++total;
                if (dispatcher.assign(request))
                    ++accepted;
                const QString broken = violations(dispatcher, requests);
                QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("instance %1 after request %2: %3").arg(instance).arg(id).arg(broken)));
                for (const auto &vehicle : dispatcher.vehicles()) {
                    QVERIFY(vehicle.onboard >= 0 && vehicle.onboard <= vehicle.capacity);
                    QVERIFY(vehicle.onboardWheelchairs >= 0 && vehicle.onboardWheelchairs <= vehicle.wheelchairPlaces);
                }
            }
        }
        QVERIFY2(accepted > total / 5, qPrintable(QStringLiteral("%1 of %2 accepted").arg(accepted).arg(total)));
    }
};

QTEST_GUILESS_MAIN(TstInsertionDispatcher)
#include "tst_insertiondispatcher.moc"
