// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The on-demand demand generator (same seed, same day; the hourly profile and the trip purposes
// hold) and the "ondemand" model through its factory in a whole Simulation on a small generated
// twin: section errors name their JSON path, a run gives the KPIs, the same seed the same KPIs.
#include "ct/citygen/citygenerator.h"
#include "ct/fleets/demandgenerator.h"
#include "ct/fleets/ondemandmodelfactory.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ct;
using namespace ct::fleets;

namespace {

std::vector<DemandGenerator::Place> homes()
{
    std::vector<DemandGenerator::Place> h;
    for (int i = 0; i < 50; ++i)
        h.push_back({{50.0 + double(i % 10) * 300.0, 50.0 + double(i / 10) * 300.0}, double(1 + i % 7)});
    return h;
}

DemandGenerator generator(DemandGenerator::Options options)
{
    return DemandGenerator(homes(), {{{1500, 1500}, 300}, {{200, 2000}, 50}}, {{0, 0}, {2700, 1200}}, options);
}

bool sameRequests(const std::vector<TripRequest> &a, const std::vector<TripRequest> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].requestedAt != b[i].requestedAt || !(a[i].origin == b[i].origin) || !(a[i].destination == b[i].destination)
            || a[i].passengers != b[i].passengers || a[i].arriveBy != b[i].arriveBy || a[i].purpose != b[i].purpose)
            return false;
    return true;
}

} // namespace

class TestOnDemandScenario : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<sim::SimulationWorld> m_world;

private slots:
    void initTestCase()
    {
        citygen::GeneratorOptions options;
        options.scale = 0.02;
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        auto report = citygen::CityGenerator::generate(path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto world = sim::SimulationWorld::load(*twin.value());
        QVERIFY(world.ok());
        m_world.emplace(std::move(world.value()));
    }

    void generatorIsDeterministic()
    {
        DemandGenerator::Options options;
        options.requestsPerDay = 3000;
        const DemandGenerator g = generator(options);
        auto a = sim::RandomStream::derive(7, QStringLiteral("ondemand")), b = a, c = sim::RandomStream::derive(8, QStringLiteral("ondemand"));
        const auto first = g.generate(a, 86400), second = g.generate(b, 86400), other = g.generate(c, 86400);
        QVERIFY(first.size() > 2500 && first.size() < 3500);
        QVERIFY(sameRequests(first, second));
        QVERIFY(!sameRequests(first, other));
        for (std::size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].id, int(i) + 1);
            QVERIFY(i == 0 || first[i].requestedAt >= first[i - 1].requestedAt);
            QVERIFY(first[i].requestedAt >= 0 && first[i].requestedAt < 86400);
        }
    }

    void followsTheProfile()
    {
        DemandGenerator::Options options;
        options.requestsPerDay = 8000;
        options.profile.fill(0.0);
        options.profile[8] = 1.0;    // 08:00–09:00: a quarter of the requests
        options.profile[17] = 3.0;   // 17:00–18:00: three quarters
        options.startOfDay = 6 * 3600.0;   // the run starts at 06:00
        const DemandGenerator g = generator(options);
        QCOMPARE(g.hourlyRate(8), 2000.0);
        QCOMPARE(g.hourlyRate(17), 6000.0);
        QCOMPARE(g.hourlyRate(3), 0.0);
        auto random = sim::RandomStream::derive(3, QStringLiteral("ondemand"));
        const auto requests = g.generate(random, 24 * 3600.0);
        int morning = 0, evening = 0;
        for (const TripRequest &r : requests) {
            const double clock = r.requestedAt + options.startOfDay;
            if (clock >= 8 * 3600 && clock < 9 * 3600)
                ++morning;
            else if (clock >= 17 * 3600 && clock < 18 * 3600)
                ++evening;
            else
                QFAIL(qPrintable(QStringLiteral("request at %1 s of the day, outside the profile's hours").arg(clock)));
        }
        // Poisson counts: within 5 standard deviations of the means 2000 and 6000.
        QVERIFY2(std::abs(morning - 2000) < 5 * std::sqrt(2000.0), qPrintable(QString::number(morning)));
        QVERIFY2(std::abs(evening - 6000) < 5 * std::sqrt(6000.0), qPrintable(QString::number(evening)));
    }

    void tripPurposes()
    {
        DemandGenerator::Options options;
        options.requestsPerDay = 20000;
        options.hospitalShare = 0.25;
        options.stationShare = 0.25;
        options.arriveByShare = 1.0;
        const DemandGenerator g = generator(options);
        auto random = sim::RandomStream::derive(5, QStringLiteral("ondemand"));
        const auto requests = g.generate(random, 86400);
        int hospital = 0, station = 0;
        const geo::Point stations[] = {{0, 0}, {2700, 1200}};
        for (const TripRequest &r : requests) {
            const bool toStation = r.destination == stations[0] || r.destination == stations[1];
            if (r.purpose == TripRequest::Purpose::Hospital) {
                ++hospital;
                const geo::Point a{1500, 1500}, b{200, 2000};
                QVERIFY(r.origin == a || r.destination == a || r.origin == b || r.destination == b);
            } else if (r.purpose == TripRequest::Purpose::Station) {
                ++station;
                QVERIFY(toStation || r.origin == stations[0] || r.origin == stations[1]);
                // Only riders to a station have a train to catch, 10–45 min after asking.
                QCOMPARE(r.arriveBy >= 0.0, toStation);
                if (toStation)
                    QVERIFY(r.arriveBy - r.requestedAt >= 600.0 && r.arriveBy - r.requestedAt <= 2700.0);
            } else {
                QVERIFY(r.arriveBy < 0.0);
            }
            QVERIFY(r.passengers >= 1 && r.passengers <= 3);
        }
        const double n = double(requests.size());
        QVERIFY(std::abs(hospital / n - 0.25) < 0.02);
        QVERIFY(std::abs(station / n - 0.25) < 0.02);
    }

    void sectionErrorsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("unknown key") << QByteArray(R"({"vehicels": 3})") << QStringList{QStringLiteral("models.ondemand.vehicels")};
        QTest::newRow("fleet size") << QByteArray(R"({"vehicles": 0})") << QStringList{QStringLiteral("models.ondemand.vehicles")};
        QTest::newRow("fractional capacity") << QByteArray(R"({"capacity": 2.5})") << QStringList{QStringLiteral("models.ondemand.capacity")};
        QTest::newRow("more wheelchairs than seats") << QByteArray(R"({"capacity": 2, "wheelchair_places": 3})")
                                                     << QStringList{QStringLiteral("models.ondemand.wheelchair_places")};
        QTest::newRow("stop layout") << QByteArray(R"({"stops": "everywhere"})") << QStringList{QStringLiteral("models.ondemand.stops")};
        QTest::newRow("stop point") << QByteArray(R"({"stops": [[1, 2], [3]]})") << QStringList{QStringLiteral("models.ondemand.stops")};
        QTest::newRow("service area polygon") << QByteArray(R"({"service_area": [[0, 0], [1, 1]]})")
                                              << QStringList{QStringLiteral("models.ondemand.service_area")};
        QTest::newRow("wait") << QByteArray(R"({"max_wait": "15 min"})") << QStringList{QStringLiteral("models.ondemand.max_wait")};
        QTest::newRow("rate") << QByteArray(R"({"requests_per_day": -5})") << QStringList{QStringLiteral("models.ondemand.requests_per_day")};
        QTest::newRow("shares") << QByteArray(R"({"hospital_share": 0.7, "station_share": 0.5})") << QStringList{QStringLiteral("models.ondemand")};
        QTest::newRow("profile") << QByteArray(R"({"profile": [1, 2, 3]})") << QStringList{QStringLiteral("models.ondemand.profile")};
        QTest::newRow("two at once") << QByteArray(R"({"detour_factor": 0.5, "seed": -1})")
                                     << QStringList{QStringLiteral("models.ondemand.detour_factor"), QStringLiteral("models.ondemand.seed")};
        QTest::newRow("valid") << QByteArray(R"({"vehicles": 4, "stops": "bus_stops", "service_area": "zones", "max_wait": "00:20"})")
                               << QStringList{};
    }

    void sectionErrorsNameTheirPath()
    {
        QFETCH(QByteArray, section);
        QFETCH(QStringList, paths);
        const QByteArray json = R"({"name": "t", "duration": "02:00", "population": {"compliance": 0}, "models": {"ondemand": )" + section + "}}";
        auto scenario = sim::Scenario::fromJson(json);
        QVERIFY(scenario.ok());
        const sim::ModelFactoryList factories{std::make_shared<OnDemandModelFactory>()};
        QStringList where;
        for (const core::Error &e : sim::Simulation::validate(*m_world, scenario.value(), factories))
            where << e.where;
        QCOMPARE(where, paths);
    }

    void shippedScenarioRuns()
    {
        auto scenario = sim::Scenario::fromFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/ondemand-day.json"));
        QVERIFY(scenario.ok());
        sim::SimulationOptions options;
        options.models = {std::make_shared<OnDemandModelFactory>()};
        options.until = 2 * sim::kHour;
        QVERIFY(sim::Simulation::validate(*m_world, scenario.value(), options.models).isEmpty());
        sim::Simulation simulation(*m_world, scenario.value(), options);
        simulation.run();
        const QJsonObject k = simulation.kpis().value(QStringLiteral("ondemand")).toObject();
        QCOMPARE(k.value(QStringLiteral("vehicles")).toInt(), 30);
        QVERIFY(k.value(QStringLiteral("requests")).toInt() > 50);   // 06:00–08:00 of 1,500 a day
        QVERIFY(k.value(QStringLiteral("served")).toInt() > 0);
    }

    void runsThroughTheSimulation()
    {
        const QByteArray json = R"({"name": "ondemand", "start": "2026-06-10T07:00:00+09:00", "duration": "03:00", "seed": 9,
            "population": {"compliance": 0},
            "models": {"ondemand": {"vehicles": 4, "capacity": 6, "stop_spacing_m": 400, "requests_per_day": 1500,
                                    "max_wait": "00:20", "reoptimise": "00:05"}}})";
        auto scenario = sim::Scenario::fromJson(json);
        QVERIFY(scenario.ok());
        sim::SimulationOptions options;
        options.models = {std::make_shared<OnDemandModelFactory>()};
        auto kpisOf = [&](sim::Simulation &simulation) {
            simulation.run();
            return simulation.kpis().value(QStringLiteral("ondemand")).toObject();
        };
        sim::Simulation first(*m_world, scenario.value(), options);
        const QJsonObject k = kpisOf(first);
        QCOMPARE(k.value(QStringLiteral("vehicles")).toInt(), 4);
        QVERIFY(k.value(QStringLiteral("stops")).toInt() > 5);
        const int requests = k.value(QStringLiteral("requests")).toInt();
        QVERIFY2(requests > 100, qPrintable(QString::number(requests)));   // 07:00–10:00 is the busiest part of the profile
        QCOMPARE(k.value(QStringLiteral("accepted")).toInt() + k.value(QStringLiteral("rejected")).toInt(), requests);
        QVERIFY(k.value(QStringLiteral("served")).toInt() > 0);
        QVERIFY(k.value(QStringLiteral("vehicle_km")).toDouble() > 0.0);
        QVERIFY(k.value(QStringLiteral("mean_detour_factor")).toDouble() >= 1.0 - 1e-6);
        // The timeline: every sample has the vehicles' positions.
        QVERIFY(!first.samples().empty());
        const sim::FeatureState *state = first.samples().back()->featureState(QStringLiteral("ondemand_vehicles"));
        QVERIFY(state);
        QCOMPARE(state->size(), std::size_t(4));
        sim::Simulation again(*m_world, scenario.value(), options);
        QCOMPARE(kpisOf(again), k);
    }
};

QTEST_GUILESS_MAIN(TestOnDemandScenario)
#include "tst_ondemandscenario.moc"
