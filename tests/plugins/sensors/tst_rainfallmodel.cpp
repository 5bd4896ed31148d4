// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The rainfall model inside a simulation run (#7.7) on a grid twin with a river and a gauge
// (rainfalltestsupport.h): levels on the engine clock equal the analytic solution, cross the
// four alarm levels in order and fall back through them with the live alarms' hysteresis, the
// flood closes the roads near the gauge nearest first and reopens them, the evacuation routes
// around them (compared with a dry run), runs repeat exactly, the registry's thresholds are used,
// and bad sections are refused naming their JSON path.
#include "rainfalltestsupport.h"
#include "sensorstestsupport.h"

#include "alarmengine.h"
#include "rainfallmodel.h"
#include "rainfallmodelfactory.h"

#include "ct/sim/roadstatechange.h"
#include "ct/sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ct;
using namespace ct::sensors;

namespace {

// 60 mm/h for two hours in 10-minute steps, then dry. On G1 (20 km², k = 1.16 h, danger 3.8 m)
// the level crosses 3.8 m near 01:07, peaks about 4.26 m at 02:00 and recedes.
const QByteArray kStorm = R"({"rainfall": {"step": "00:10", "update": "00:05",
    "rain_mm_h": [60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60],
    "flood": {"reach_m": 120, "min_width_m": 10, "width_per_m": 100, "max_width_m": 60, "band_m": 10, "hysteresis_m": 0.2}}})";

sim::Scenario scenario(const QByteArray &models, const char *duration = "06:00", const char *trigger = "01:30")
{
    const QByteArray json = QByteArray(R"({"name": "rain", "duration": ")") + duration + R"(", "seed": 7, "hazard": "flood",
        "population": {"compliance": 1, "car_share": 0, "trigger": ")" + trigger + R"(", "departure": {"distribution": "immediate"}},
        "models": )" + models + "}";
    auto s = sim::Scenario::fromJson(json);
    if (!s)
        qFatal("bad scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

/// Collects every RoadStateChange published in a run.
class RoadWatchFactory : public sim::ModelFactory
{
public:
    std::shared_ptr<std::vector<sim::RoadStateChange>> seen = std::make_shared<std::vector<sim::RoadStateChange>>();

    QString id() const override { return QStringLiteral("watch"); }
    bool runsWithoutSection() const override { return true; }
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override
    {
        struct Watch : sim::Model
        {
            QString name() const override { return QStringLiteral("watch"); }
            void start(sim::Engine &) override {}
            void handle(sim::Engine &, const sim::Event &) override {}
        };
        auto list = seen;
        context.events.subscribe<sim::RoadStateChange>([list](const sim::RoadStateChange &c) { list->push_back(c); });
        return std::make_unique<Watch>();
    }
};

const RainfallModel *rainfall(const sim::Simulation &run)
{
    return dynamic_cast<const RainfallModel *>(run.model(QStringLiteral("rainfall")));
}

QStringList wheres(const QList<core::Error> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.where;
    return out;
}

} // namespace

class TestRainfallModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_world = load(m_dir.filePath(QStringLiteral("rain.gpkg")), 20.0);
        QVERIFY(m_world->hasRiver(QStringLiteral("テスト川")));
    }

    void levelsFollowTheAnalyticSolution()
    {
        // Constant 60 mm/h from 00:00: Q(t) = Qb + C·i·A/3.6·(1 − e^(−t/k)), level = rating(Q).
        sim::SimulationOptions options;
        options.models = {m_factory};
        const auto s = scenario(R"({"rainfall": {"rain_mm_h": 60, "update": "00:07", "sample": "00:07", "flood": {"close_roads": false}}})",
                                "03:00");
        QVERIFY(sim::Simulation::validate(*m_world, s, options.models).isEmpty());
        sim::Simulation run(*m_world, s, options);
        run.run();
        const RainfallModel *model = rainfall(run);
        QVERIFY(model);
        QCOMPARE(int(model->gauges().size()), 1);   // the weather station is not a gauge
        const RainfallGauge &g = model->gauges().front();
        QCOMPARE(g.site.sourceId, QStringLiteral("G1"));
        QCOMPARE(g.catchmentSource, QStringLiteral("attribute"));
        QCOMPARE(g.reservoir.areaKm2(), 20.0);
        QCOMPARE(g.reservoir.runoffCoefficient(), 0.6);
        const double k = LinearReservoir::defaultStorageHours(20.0) * 3600.0;
        QVERIFY(std::abs(g.reservoir.storageSeconds() - k) < 1e-9);
        QCOMPARE(g.reservoir.baseFlow(), 0.02 * 20.0);
        QCOMPARE(int(g.series.size()), 180 / 7 + 1);
        for (const RainfallGauge::Sample &sample : g.series) {
            const double t = double(sample.t) / 1000.0;
            const double q = 0.4 + 0.6 * 60.0 * 20.0 / 3.6 * (1.0 - std::exp(-t / k));
            QVERIFY2(std::abs(sample.dischargeM3s - q) < 1e-9 * std::max(q, 1.0),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(sim::formatDuration(sample.t)).arg(sample.dischargeM3s).arg(q)));
            QVERIFY(std::abs(sample.levelM - g.rating.level(q)) < 1e-9);
        }
        // The rating was calibrated: normal level at base flow, 氾濫危険水位 at the design storm
        // (40 mm/h for 3 h).
        QCOMPARE(g.thresholdSource, QStringLiteral("default"));
        QVERIFY(std::abs(g.rating.level(0.4) - 1.0) < 1e-9);
        QVERIFY(std::abs(g.dangerLevelM - 3.8) < 1e-12);
        QVERIFY(std::abs(g.rating.level(LinearReservoir::constantRainDischarge(40.0, 20.0, 0.6, k, 0.4, 3 * 3600.0)) - 3.8) < 1e-9);
        QVERIFY(g.peakLevelM > 3.8);   // 60 mm/h is heavier than the design storm
        QCOMPARE(model->closedRoadCount(), 0);
    }

    void alarmsRiseInOrderAndFallWithHysteresis()
    {
        sim::SimulationOptions options;
        options.models = {m_factory};
        sim::Simulation run(*m_world, scenario(kStorm), options);
        run.run();
        const RainfallGauge &g = rainfall(run)->gauges().front();
        QCOMPARE(g.maxAlarmLevel, 4);
        for (int l = 0; l < 3; ++l) {
            QVERIFY(g.reachedAt[std::size_t(l)] >= 0);
            QVERIFY2(g.reachedAt[std::size_t(l)] < g.reachedAt[std::size_t(l + 1)],
                     qPrintable(QStringLiteral("level %1 at %2, level %3 at %4").arg(l + 1).arg(g.reachedAt[std::size_t(l)]).arg(l + 2)
                                    .arg(g.reachedAt[std::size_t(l + 1)])));
        }
        // The recorded alarm changes: 0→1→2→3→4 while it rains, then 4→3→2→1→0; each rise at or
        // above its level, each fall below the level minus its hysteresis (0.1 m).
        std::vector<std::pair<int, int>> changes;
        const auto thresholds = SensorRegistry::demoGaugeThresholds(1.0);
        for (const auto &e : run.engine().recordedEvents()) {
            if (e.source != QLatin1String("rainfall") || e.kind != QLatin1String("alarm"))
                continue;
            const int from = e.payload.value(QStringLiteral("from")).toInt(), to = e.payload.value(QStringLiteral("level")).toInt();
            const double h = e.payload.value(QStringLiteral("water_level_m")).toDouble();
            if (to > from)
                QVERIFY(h >= thresholds[std::size_t(to - 1)].value - 0.0005);
            else
                QVERIFY(h < thresholds[std::size_t(from - 1)].value - 0.1 + 0.0005);
            changes.emplace_back(from, to);
        }
        const std::vector<std::pair<int, int>> expected{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 3}, {3, 2}, {2, 1}, {1, 0}};
        QCOMPARE(changes, expected);
        QCOMPARE(g.alarmLevel, 0);
        QCOMPARE(g.alarmsRaised, 7);   // every change to a level above 0 opens an alarm, as AlarmEngine does
        // The series replayed through AlarmEngine::nextLevel gives the same levels.
        int level = 0;
        for (const auto &sample : g.series) {
            level = AlarmEngine::nextLevel(thresholds, level, sample.levelM);
            QCOMPARE(sample.alarmLevel, level);
        }
        const QJsonObject k = run.kpis().value(QStringLiteral("rainfall")).toObject();
        QCOMPARE(k.value(QStringLiteral("max_alarm_level")).toInt(), 4);
        QCOMPARE(k.value(QStringLiteral("first_reached")).toObject().value(QStringLiteral("danger")).toString(),
                 sim::formatDuration(g.reachedAt[3]));
        QVERIFY(std::abs(k.value(QStringLiteral("rain_total_mm")).toDouble() - 120.0) < 1e-9);
    }

    void floodClosesRoadsNearestFirstAndReopensThem()
    {
        sim::SimulationOptions options;
        auto watch = std::make_shared<RoadWatchFactory>();
        options.models = {m_factory, watch};
        sim::Simulation run(*m_world, scenario(kStorm), options);
        sim::test::GridTwin grid;
        grid.columns = 7;
        grid.rows = 5;
        // Roads across the river (between columns 2 and 3) in rows 1–3 go first, at the onset.
        const std::vector<qint64> crossing{grid.horizontalRoad(2, 1), grid.horizontalRoad(2, 2), grid.horizontalRoad(2, 3)};
        run.advanceTo(sim::kHour);
        QCOMPARE(rainfall(run)->closedRoadCount(), 0);   // not flooding yet
        QVERIFY(!run.evacuation().carClosures().isRoadClosed(crossing[1]));
        run.advanceTo(90 * sim::kMinute);
        QVERIFY(rainfall(run)->gauges().front().flooding);
        for (qint64 road : crossing)
            QVERIFY2(run.evacuation().carClosures().isRoadClosed(road), qPrintable(QString::number(road)));
        // Rows 0 and 4 are 80 m from the reach: never flooded, the way round stays open.
        QVERIFY(!run.evacuation().carClosures().isRoadClosed(grid.horizontalRoad(2, 0)));
        QVERIFY(!run.evacuation().carClosures().isRoadClosed(grid.horizontalRoad(2, 4)));
        run.run();

        // Published: first the crossings, later (higher water) the roads 50 m away; then reopened.
        const auto &seen = *watch->seen;
        QVERIFY(seen.size() >= 3);
        QVERIFY(seen.front().closed);
        std::vector<qint64> first = seen.front().roads;
        std::sort(first.begin(), first.end());
        QCOMPARE(first, crossing);
        QVERIFY(seen.front().cause.startsWith(QLatin1String("models.rainfall.gauges.G1")));
        std::set<qint64> closed, opened;
        sim::SimTime lastClose = 0, firstOpen = -1;
        for (const auto &c : seen) {
            for (qint64 r : c.roads)
                (c.closed ? closed : opened).insert(r);
            if (c.closed)
                lastClose = c.time;
            else if (firstOpen < 0)
                firstOpen = c.time;
        }
        QVERIFY(closed.size() > crossing.size());
        QVERIFY(closed.count(grid.verticalRoad(2, 1)) == 1);     // 50 m from the river, flooded at the peak
        QCOMPARE(opened, closed);                                // everything back once the river fell
        QVERIFY(firstOpen > lastClose);
        QCOMPARE(rainfall(run)->closedRoadCount(), 0);
        QVERIFY(run.evacuation().carClosures().closedRoads().empty());
        const QJsonObject k = run.kpis().value(QStringLiteral("rainfall")).toObject();
        QCOMPARE(k.value(QStringLiteral("roads_closed")).toInt(), int(closed.size()));
        QCOMPARE(k.value(QStringLiteral("road_reopenings")).toInt(), int(opened.size()));
        // Each change was published once: the evacuation applied it without announcing it again.
        int published = 0;
        for (const auto &c : seen)
            published += int(c.roads.size());
        QCOMPARE(published, k.value(QStringLiteral("road_closures")).toInt() + k.value(QStringLiteral("road_reopenings")).toInt());
        QCOMPARE(k.value(QStringLiteral("roads_closed_at_end")).toInt(), 0);
        QCOMPARE(k.value(QStringLiteral("flooded_gauges")).toInt(), 1);

        // The map: the gauge's state in the samples, flooding at 01:30, normal at the end.
        const sim::FeatureState *flooding = nullptr;
        for (const auto &sample : run.samples())
            if (sample->time == 90 * sim::kMinute)
                flooding = sample->featureState(QStringLiteral("sensor_sites"));
        QVERIFY(flooding);
        QCOMPARE(flooding->fids, std::vector<qint64>{1});
        QCOMPARE(flooding->number(0, flooding->numberColumn(QStringLiteral("level"))), 4.0);
        QCOMPARE(flooding->text(0, flooding->textColumn(QStringLiteral("alert"))), QStringLiteral("flooding"));
        const sim::FeatureState *end = run.samples().back()->featureState(QStringLiteral("sensor_sites"));
        QVERIFY(end);
        QCOMPARE(end->text(0, end->textColumn(QStringLiteral("alert"))), QString());
    }

    void evacuationRoutesAroundTheFlood()
    {
        // The same evacuation at 01:30 with and without the storm.
        sim::SimulationOptions options;
        options.models = {m_factory};
        sim::Simulation dry(*m_world, scenario(R"({})"), options);
        dry.run();
        sim::Simulation wet(*m_world, scenario(kStorm), options);
        wet.run();
        const QJsonObject d = dry.kpis().value(QStringLiteral("evacuation")).toObject();
        const QJsonObject w = wet.kpis().value(QStringLiteral("evacuation")).toObject();
        QCOMPARE(d.value(QStringLiteral("roads_closed")).toInt(), 0);
        QVERIFY(w.value(QStringLiteral("roads_closed")).toInt() >= 3);
        QCOMPARE(w.value(QStringLiteral("sheltered")).toInt(), 90);   // the way round is open
        QCOMPARE(d.value(QStringLiteral("sheltered")).toInt(), 90);
        // Everyone walks further round the river: the last arrives later.
        QVERIFY2(w.value(QStringLiteral("time_to_100")).toString() > d.value(QStringLiteral("time_to_100")).toString(),
                 qPrintable(w.value(QStringLiteral("time_to_100")).toString() + QStringLiteral(" vs ")
                            + d.value(QStringLiteral("time_to_100")).toString()));
        QVERIFY(wet.evacuation().treeRecomputations() > dry.evacuation().treeRecomputations());
        // The evacuation recorded the closures under the rainfall model's cause.
        int closures = 0;
        for (const auto &e : wet.engine().recordedEvents())
            if (e.source == QLatin1String("evacuation") && e.kind == QLatin1String("roads_closed")
                && e.payload.value(QStringLiteral("cause")).toString().startsWith(QLatin1String("models.rainfall")))
                ++closures;
        QVERIFY(closures >= 2);
    }

    void sameSeedSameKpis()
    {
        sim::SimulationOptions options;
        options.models = {m_factory};
        sim::Simulation a(*m_world, scenario(kStorm), options);
        a.run();
        sim::Simulation b(*m_world, scenario(kStorm), options);
        b.run();
        QCOMPARE(QJsonDocument(a.kpis()).toJson(), QJsonDocument(b.kpis()).toJson());
        QCOMPARE(a.engine().recordedEvents().size(), b.engine().recordedEvents().size());
        // The rainfall model draws nothing at random: another seed, the same river.
        options.seed = 99;
        sim::Simulation c(*m_world, scenario(kStorm), options);
        c.run();
        QCOMPARE(c.kpis().value(QStringLiteral("rainfall")), a.kpis().value(QStringLiteral("rainfall")));
    }

    void registryThresholdsAndDefaultCatchment()
    {
        // The registered sensor of the site carries its own levels (normal 0.5 m: 1.5/2.0/2.7/3.3);
        // the site has no catchment_km2, so the documented default of 50 km² applies.
        const QString path = m_dir.filePath(QStringLiteral("registered.gpkg"));
        {
            auto twin = test::RainfallTwin::write(path, std::nan(""));
            test::require(twin->migrate(SensorSchema::component(), SensorSchema::migrations()), "schema");
            Sensor s;
            s.sourceId = QStringLiteral("G1");
            s.name = QStringLiteral("テスト橋");
            s.kind = SensorKind::RiverGauge;
            s.quantity = QStringLiteral("water_level");
            s.unit = QStringLiteral("m");
            s.siteFid = 1;
            s.thresholds = SensorRegistry::demoGaugeThresholds(0.5);
            QVERIFY(SensorRegistry(*twin).add(s));
        }
        auto world = load(path, 0.0);
        sim::SimulationOptions options;
        options.models = {m_factory};
        sim::Simulation run(*world, scenario(kStorm, "01:00", "00:00"), options);
        run.run();
        const RainfallGauge &g = rainfall(run)->gauges().front();
        QCOMPARE(g.thresholdSource, QStringLiteral("registry"));
        QCOMPARE(g.catchmentSource, QStringLiteral("default"));
        QCOMPARE(g.reservoir.areaKm2(), 50.0);
        QVERIFY(std::abs(g.dangerLevelM - 3.3) < 1e-12);
        QVERIFY(std::abs(g.normalLevelM - 0.5) < 1e-12);
        QVERIFY(std::abs(g.rating.level(g.reservoir.baseFlow()) - 0.5) < 1e-9);
        QVERIFY(std::abs(g.rating.level(g.designDischarge) - 3.3) < 1e-9);
        // A scenario's per-gauge values win over the site and the defaults.
        sim::Simulation custom(*world, scenario(R"({"rainfall": {"rain_mm_h": 10, "gauges": {"G1": {"catchment_km2": 7,
            "runoff_coefficient": 0.9, "storage_h": 2, "base_flow_m3s": 1.5, "rating": {"h0": 0.1, "a": 0.5, "b": 0.4}}}}})", "00:30", "00:00"), options);
        custom.run();
        const RainfallGauge &c = rainfall(custom)->gauges().front();
        QCOMPARE(c.catchmentSource, QStringLiteral("scenario"));
        QCOMPARE(c.reservoir.areaKm2(), 7.0);
        QCOMPARE(c.reservoir.runoffCoefficient(), 0.9);
        QCOMPARE(c.reservoir.storageSeconds(), 7200.0);
        QCOMPARE(c.reservoir.baseFlow(), 1.5);
        QCOMPARE(c.ratingSource, QStringLiteral("scenario"));
        QCOMPARE(c.rating.a, 0.5);
    }

    void badSectionsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("models");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown gauge") << QByteArray(R"({"rainfall": {"rain_mm_h": 10, "gauges": {"NOPE": {"catchment_km2": 3}}}})")
                                       << QStringLiteral("models.rainfall.gauges.NOPE");
        QTest::newRow("unknown river") << QByteArray(R"({"rainfall": {"rain_mm_h": 10, "gauges": {"G1": {"river": "利根川"}}}})")
                                       << QStringLiteral("models.rainfall.gauges.G1.river");
        QTest::newRow("bad intensity") << QByteArray(R"({"rainfall": {"rain_mm_h": [10, null, 5]}})")
                                       << QStringLiteral("models.rainfall.rain_mm_h[1]");
        QTest::newRow("missing rain") << QByteArray(R"({"rainfall": {"update": "00:05"}})") << QStringLiteral("models.rainfall.rain_mm_h");
        QTest::newRow("bad hysteresis") << QByteArray(R"({"rainfall": {"rain_mm_h": 1, "flood": {"hysteresis_m": "a bit"}}})")
                                        << QStringLiteral("models.rainfall.flood.hysteresis_m");
    }
    void badSectionsAreRefusedWithTheirPath()
    {
        QFETCH(QByteArray, models);
        QFETCH(QString, where);
        const auto errors = sim::Simulation::validate(*m_world, scenario(models), {m_factory});
        QVERIFY2(wheres(errors).contains(where),
                 qPrintable(QStringLiteral("expected %1 in: %2").arg(where, wheres(errors).join(QStringLiteral(", ")))));
        QVERIFY(sim::Simulation::validate(*m_world, scenario(kStorm), {m_factory}).isEmpty());
    }

private:
    std::unique_ptr<sim::SimulationWorld> load(const QString &path, double catchment)
    {
        if (catchment > 0.0)
            test::RainfallTwin::write(path, catchment);
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        if (!twin)
            qFatal("%s", qPrintable(twin.error().toString()));
        auto world = sim::SimulationWorld::load(*twin.value());
        if (!world)
            qFatal("%s", qPrintable(world.error().toString()));
        return std::make_unique<sim::SimulationWorld>(std::move(world).value());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulationWorld> m_world;
    std::shared_ptr<RainfallModelFactory> m_factory = std::make_shared<RainfallModelFactory>();
};

QTEST_GUILESS_MAIN(TestRainfallModel)
#include "tst_rainfallmodel.moc"
