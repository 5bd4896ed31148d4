// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Domain models in a run: a model made by a factory (as a plugin provides it) observes the
// evacuation through the engine's event bus, and what it counts must equal the evacuation
// model's own figures; its KPIs, recorded events and snapshot sections travel with the run.
#include "arrivalcounterfactory.h"
#include "arrivalcountermodel.h"
#include "simtestsupport.h"

#include "ct/sim/runrecorder.h"
#include "ct/sim/simulation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

namespace {

Scenario scenario(const QByteArray &models, const QByteArray &extra = {})
{
    const QByteArray json = R"({"name": "plugins", "duration": "01:00", "seed": 11, "hazard": "flood",
        "population": {"compliance": 0.9, "car_share": 0.4, "departure": {"distribution": "rayleigh", "mean": "00:05"}},
        "events": [{"at": "00:03", "kind": "close_shelter", "shelter": "S4"}])"
        + (models.isEmpty() ? QByteArray() : QByteArray(R"(, "models": )") + models) + extra + "}";
    auto s = Scenario::fromJson(json);
    if (!s)
        qFatal("bad test scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

int recordedCount(const Simulation &sim, const QString &source, const QString &kind)
{
    int n = 0;
    for (const RecordedEvent &e : sim.engine().recordedEvents())
        n += e.source == source && e.kind == kind ? 1 : 0;
    return n;
}

QStringList messages(const QList<core::Error> &errors)
{
    QStringList out;
    for (const core::Error &e : errors)
        out << e.toString();
    return out;
}

} // namespace

class TestModelFactory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimulationWorld> m_world;

    //! Shelter 1 is small and fills (the rest goes on), shelter 3 is not for floods, shelter 4
    //! closes at 00:03.
    static test::GridTwin grid()
    {
        test::GridTwin g;
        g.shelters = {{4, 4, 45}, {0, 4, 1000}, {2, 2, 400, /*flood*/ false, true}, {4, 0, 300}};
        g.homes = {{0, 0, 60}, {2, 1, 40}, {3, 3, 70}, {4, 1, 30}, {1, 3, 25}, {3, 4, 50}};
        return g;
    }

private slots:
    void initTestCase()
    {
        auto twin = grid().write(m_dir.filePath(QStringLiteral("twin.gpkg")));
        auto world = SimulationWorld::load(*twin);
        QVERIFY(world.ok());
        m_world = std::make_unique<SimulationWorld>(std::move(world).value());
    }

    void countsFromTheBusEqualTheEvacuationsOwn()
    {
        const Scenario s = scenario(R"({"arrivals": {}})");
        SimulationOptions options;
        options.models = {std::make_shared<test::ArrivalCounterFactory>()};
        QVERIFY2(Simulation::validate(*m_world, s, options.models).isEmpty(),
                 qPrintable(messages(Simulation::validate(*m_world, s, options.models)).join(QLatin1Char('\n'))));
        Simulation sim(*m_world, s, options);
        QCOMPARE(sim.modelNames(), (QStringList{QStringLiteral("evacuation"), QStringLiteral("arrivals")}));
        sim.run();

        const auto *counter = dynamic_cast<const test::ArrivalCounterModel *>(sim.model(QStringLiteral("arrivals")));
        QVERIFY(counter);
        const EvacuationModel &evacuation = sim.evacuation();
        QVERIFY(evacuation.sheltered() > 100);
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < m_world->shelters().size(); ++i) {
            const qint64 fid = m_world->shelters()[i].fid;
            QCOMPARE(counter->perShelter().value(fid, 0), std::int64_t(evacuation.shelterOccupancy(int(i))));
            sum += counter->perShelter().value(fid, 0);
        }
        QCOMPARE(sum, evacuation.sheltered());
        QCOMPARE(counter->perShelter().value(m_world->shelters()[2].fid, 0), std::int64_t(0)); // not for floods
        QCOMPARE(evacuation.shelterOccupancy(0), 45);                                        // filled up
        QCOMPARE(counter->departedPersons(), evacuation.complying() - evacuation.waiting());
        QCOMPARE(counter->fullShelters(), recordedCount(sim, QStringLiteral("evacuation"), QStringLiteral("shelter_full")));
        QVERIFY(counter->fullShelters() >= 1);
        QVERIFY(counter->inTimeOrder());

        // The model's own KPIs, under its id, beside the evacuation's.
        const QJsonObject kpis = sim.kpis();
        QVERIFY(kpis.contains(QStringLiteral("evacuation")));
        const QJsonObject mine = kpis.value(QStringLiteral("arrivals")).toObject();
        QCOMPARE(mine.value(QStringLiteral("persons")).toInteger(), evacuation.sheltered());
        QCOMPARE(mine.value(QStringLiteral("per_shelter")).toObject().value(QString::number(m_world->shelters()[0].fid)).toInteger(), 45);

        // Its recorded events, at the time of the event it observed.
        QCOMPARE(recordedCount(sim, QStringLiteral("arrivals"), QStringLiteral("noticed_full")), counter->fullShelters());
        std::vector<SimTime> full, noticed;
        for (const RecordedEvent &e : sim.engine().recordedEvents()) {
            if (e.kind == QLatin1String("shelter_full"))
                full.push_back(e.time);
            else if (e.kind == QLatin1String("noticed_full"))
                noticed.push_back(e.time);
        }
        QCOMPARE(noticed, full);
        // Its snapshot section.
        QCOMPARE(sim.samples().back()->extra.value(QStringLiteral("arrivals")).toObject().value(QStringLiteral("persons")).toInteger(),
                 sim.samples().back()->sheltered);
    }

    void observersDoNotChangeTheRunAndOrderIsFixed()
    {
        // Without any domain model …
        Simulation plain(*m_world, scenario({}));
        plain.run();
        // … and with two, given in either order.
        const Scenario s = scenario(R"({"arrivals": {}, "zz_counter": {"min_persons": 3}})");
        SimulationOptions forward, backward;
        forward.models = {std::make_shared<test::ArrivalCounterFactory>(), std::make_shared<test::ArrivalCounterFactory>(QStringLiteral("zz_counter"))};
        backward.models = {forward.models[1], forward.models[0]};
        Simulation a(*m_world, s, forward);
        Simulation b(*m_world, s, backward);
        a.run();
        b.run();
        QCOMPARE(a.modelNames(), (QStringList{QStringLiteral("evacuation"), QStringLiteral("arrivals"), QStringLiteral("zz_counter")}));
        QCOMPARE(b.modelNames(), a.modelNames());
        QCOMPARE(a.kpis(), b.kpis());
        QCOMPARE(a.engine().recordedEvents(), b.engine().recordedEvents());
        QCOMPARE(a.kpis().value(QStringLiteral("evacuation")), plain.kpis().value(QStringLiteral("evacuation")));
        // The section reached the model: only groups of ≥ 3 persons are counted as arrivals there.
        const auto *all = dynamic_cast<const test::ArrivalCounterModel *>(a.model(QStringLiteral("arrivals")));
        const auto *big = dynamic_cast<const test::ArrivalCounterModel *>(a.model(QStringLiteral("zz_counter")));
        QVERIFY(all && big);
        QVERIFY(big->arrivals() < all->arrivals());
        QCOMPARE(big->perShelter(), all->perShelter());
    }

    void modelRunsOnlyWithItsSectionUnlessItAlwaysRuns()
    {
        SimulationOptions options;
        options.models = {std::make_shared<test::ArrivalCounterFactory>(),
                          std::make_shared<test::ArrivalCounterFactory>(QStringLiteral("always"), true)};
        const Scenario s = scenario({});
        QVERIFY(Simulation::validate(*m_world, s, options.models).isEmpty());
        Simulation sim(*m_world, s, options);
        QCOMPARE(sim.modelNames(), (QStringList{QStringLiteral("evacuation"), QStringLiteral("always")}));
        QVERIFY(!sim.model(QStringLiteral("arrivals")));
        sim.run();
        QVERIFY(sim.kpis().contains(QStringLiteral("always")));
        QVERIFY(!sim.kpis().contains(QStringLiteral("arrivals")));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("models");
        QTest::addColumn<QStringList>("factoryIds");
        QTest::addColumn<QStringList>("expected");
        const QStringList arrivals{QStringLiteral("arrivals")};
        QTest::newRow("unknown model") << QByteArray(R"({"foo": {}})") << arrivals
                                       << QStringList{QStringLiteral("models.foo: no model \"foo\" is provided by the loaded plugins")};
        QTest::newRow("no plugins at all") << QByteArray(R"({"arrivals": {}})") << QStringList{}
                                           << QStringList{QStringLiteral("models.arrivals: no model \"arrivals\" is provided by the loaded plugins")};
        QTest::newRow("bad option") << QByteArray(R"({"arrivals": {"min_persons": 0}})") << arrivals
                                    << QStringList{QStringLiteral("models.arrivals.min_persons: expected a whole number ≥ 1")};
        QTest::newRow("unknown option") << QByteArray(R"({"arrivals": {"minimum": 2}})") << arrivals
                                        << QStringList{QStringLiteral("models.arrivals.minimum: unknown key (expected: min_persons)")};
        QTest::newRow("two plugins, one id") << QByteArray() << QStringList{QStringLiteral("arrivals"), QStringLiteral("arrivals")}
                                             << QStringList{QStringLiteral("models.arrivals: two loaded plugins provide a model \"arrivals\"")};
        QTest::newRow("reserved id") << QByteArray() << QStringList{QStringLiteral("evacuation")}
                                     << QStringList{QStringLiteral("models: a plugin provides a model with the reserved id \"evacuation\"")};
        QTest::newRow("fine") << QByteArray(R"({"arrivals": {"min_persons": 2}})") << arrivals << QStringList{};
    }

    void validation()
    {
        QFETCH(QByteArray, models);
        QFETCH(QStringList, factoryIds);
        QFETCH(QStringList, expected);
        ModelFactoryList factories;
        for (const QString &id : factoryIds)
            factories.push_back(std::make_shared<test::ArrivalCounterFactory>(id));
        QCOMPARE(messages(Simulation::validate(*m_world, scenario(models), factories)), expected);
    }

    void recordedAndCompared()
    {
        auto twin = grid().write(m_dir.filePath(QStringLiteral("recorded.gpkg")));
        SimulationOptions options;
        options.models = {std::make_shared<test::ArrivalCounterFactory>()};
        std::vector<qint64> ids;
        for (std::uint64_t seed : {11u, 12u}) {
            options.seed = seed;
            Simulation sim(*m_world, scenario(R"({"arrivals": {}})"), options);
            sim.run();
            auto id = RunRecorder::record(*twin, core::Actor::system(QStringLiteral("test")), sim, {}, {});
            QVERIFY(id.ok());
            ids.push_back(id.value());
            auto info = RunRecorder::run(*twin, id.value());
            QVERIFY(info.ok());
            QCOMPARE(info->kpis.value(QStringLiteral("arrivals")), sim.kpis().value(QStringLiteral("arrivals")));
            auto events = RunRecorder::events(*twin, id.value());
            QVERIFY(events.ok());
            QCOMPARE(events.value(), sim.engine().recordedEvents());
        }
        auto comparison = RunRecorder::compare(*twin, ids[0], ids[1]);
        QVERIFY(comparison.ok());
        const QJsonObject differences = comparison->value(QStringLiteral("differences")).toObject();
        const QJsonObject persons = differences.value(QStringLiteral("arrivals.persons")).toObject();
        const QJsonObject sheltered = differences.value(QStringLiteral("evacuation.sheltered")).toObject();
        QVERIFY(!persons.isEmpty());
        QCOMPARE(persons, sheltered);
        // Per-shelter counts are compared too (objects are walked).
        const QString first = QStringLiteral("arrivals.per_shelter.%1").arg(m_world->shelters()[0].fid);
        QCOMPARE(differences.value(first).toObject().value(QStringLiteral("a")).toDouble(), 45.0);
    }
};

QTEST_GUILESS_MAIN(TestModelFactory)
#include "tst_modelfactory.moc"
