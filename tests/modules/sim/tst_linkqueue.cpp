// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/linkqueuenetwork.h"

#include <QTest>

#include <cmath>

using namespace ct::sim;

namespace {

/// A chain of links 0 → 1 → … → n-1; agents leave at the last node.
class ChainRouter : public LinkRouter
{
public:
    explicit ChainRouter(int links) : m_links(links) {}
    std::int32_t nextLink(LinkQueueNetwork &, std::int32_t, std::int32_t node, SimTime) override
    {
        return node >= m_links ? kArrive : node;
    }
    void arrived(LinkQueueNetwork &, std::int32_t, std::int32_t, SimTime) override { ++arrivals; }
    void stranded(LinkQueueNetwork &, std::int32_t, std::int32_t, SimTime) override { ++strandings; }
    int arrivals = 0;
    int strandings = 0;

private:
    int m_links;
};

std::vector<LinkSpec> chain(const std::vector<std::tuple<double, double, double>> &links)
{
    std::vector<LinkSpec> out;
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto [seconds, capacity, storage] = links[i];
        out.push_back({std::int32_t(i), std::int32_t(i + 1), seconds, capacity, storage});
    }
    return out;
}

} // namespace

class TestLinkQueue : public QObject
{
    Q_OBJECT

private slots:
    void conservationAndLimits_data()
    {
        QTest::addColumn<int>("agents");
        QTest::addColumn<int>("size");
        QTest::addColumn<double>("bottleneckCapacity");
        QTest::addColumn<double>("bottleneckStorage");
        QTest::newRow("cars through a bottleneck") << 200 << 1 << 600.0 << 5.0;
        QTest::newRow("walking groups") << 120 << 3 << 3600.0 << 12.0;
        QTest::newRow("tiny storage") << 50 << 1 << 1800.0 << 1.0;
    }
    //! Nobody appears or vanishes; outflow never beats capacity; storage is never exceeded.
    void conservationAndLimits()
    {
        QFETCH(int, agents);
        QFETCH(int, size);
        QFETCH(double, bottleneckCapacity);
        QFETCH(double, bottleneckStorage);
        LinkQueueNetwork net;
        net.setLinks(chain({{10, 7200, 1000}, {20, bottleneckCapacity, bottleneckStorage}, {5, 7200, 1000}}), 4);
        ChainRouter router(3);
        for (int i = 0; i < agents; ++i)
            net.addAgent(std::uint16_t(size));
        const std::int64_t total = std::int64_t(agents) * size;
        std::int64_t idle = total;
        for (int i = 0; i < agents; ++i) {
            net.depart(i, 0, 0, router);
            idle -= size;
            QCOMPARE(net.unitsEntering() + net.unitsOnLinks() + net.unitsArrived() + idle, total);
        }
        double maxRatio = 0;
        for (SimTime t = kSecond; t <= 2 * kHour && router.arrivals < agents; t += kSecond) {
            net.tick(t, kSecond, router);
            QCOMPARE(net.unitsEntering() + net.unitsOnLinks() + net.unitsArrived() + net.unitsStranded(), total);
            for (int l = 0; l < net.linkCount(); ++l) {
                // An empty link accepts one agent whatever its size; otherwise storage holds.
                QVERIFY2(net.occupancy(l) <= std::max(net.link(l).storage, double(size)) + 1e-9,
                         qPrintable(QStringLiteral("link %1 holds %2 > %3").arg(l).arg(net.occupancy(l)).arg(net.link(l).storage)));
            }
            // Outflow of the bottleneck: capacity × elapsed time (since its first tick) + one group.
            const double allowed = bottleneckCapacity / 3600.0 * toSeconds(t) + size;
            QVERIFY2(net.cumulativeOutflow(1) <= allowed + 1e-9,
                     qPrintable(QStringLiteral("t=%1 outflow %2 > %3").arg(toSeconds(t)).arg(net.cumulativeOutflow(1)).arg(allowed)));
            maxRatio = std::max(maxRatio, net.occupancy(1) / net.link(1).storage);
        }
        QCOMPARE(router.arrivals, agents);
        QCOMPARE(net.unitsArrived(), total);
        QCOMPARE(net.forcedMoves(), 0);
        QVERIFY(maxRatio > 0.5); // the bottleneck did fill up: the limits were exercised
    }

    //! The long-run rate through a link is its capacity.
    void outflowRateMatchesCapacity()
    {
        LinkQueueNetwork net;
        net.setLinks(chain({{1, 900, 1000}}), 2);
        ChainRouter router(1);
        for (int i = 0; i < 500; ++i) {
            net.addAgent(1);
            net.depart(i, 0, 0, router);
        }
        for (SimTime t = kSecond; t <= 10 * kMinute; t += kSecond)
            net.tick(t, kSecond, router);
        // 900 veh/h for 10 minutes = 150 vehicles (± one for the first tick).
        QVERIFY2(std::abs(router.arrivals - 150) <= 1, qPrintable(QString::number(router.arrivals)));
    }

    //! A full downstream link holds back the upstream queue (spill-back), which then fills up.
    void spillBackBlocksUpstream()
    {
        LinkQueueNetwork net;
        // Link 1 drains at 60 veh/h and holds 3; link 0 is fast and holds 10.
        net.setLinks(chain({{2, 36000, 10}, {2, 60, 3}}), 3);
        ChainRouter router(2);
        for (int i = 0; i < 30; ++i) {
            net.addAgent(1);
            net.depart(i, 0, 0, router);
        }
        for (SimTime t = kSecond; t <= 2 * kMinute; t += kSecond)
            net.tick(t, kSecond, router);
        QCOMPARE(net.occupancy(1), 3.0);   // downstream full
        QCOMPARE(net.occupancy(0), 10.0);  // upstream filled behind it
        QVERIFY(net.unitsEntering() > 0);  // and the rest could not even start
        QVERIFY(net.cumulativeOutflow(0) <= 3 + 2 + 1e-9); // only what fitted downstream, plus what drained
    }

    //! With the gridlock breaker on, a blocked agent moves after the stuck time and is counted.
    void stuckTimeForcesMoves()
    {
        LinkQueueNetwork net;
        net.setLinks(chain({{2, 36000, 10}, {2, 1, 1}}), 3);
        net.setStuckTime(30 * kSecond);
        ChainRouter router(2);
        for (int i = 0; i < 3; ++i) {
            net.addAgent(1);
            net.depart(i, 0, 0, router);
        }
        for (SimTime t = kSecond; t <= 2 * kMinute; t += kSecond)
            net.tick(t, kSecond, router);
        QVERIFY(net.forcedMoves() > 0);
    }

    //! Capacity and storage are consumed in passenger car units: a bus of 2.5 PCU passes a
    //! bottleneck at 1 / 2.5 the rate of cars, and fewer of them fit on a link.
    void busesUseTheirPassengerCarEquivalent_data()
    {
        QTest::addColumn<int>("vehicleClass");
        QTest::addColumn<double>("pcu");
        QTest::newRow("cars") << int(VehicleClass::Car) << 1.0;
        QTest::newRow("buses 2.5 PCU") << int(VehicleClass::Bus) << 2.5;
        QTest::newRow("buses 2.0 PCU (default)") << int(VehicleClass::Bus) << 0.0;
    }
    void busesUseTheirPassengerCarEquivalent()
    {
        QFETCH(int, vehicleClass);
        QFETCH(double, pcu);
        LinkQueueNetwork net;
        // The bottleneck: 720 PCU/h (one PCU every 5 s) and room for 10 PCU.
        net.setLinks(chain({{2, 36000, 1000}, {10, 720, 10}, {2, 36000, 1000}}), 4);
        if (pcu > 0)
            net.setPassengerCarEquivalent(VehicleClass::Bus, pcu);
        const double load = net.passengerCarEquivalentOf(VehicleClass(vehicleClass));
        QCOMPARE(load, pcu > 0 ? pcu : passengerCarEquivalent(VehicleClass(vehicleClass)));
        ChainRouter router(3);
        const int vehicles = 40;
        for (int i = 0; i < vehicles; ++i) {
            net.addAgent(1, VehicleClass(vehicleClass));
            QCOMPARE(net.agentLoad(i), load);
            net.depart(i, 0, 0, router);
        }
        SimTime done = -1;
        double peak = 0;
        for (SimTime t = kSecond; t <= kHour && done < 0; t += kSecond) {
            net.tick(t, kSecond, router);
            QCOMPARE(net.unitsEntering() + net.unitsOnLinks() + net.unitsArrived(), std::int64_t(vehicles));
            peak = std::max(peak, net.occupancy(1));
            QVERIFY2(net.occupancy(1) <= 10.0 + 1e-9, qPrintable(QString::number(net.occupancy(1))));
            QVERIFY(net.cumulativeOutflow(1) <= 720.0 / 3600.0 * toSeconds(t) + load + 1e-9);
            if (router.arrivals == vehicles)
                done = t;
        }
        QVERIFY(done > 0);
        // 40 vehicles × load PCU at 0.2 PCU/s.
        const double expected = vehicles * load / 0.2;
        QVERIFY2(std::abs(toSeconds(done) - expected) < 0.1 * expected + 15,
                 qPrintable(QStringLiteral("%1 s, expected about %2 s").arg(toSeconds(done)).arg(expected)));
        // The link filled to what whole vehicles of that size allow.
        QCOMPARE(peak, std::floor(10.0 / load) * load);
        QCOMPARE(net.cumulativeOutflow(1), vehicles * load);
    }

    //! An arrived agent can be sent on a new trip (a bus between runs).
    void rearmedAgentsDepartAgain()
    {
        LinkQueueNetwork net;
        net.setLinks(chain({{5, 3600, 10}}), 2);
        ChainRouter router(1);
        net.addAgent(1, VehicleClass::Bus);
        net.depart(0, 0, 0, router);
        for (SimTime t = kSecond; t <= 20 * kSecond; t += kSecond)
            net.tick(t, kSecond, router);
        QCOMPARE(net.agentState(0), LinkQueueNetwork::AgentState::Arrived);
        QCOMPARE(net.unitsArrived(), 1);
        net.depart(0, 0, 20 * kSecond, router); // ignored: not idle
        QCOMPARE(net.unitsEntering(), 0);
        net.rearm(0);
        QCOMPARE(net.agentState(0), LinkQueueNetwork::AgentState::Idle);
        QCOMPARE(net.unitsArrived(), 0);
        net.depart(0, 0, 20 * kSecond, router);
        for (SimTime t = 21 * kSecond; t <= 40 * kSecond; t += kSecond)
            net.tick(t, kSecond, router);
        QCOMPARE(router.arrivals, 2);
        QCOMPARE(net.cumulativeOutflow(0), 2 * passengerCarEquivalent(VehicleClass::Bus));
    }

    void strandedAgentsAreCounted()
    {
        class Nowhere : public ChainRouter
        {
        public:
            Nowhere() : ChainRouter(1) {}
            std::int32_t nextLink(LinkQueueNetwork &, std::int32_t, std::int32_t node, SimTime) override
            {
                return node == 0 ? 0 : kStranded;
            }
        } router;
        LinkQueueNetwork net;
        net.setLinks(chain({{1, 3600, 10}}), 2);
        net.addAgent(4);
        net.depart(0, 0, 0, router);
        for (SimTime t = kSecond; t <= 10 * kSecond; t += kSecond)
            net.tick(t, kSecond, router);
        QCOMPARE(router.strandings, 1);
        QCOMPARE(net.unitsStranded(), 4);
        QCOMPARE(net.agentState(0), LinkQueueNetwork::AgentState::Stranded);
        QVERIFY(net.activeLinks().empty());
    }
};

QTEST_GUILESS_MAIN(TestLinkQueue)
#include "tst_linkqueue.moc"
