// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The timeline hands the map one set of per-feature states by one mechanism: the plugins' live
// sources in live mode, the shown snapshot's states in a simulation or a replay; and it runs the
// plugins' models, refusing scenario sections no plugin provides.
#include "arrivalcounterfactory.h"
#include "mapcontroller.h"
#include "simtestsupport.h"
#include "timelinecontroller.h"
#include "twinsession.h"

#include "ct/pluginapi/featurestatesource.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/sim/runrecorder.h"
#include "ct/sim/simulation.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;

namespace {

/// A live source as a plugin writes one: it reads the twin's shelters and reports, for the test,
/// how many times it was read as every shelter's occupancy.
class CountingSource : public plugin::FeatureStateSource
{
public:
    QString layer() const override { return QStringLiteral("shelters"); }
    core::Result<sim::FeatureState> read(const store::TwinStore &twin) const override
    {
        auto table = twin.readColumns(QStringLiteral("shelters"));
        if (!table)
            return table.error();
        ++reads;
        sim::FeatureState state;
        state.layer = layer();
        state.numberNames = {QStringLiteral("occupancy"), QStringLiteral("capacity"), QStringLiteral("load")};
        state.textNames = {QStringLiteral("status")};
        state.style = sim::FeatureStyle::occupancy(QStringLiteral("Live occupancy"), 100);
        for (qint64 fid : table->fids)
            state.append(fid, {double(reads), 100, reads / 100.0}, {QStringLiteral("open")});
        return state;
    }
    mutable int reads = 0;
};

double totalOccupancy(const sim::FeatureState &state)
{
    const int column = state.numberColumn(QStringLiteral("occupancy"));
    double total = 0;
    for (std::size_t row = 0; row < state.size(); ++row)
        total += state.number(row, column);
    return total;
}

} // namespace

class TestTimelineStates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twin;
    std::unique_ptr<plugin::PluginRegistry> m_registry;
    std::unique_ptr<ui::TwinSession> m_session;
    std::unique_ptr<ui::MapController> m_map;
    std::unique_ptr<ui::TimelineController> m_timeline;
    std::shared_ptr<CountingSource> m_source = std::make_shared<CountingSource>();

    QUrl scenario(const QString &name, const QByteArray &models)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(R"({"name": "timeline", "duration": "00:30", "seed": 4, "population": {"departure": {"distribution": "immediate"}})"
                + (models.isEmpty() ? QByteArray() : QByteArray(R"(, "models": )") + models) + "}");
        return QUrl::fromLocalFile(path);
    }

    const sim::FeatureState *shown() const { return m_map->featureState(QStringLiteral("shelters")); }

private slots:
    void initTestCase()
    {
        sim::test::GridTwin grid;
        grid.shelters = {{4, 4, 30}, {0, 4, 1000}};
        grid.homes = {{0, 0, 40}, {3, 3, 50}, {4, 1, 20}};
        m_twin = m_dir.filePath(QStringLiteral("twin.gpkg"));
        grid.write(m_twin).reset();
        m_registry = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
        m_session = std::make_unique<ui::TwinSession>(*m_registry);
        QVERIFY2(m_session->open(m_twin), qPrintable(m_session->errorString()));
        m_map = std::make_unique<ui::MapController>();
        m_timeline = std::make_unique<ui::TimelineController>(*m_session, QString());
        m_timeline->setMap(m_map.get());
        m_timeline->setModelFactories({std::make_shared<sim::test::ArrivalCounterFactory>()});
    }

    void liveStatesFromThePluginsSources()
    {
        QVERIFY(!shown());
        m_timeline->setFeatureStateSources({m_source});
        QVERIFY(shown());
        QCOMPARE(shown()->size(), std::size_t(2));
        QCOMPARE(shown()->style.title, QStringLiteral("Live occupancy"));
        QCOMPARE(totalOccupancy(*shown()), 2.0 * m_source->reads);
        const int before = m_source->reads;
        m_timeline->refreshLiveStates();
        QCOMPARE(m_source->reads, before + 1);
        QCOMPARE(totalOccupancy(*shown()), 2.0 * m_source->reads);
        // And again on its own, every few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(m_source->reads > before + 1, ui::TimelineController::liveStateInterval() * 3);
    }

    void unknownModelSectionIsRefused()
    {
        QSignalSpy errors(m_timeline.get(), &ui::TimelineController::errorStringChanged);
        QVERIFY(m_timeline->startSimulation(scenario(QStringLiteral("foo.json"), R"({"foo": {}})")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_timeline->preparing(), 30000);
        QCOMPARE(m_timeline->mode(), QStringLiteral("live"));
        QVERIFY2(m_timeline->errorString().contains(QStringLiteral("foo.json: models.foo: no model \"foo\" is provided by the loaded plugins")),
                 qPrintable(m_timeline->errorString()));
        QCOMPARE(shown()->style.title, QStringLiteral("Live occupancy")); // still live
    }

    void simulationStatesFollowTheShownSnapshot()
    {
        QVERIFY(m_timeline->startSimulation(scenario(QStringLiteral("run.json"), R"({"arrivals": {}})")));
        QTRY_COMPARE_WITH_TIMEOUT(m_timeline->mode(), QStringLiteral("simulation"), 30000);
        QVERIFY(shown());
        QCOMPARE(shown()->style.title, QStringLiteral("Shelter occupancy")); // the evacuation's, not the live one
        QCOMPARE(totalOccupancy(*shown()), 0.0);
        const int reads = m_source->reads;
        m_timeline->refreshLiveStates(); // not live: the source is not read, the map keeps the run's state
        QCOMPARE(m_source->reads, reads);
        QCOMPARE(shown()->style.title, QStringLiteral("Shelter occupancy"));

        m_timeline->seek(30 * 60);
        QTRY_VERIFY2_WITH_TIMEOUT(m_timeline->finished() && m_timeline->timeSeconds() >= 30 * 60,
                                  qPrintable(QStringLiteral("at %1 s, finished %2, playing %3").arg(m_timeline->timeSeconds()).arg(m_timeline->finished()).arg(m_timeline->playing())),
                                  30000);
        QTRY_COMPARE_WITH_TIMEOUT(totalOccupancy(*shown()), m_timeline->figures().value(QStringLiteral("sheltered")).toDouble(), 5000);
        QCOMPARE(totalOccupancy(*shown()), 110.0);
        const int full = shown()->row(1);
        QCOMPARE(shown()->text(std::size_t(full), shown()->textColumn(QStringLiteral("status"))), QStringLiteral("full"));

        m_timeline->backToLive();
        QCOMPARE(m_timeline->mode(), QStringLiteral("live"));
        QCOMPARE(shown()->style.title, QStringLiteral("Live occupancy"));
    }

    void replayRestoresTheRecordedStates()
    {
        // A run recorded with its samples' states …
        auto world = sim::SimulationWorld::load(*m_session->store());
        QVERIFY(world.ok());
        auto parsed = sim::Scenario::fromFile(scenario(QStringLiteral("rec.json"), {}).toLocalFile());
        QVERIFY(parsed.ok());
        sim::Simulation simulation(world.value(), parsed.value());
        simulation.run();
        auto id = sim::RunRecorder::record(*m_session->store(), core::Actor::system(QStringLiteral("test")), simulation, {}, {});
        QVERIFY(id.ok());
        // … is shown as it was at each time.
        QVERIFY(m_timeline->replay(id.value()));
        QCOMPARE(m_timeline->mode(), QStringLiteral("replay"));
        QVERIFY(shown());
        QCOMPARE(*shown(), simulation.samples().front()->featureStates.front());
        m_timeline->seek(30 * 60);
        QCOMPARE(*shown(), simulation.samples().back()->featureStates.front());
        QCOMPARE(totalOccupancy(*shown()), double(simulation.evacuation().sheltered()));
        m_timeline->seek(10 * 60 + 30);
        QCOMPARE(*shown(), simulation.samples()[2]->featureStates.front()); // the 00:10 sample
        m_timeline->backToLive();
        QCOMPARE(shown()->style.title, QStringLiteral("Live occupancy"));
    }

    void cleanupTestCase()
    {
        m_timeline.reset();
        m_map.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestTimelineStates)
#include "tst_timelinestates.moc"
