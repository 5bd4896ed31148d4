// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The "logistics" model through its factory in a whole Simulation on a small generated twin with
// the fleets schema (demo robots and drones, seeded no-fly zones): section errors name their JSON
// path, the parcel demand is the same per seed and follows its profile, the shipped scenario
// delivers parcels, every sampled drone stays out of the twin's no-fly zones and every battery
// above the reserve, and the same seed gives the same KPIs.
#include "fleetstwin.h"

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/logistics/logisticsmodelfactory.h"
#include "ct/fleets/logistics/noflyzones.h"
#include "ct/fleets/logistics/parceldemand.h"
#include "ct/fleets/vehiclereader.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <ogr_geometry.h>

#include <cmath>

using namespace ct;
using namespace ct::fleets;

class TestLogisticsScenario : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<sim::SimulationWorld> m_world;
    std::vector<NoFlyZone> m_zones;

    QJsonObject runKpis(const QByteArray &json, std::vector<std::shared_ptr<const sim::Snapshot>> *samples = nullptr)
    {
        auto scenario = sim::Scenario::fromJson(json);
        if (!scenario)
            return {};
        sim::SimulationOptions options;
        options.models = {std::make_shared<LogisticsModelFactory>()};
        if (!sim::Simulation::validate(*m_world, scenario.value(), options.models).isEmpty())
            return {};
        sim::Simulation simulation(*m_world, scenario.value(), options);
        simulation.run();
        if (samples)
            for (const auto &s : simulation.samples())
                samples->push_back(s);
        return simulation.kpis().value(QStringLiteral("logistics")).toObject();
    }

private slots:
    void initTestCase()
    {
        citygen::GeneratorOptions options;
        options.scale = 0.02;
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        auto report = citygen::CityGenerator::generate(path, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        {
            auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadWrite);
            QVERIFY(twin.ok());
            QVERIFY(twin.value()->migrate(QStringLiteral("fleets"), FleetSchema::migrations()));
            auto zones = NoFlyZones::read(*twin.value());
            QVERIFY(zones);
            m_zones = zones.value();
            QVERIFY(!m_zones.empty());
        }
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto world = sim::SimulationWorld::load(*twin.value());
        QVERIFY(world.ok());
        m_world.emplace(std::move(world.value()));
    }

    void demandIsSeededAndFollowsTheProfile()
    {
        std::vector<ParcelDemand::Home> homes;
        for (int i = 0; i < 100; ++i)
            homes.push_back({{double(i % 10) * 500.0, double(i / 10) * 500.0}, double(1 + i % 5)});
        ParcelDemand::Options options;
        options.ordersPerDay = 4000;
        options.profile.fill(0.0);
        options.profile[10] = 1.0;
        options.profile[18] = 3.0;
        options.startOfDay = 8 * 3600.0;
        options.droneShare = 0.25;
        options.robotRadiusM = 1200.0;
        const ParcelDemand demand(homes, {{0, 0}, {4500, 4500}}, {{2000, 2000}}, options);
        QCOMPARE(demand.hourlyRate(10), 1000.0);
        auto a = sim::RandomStream::derive(7, QStringLiteral("logistics")), b = a, c = sim::RandomStream::derive(8, QStringLiteral("logistics"));
        const auto first = demand.generate(a, 12 * 3600.0), second = demand.generate(b, 12 * 3600.0), other = demand.generate(c, 12 * 3600.0);
        auto same = [](const std::vector<ParcelOrder> &x, const std::vector<ParcelOrder> &y) {
            if (x.size() != y.size())
                return false;
            for (std::size_t i = 0; i < x.size(); ++i)
                if (x[i].requestedAt != y[i].requestedAt || x[i].kind != y[i].kind || !(x[i].destination == y[i].destination) || x[i].depot != y[i].depot)
                    return false;
            return true;
        };
        QVERIFY(same(first, second));
        QVERIFY(!same(first, other));
        int morning = 0, evening = 0, drones = 0;
        for (const ParcelOrder &o : first) {
            const double clock = o.requestedAt + options.startOfDay;
            morning += clock >= 10 * 3600 && clock < 11 * 3600;
            evening += clock >= 18 * 3600 && clock < 19 * 3600;
            if (o.kind == ParcelOrder::Kind::Drone) {
                ++drones;
                QCOMPARE(o.depot, 0);
            } else {
                // Robot orders go to homes within 1.2 km of their depot, the nearest robot depot.
                const geo::Point d = o.depot == 0 ? geo::Point{0, 0} : geo::Point{4500, 4500};
                QVERIFY(std::hypot(o.destination.x - d.x, o.destination.y - d.y) <= 1200.0);
            }
        }
        QCOMPARE(morning + evening, int(first.size()));
        QVERIFY2(std::abs(morning - 1000) < 5 * std::sqrt(1000.0), qPrintable(QString::number(morning)));
        QVERIFY2(std::abs(evening - 3000) < 5 * std::sqrt(3000.0), qPrintable(QString::number(evening)));
        QVERIFY(std::abs(drones / double(first.size()) - 0.25) < 0.03);
    }

    void sectionErrorsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("unknown key") << QByteArray(R"({"robot": 3})") << QStringList{QStringLiteral("models.logistics.robot")};
        QTest::newRow("robots") << QByteArray(R"({"robots": -1})") << QStringList{QStringLiteral("models.logistics.robots")};
        QTest::newRow("fractional drones") << QByteArray(R"({"drones": 1.5})") << QStringList{QStringLiteral("models.logistics.drones")};
        QTest::newRow("depot point") << QByteArray(R"({"depots": [[1, 2], [3]]})") << QStringList{QStringLiteral("models.logistics.depots")};
        QTest::newRow("no depots") << QByteArray(R"({"depots": []})") << QStringList{QStringLiteral("models.logistics.depots")};
        QTest::newRow("share") << QByteArray(R"({"drone_share": 1.5})") << QStringList{QStringLiteral("models.logistics.drone_share")};
        QTest::newRow("speed") << QByteArray(R"({"robot_speed_kmh": 0})") << QStringList{QStringLiteral("models.logistics.robot_speed_kmh")};
        QTest::newRow("charge time") << QByteArray(R"({"drone_charge_time": "1 h"})") << QStringList{QStringLiteral("models.logistics.drone_charge_time")};
        QTest::newRow("wait") << QByteArray(R"({"max_wait": 30})") << QStringList{QStringLiteral("models.logistics.max_wait")};
        QTest::newRow("reserve") << QByteArray(R"({"reserve": 0.95})") << QStringList{QStringLiteral("models.logistics.reserve")};
        QTest::newRow("profile") << QByteArray(R"({"profile": [1, 2]})") << QStringList{QStringLiteral("models.logistics.profile")};
        QTest::newRow("two at once") << QByteArray(R"({"clearance_m": -5, "seed": "x"})")
                                     << QStringList{QStringLiteral("models.logistics.seed"), QStringLiteral("models.logistics.clearance_m")};
        QTest::newRow("initial charge") << QByteArray(R"({"initial_charge": "half"})") << QStringList{QStringLiteral("models.logistics.initial_charge")};
        QTest::newRow("valid") << QByteArray(R"({"robots": 3, "drones": 0, "depots": [[0, 0]], "max_wait": "00:20"})") << QStringList{};
    }

    void sectionErrorsNameTheirPath()
    {
        QFETCH(QByteArray, section);
        QFETCH(QStringList, paths);
        const QByteArray json = R"({"name": "t", "duration": "02:00", "population": {"compliance": 0}, "models": {"logistics": )" + section + "}}";
        auto scenario = sim::Scenario::fromJson(json);
        QVERIFY(scenario.ok());
        const sim::ModelFactoryList factories{std::make_shared<LogisticsModelFactory>()};
        QStringList where;
        for (const core::Error &e : sim::Simulation::validate(*m_world, scenario.value(), factories))
            where << e.where;
        QCOMPARE(where, paths);
    }

    void shippedScenarioDelivers()
    {
        auto scenario = sim::Scenario::fromFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/logistics-day.json"));
        QVERIFY(scenario.ok());
        sim::SimulationOptions options;
        options.models = {std::make_shared<LogisticsModelFactory>()};
        options.until = 4 * sim::kHour;
        QVERIFY(sim::Simulation::validate(*m_world, scenario.value(), options.models).isEmpty());
        sim::Simulation simulation(*m_world, scenario.value(), options);
        simulation.run();
        const QJsonObject k = simulation.kpis().value(QStringLiteral("logistics")).toObject();
        qInfo().noquote() << QJsonDocument(k).toJson(QJsonDocument::Compact);
        // The generated twin's demo fleet: 6 delivery robots and 4 drones, each at its own depot.
        QCOMPARE(k.value(QStringLiteral("robots")).toInt(), 6);
        QCOMPARE(k.value(QStringLiteral("drones")).toInt(), 4);
        QCOMPARE(k.value(QStringLiteral("robot_depots")).toInt(), 6);
        const int orders = k.value(QStringLiteral("orders")).toInt();
        QVERIFY2(orders > 20, qPrintable(QString::number(orders)));   // 08:00–12:00 of 300 a day
        QVERIFY(k.value(QStringLiteral("robot_delivered")).toInt() > 0);
        QVERIFY(k.value(QStringLiteral("drone_delivered")).toInt() > 0);
        QCOMPARE(k.value(QStringLiteral("delivered")).toInt() + k.value(QStringLiteral("rejected")).toInt()
                     + k.value(QStringLiteral("queued_at_end")).toInt() + k.value(QStringLiteral("underway_at_end")).toInt(),
                 orders);
        QVERIFY(k.value(QStringLiteral("mean_delivery_s")).toDouble() > 0.0);
        QVERIFY(k.value(QStringLiteral("p90_delivery_s")).toDouble() >= k.value(QStringLiteral("mean_delivery_s")).toDouble() * 0.5);
        QVERIFY(k.value(QStringLiteral("vehicle_km")).toDouble() > 0.0);
        QVERIFY(k.value(QStringLiteral("energy_kwh")).toDouble() > 0.0);
        QVERIFY(k.value(QStringLiteral("lowest_charge")).toDouble() >= 0.2 - 1e-9);

        // The timeline: every sample has both layers; drones outside every zone, batteries above the reserve.
        std::vector<OGRPolygon> zones;
        for (const NoFlyZone &z : m_zones) {
            OGRPolygon p;
            for (const auto &ring : z.rings) {
                OGRLinearRing r;
                for (const geo::Point &q : ring)
                    r.addPoint(q.x, q.y);
                r.closeRings();
                p.addRing(&r);
            }
            zones.push_back(std::move(p));
        }
        QVERIFY(simulation.samples().size() > 10);
        int flying = 0;
        for (const auto &sample : simulation.samples()) {
            const sim::FeatureState *robots = sample->featureState(QStringLiteral("logistics_robots"));
            const sim::FeatureState *drones = sample->featureState(QStringLiteral("logistics_drones"));
            QVERIFY(robots && drones);
            QCOMPARE(robots->size(), std::size_t(6));
            QCOMPARE(drones->size(), std::size_t(4));
            for (const sim::FeatureState *state : {robots, drones})
                for (std::size_t row = 0; row < state->size(); ++row)
                    QVERIFY(state->number(row, state->numberColumn(QStringLiteral("charge"))) >= 0.2 - 1e-9);
            for (std::size_t row = 0; row < drones->size(); ++row) {
                const QString what = drones->text(row, drones->textColumn(QStringLiteral("state")));
                if (what == QLatin1String("idle") || what == QLatin1String("charging"))
                    continue;   // at its depot: where the fleet table put it
                ++flying;
                OGRPoint p(drones->number(row, drones->numberColumn(QStringLiteral("x"))), drones->number(row, drones->numberColumn(QStringLiteral("y"))));
                for (const OGRPolygon &zone : zones)
                    QVERIFY2(!zone.Contains(&p), qPrintable(QStringLiteral("a drone inside a no-fly zone at %1 s").arg(sim::toSeconds(sample->time))));
            }
        }
        QVERIFY(flying > 0);
    }

    void startsWithTheFleetsCharge()
    {
        // "fleet": each robot and drone starts with its energy_level from the fleet table.
        auto twin = store::TwinStore::open(m_world->twinPath(), store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto records = VehicleReader::vehicles(*twin.value());
        QVERIFY(records);
        QHash<QString, double> level;
        for (const VehicleRecord &r : records.value())
            if (r.energyLevel)
                level.insert(r.id, *r.energyLevel);
        std::vector<std::shared_ptr<const sim::Snapshot>> samples;
        const QJsonObject k = runKpis(R"({"name": "parcels", "duration": "01:00", "seed": 3, "population": {"compliance": 0},
            "models": {"logistics": {"orders_per_day": 0, "initial_charge": "fleet", "robot_charge_time": "10:00", "drone_charge_time": "10:00"}}})",
                                      &samples);
        QVERIFY(!k.isEmpty());
        QVERIFY(!samples.empty());
        const sim::Snapshot &first = *samples.front();
        QCOMPARE(first.time, sim::SimTime(0));
        int compared = 0;
        for (const char *layer : {"logistics_robots", "logistics_drones"}) {
            const sim::FeatureState *state = first.featureState(QLatin1String(layer));
            QVERIFY(state);
            for (std::size_t row = 0; row < state->size(); ++row) {
                const QString id = state->text(row, state->textColumn(QStringLiteral("vehicle_id")));
                QVERIFY2(level.contains(id), qPrintable(id));
                QVERIFY(std::abs(state->number(row, state->numberColumn(QStringLiteral("charge"))) - level.value(id)) < 1e-9);
                ++compared;
            }
        }
        QCOMPARE(compared, 10);
        // An hour later, charging at the depot (10 h from empty to full): 0.1 more, at most full.
        const sim::FeatureState *later = samples.back()->featureState(QStringLiteral("logistics_robots"));
        QCOMPARE(sim::toSeconds(samples.back()->time), 3600.0);
        for (std::size_t row = 0; row < later->size(); ++row) {
            const double expected = std::min(1.0, level.value(later->text(row, later->textColumn(QStringLiteral("vehicle_id")))) + 0.1);
            QVERIFY(std::abs(later->number(row, later->numberColumn(QStringLiteral("charge"))) - expected) < 1e-9);
        }
    }

    void sameSeedSameKpis()
    {
        const QByteArray json = R"({"name": "parcels", "start": "2026-06-10T09:00:00+09:00", "duration": "03:00", "seed": 11,
            "population": {"compliance": 0},
            "models": {"logistics": {"orders_per_day": 600, "robots": 4, "drones": 2, "max_wait": "00:30"}}})";
        const QJsonObject first = runKpis(json);
        QVERIFY(!first.isEmpty());
        QVERIFY(first.value(QStringLiteral("orders")).toInt() > 30);
        QCOMPARE(first.value(QStringLiteral("robots")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("drones")).toInt(), 2);
        QCOMPARE(runKpis(json), first);
        QByteArray other = json;
        other.replace("\"seed\": 11", "\"seed\": 12");
        const QJsonObject different = runKpis(other);
        QVERIFY(!different.isEmpty());
        QVERIFY(different != first);
    }
};

QTEST_GUILESS_MAIN(TestLogisticsScenario)
#include "tst_logisticsscenario.moc"
