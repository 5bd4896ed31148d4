// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Roads closed by another model: a domain model publishes sim::RoadStateChange on the run's
// event bus (as the sensors plugin's rainfall model does for flooded roads); the evacuation
// closes and reopens those roads, reroutes around them, records them under the publisher's cause,
// and does not publish them a second time. Its own closures are still published.
#include "simtestsupport.h"

#include "ct/sim/engine.h"
#include "ct/sim/roadstatechange.h"
#include "ct/sim/simulation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

namespace {

// 5 × 3 grid: homes at (0, 1), the shelter at (4, 1). The gate model closes the three roads of
// row 1 between columns 1 and 3 at 00:01 and reopens them at 00:20.
test::GridTwin grid()
{
    test::GridTwin g;
    g.columns = 5;
    g.rows = 3;
    g.homes = {{0, 1, 40}};
    g.shelters = {{4, 1, 1000}};
    return g;
}

class GateModel : public Model
{
public:
    explicit GateModel(std::vector<qint64> roads) : m_roads(std::move(roads)) {}
    QString name() const override { return QStringLiteral("gate"); }
    void start(Engine &engine) override
    {
        for (int i = 0; i < engine.modelCount(); ++i)
            if (engine.model(i) == this)
                m_self = i;
        engine.schedule(kMinute, m_self, 1);
        engine.schedule(20 * kMinute, m_self, 2);
    }
    void handle(Engine &engine, const Event &event) override
    {
        engine.events().publish(RoadStateChange{engine.now(), event.kind == 1, m_roads, QStringLiteral("models.gate")});
    }

private:
    std::vector<qint64> m_roads;
    int m_self = -1;
};

class GateFactory : public ModelFactory
{
public:
    std::vector<qint64> roads;
    std::shared_ptr<std::vector<RoadStateChange>> seen = std::make_shared<std::vector<RoadStateChange>>();
    QString id() const override { return QStringLiteral("gate"); }
    std::unique_ptr<Model> create(const ModelContext &context) const override
    {
        auto list = seen;
        context.events.subscribe<RoadStateChange>([list](const RoadStateChange &c) { list->push_back(c); });
        return std::make_unique<GateModel>(roads);
    }
};

Scenario scenario(const QByteArray &models, const QByteArray &closures = "[]")
{
    auto s = Scenario::fromJson(R"({"name": "gate", "duration": "01:00", "seed": 3, "hazard": "flood",
        "population": {"compliance": 1, "car_share": 0, "trigger": "00:05", "departure": {"distribution": "immediate"}},
        "closures": )" + closures + R"(, "models": )" + models + "}");
    if (!s)
        qFatal("bad scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

} // namespace

class TestExternalRoadState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        grid().write(path);
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin);
        auto world = SimulationWorld::load(*twin.value());
        QVERIFY(world);
        m_world = std::make_unique<SimulationWorld>(std::move(world).value());
        const auto g = grid();
        m_factory->roads = {g.horizontalRoad(1, 1), g.horizontalRoad(2, 1), g.horizontalRoad(3, 1)};
    }

    void closesReroutesAndReopens()
    {
        SimulationOptions options;
        options.models = {m_factory};
        m_factory->seen->clear();
        Simulation gated(*m_world, scenario(R"({"gate": {}})"), options);
        gated.advanceTo(2 * kMinute);
        for (qint64 road : m_factory->roads)
            QVERIFY(gated.evacuation().carClosures().isRoadClosed(road));
        gated.run();
        QVERIFY(gated.evacuation().carClosures().closedRoads().empty());   // reopened at 00:20
        QCOMPARE(gated.evacuation().sheltered(), 40);

        Simulation open(*m_world, scenario(R"({})"), options);
        open.run();
        const QJsonObject g = gated.kpis().value(QStringLiteral("evacuation")).toObject();
        const QJsonObject o = open.kpis().value(QStringLiteral("evacuation")).toObject();
        QCOMPARE(g.value(QStringLiteral("roads_closed")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("roads_closed")).toInt(), 0);
        // Round the closed row: a longer walk, so the last one arrives later.
        QVERIFY2(g.value(QStringLiteral("time_to_100")).toString() > o.value(QStringLiteral("time_to_100")).toString(),
                 qPrintable(g.value(QStringLiteral("time_to_100")).toString() + QStringLiteral(" vs ")
                            + o.value(QStringLiteral("time_to_100")).toString()));

        // Recorded under the publisher's cause; published once each (by the gate, not again).
        int closed = 0, reopened = 0;
        for (const RecordedEvent &e : gated.engine().recordedEvents()) {
            if (e.source != QLatin1String("evacuation") || e.payload.value(QStringLiteral("cause")).toString() != QLatin1String("models.gate"))
                continue;
            closed += e.kind == QLatin1String("roads_closed") ? 1 : 0;
            reopened += e.kind == QLatin1String("roads_reopened") ? 1 : 0;
        }
        QCOMPARE(closed, 1);
        QCOMPARE(reopened, 1);
        QCOMPARE(int(m_factory->seen->size()), 2);
    }

    void ownClosuresAreStillPublished()
    {
        SimulationOptions options;
        options.models = {m_factory};
        m_factory->seen->clear();
        const auto g = grid();
        const QByteArray closure = "[{\"road\": " + QByteArray::number(g.verticalRoad(0, 0)) + ", \"at\": \"00:02\"}]";
        Simulation run(*m_world, scenario(R"({"gate": {}})", closure), options);
        run.run();
        const auto &seen = *m_factory->seen;
        QCOMPARE(int(seen.size()), 3);   // the gate's two and the scenario's closure, once each
        int scenarioChanges = 0;
        for (const RoadStateChange &c : seen)
            scenarioChanges += c.cause.startsWith(QLatin1String("closures")) ? 1 : 0;
        QCOMPARE(scenarioChanges, 1);
        QVERIFY(run.evacuation().carClosures().isRoadClosed(g.verticalRoad(0, 0)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimulationWorld> m_world;
    std::shared_ptr<GateFactory> m_factory = std::make_shared<GateFactory>();
};

QTEST_GUILESS_MAIN(TestExternalRoadState)
#include "tst_externalroadstate.moc"
