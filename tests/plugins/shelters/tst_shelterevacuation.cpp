// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Shelters in a simulated evacuation (#5.6), branched from the state the shelters plugin keeps:
// statuses and head counts set through ShelterRegistry decide which shelters take people and how
// many are already inside; shelters unsuitable for the hazard never receive anyone; a full
// shelter overflows to the next suitable one; and the plugin's occupancy model follows the
// evacuation through the event bus (congestion levels, load, stock at the end).
#include "shelterstestsupport.h"

#include "simtestsupport.h"   // tests/modules/sim: the grid twin

#include "shelteroccupancyfactory.h"
#include "shelteroccupancymodel.h"
#include "shelterregistry.h"

#include "ct/sim/shelterarrival.h"
#include "ct/sim/simulation.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

namespace {

sim::Scenario scenario(const QByteArray &models = R"({"shelters": {}})", const QByteArray &hazard = "flood")
{
    const QByteArray json = R"({"name": "shelters", "duration": "02:00", "seed": 5, "hazard": ")" + hazard + R"(",
        "population": {"compliance": 1, "car_share": 0, "departure": {"distribution": "immediate"}},
        "shelters": {"initial": "live"}, "models": )" + models + "}";
    auto s = sim::Scenario::fromJson(json);
    if (!s)
        qFatal("bad scenario: %s", qPrintable(s.error().toString()));
    return s.value();
}

int recorded(const sim::Simulation &run, const QString &source, const QString &kind)
{
    int n = 0;
    for (const auto &e : run.engine().recordedEvents())
        n += e.source == source && e.kind == kind ? 1 : 0;
    return n;
}

/// A second domain model for the test: sums the persons of every ShelterArrival per fid.
class ArrivalTallyFactory : public sim::ModelFactory
{
public:
    std::shared_ptr<QHash<qint64, int>> persons = std::make_shared<QHash<qint64, int>>();

    QString id() const override { return QStringLiteral("tally"); }
    std::unique_ptr<sim::Model> create(const sim::ModelContext &context) const override
    {
        struct Tally : sim::Model
        {
            QString name() const override { return QStringLiteral("tally"); }
            void start(sim::Engine &) override {}
            void handle(sim::Engine &, const sim::Event &) override {}
        };
        auto sums = persons;
        context.events.subscribe<sim::ShelterArrival>([sums](const sim::ShelterArrival &a) { (*sums)[a.fid] += a.persons; });
        return std::make_unique<Tally>();
    }
};

} // namespace

class TestShelterEvacuation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 1 near the homes, not for floods, open       → must stay empty in a flood
        // 2 near the homes, suitable, closed           → must stay empty
        // 3 suitable, open, 40 places, 10 already in   → fills to 40
        // 4 suitable, open, far, large                 → takes the overflow
        // Homes: 100 persons at (0,0) and (1,0).
        sim::test::GridTwin grid;
        grid.shelters = {{1, 0, 500, /*flood*/ false, true}, {0, 1, 500}, {2, 0, 40}, {4, 4, 1000}};
        grid.homes = {{0, 0, 60}, {1, 0, 40}};
        const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        {
            auto twin = grid.write(path);
            test::require(twin->migrate(ShelterSchema::component(), ShelterSchema::migrations()), "schema");
            ShelterRegistry r(*twin);
            const core::Actor hq = test::hq();
            for (qint64 fid : {1, 3, 4}) {
                QVERIFY(r.transition(hq, fid, ShelterStatus::Opening).ok());
                QVERIFY(r.transition(hq, fid, ShelterStatus::Open).ok());
            }
            QVERIFY(r.checkIn(hq, 3, 10).ok());
            // Stock at shelter 4 for 3+ days of 100 persons; none recorded at shelter 3.
            for (const auto &[item, quantity] : std::vector<std::pair<QString, double>>{
                     {QStringLiteral("water"), 1000}, {QStringLiteral("food"), 1000}, {QStringLiteral("toilet_bags"), 2000},
                     {QStringLiteral("diapers"), 100}, {QStringLiteral("baby_formula"), 2000},
                     {QStringLiteral("blankets"), 200}, {QStringLiteral("medical_kits"), 5}})
                QVERIFY(r.setStock(hq, 4, item, quantity).ok());
            QVERIFY(r.setMedicalCount(hq, 4, QStringLiteral("oxygen"), 2).ok());
        }
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadOnly);
        QVERIFY(twin.ok());
        auto world = sim::SimulationWorld::load(*twin.value());
        QVERIFY2(world.ok(), qPrintable(world.ok() ? QString() : world.error().toString()));
        m_world = std::make_unique<sim::SimulationWorld>(std::move(world).value());
        QVERIFY(m_world->hasLiveShelterStatus());
    }

    void liveStateSuitabilityAndOverflow()
    {
        sim::SimulationOptions options;
        options.models = {std::make_shared<ShelterOccupancyFactory>()};
        const sim::Scenario s = scenario();
        QVERIFY(sim::Simulation::validate(*m_world, s, options.models).isEmpty());
        sim::Simulation run(*m_world, s, options);
        run.run();
        const auto &e = run.evacuation();
        QCOMPARE(e.population(), 100);
        QCOMPARE(e.sheltered(), 100);
        QCOMPARE(e.unsuitableAdmissions(), 0);
        QCOMPARE(e.shelterOccupancy(0), 0);    // not for floods
        QCOMPARE(e.shelterOccupancy(1), 0);    // closed in the registry
        QCOMPARE(e.shelterOccupancy(2), 40);   // 10 inside before + 30 arriving, then full
        QCOMPARE(e.shelterOccupancy(3), 70);   // the overflow
        QVERIFY(recorded(run, QStringLiteral("evacuation"), QStringLiteral("shelter_full")) >= 1);

        // The plugin's model saw the same through the bus.
        const auto *model = dynamic_cast<const ShelterOccupancyModel *>(run.model(QStringLiteral("shelters")));
        QVERIFY(model);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(model->occupancy(i), e.shelterOccupancy(i));
        QCOMPARE(model->level(2), Congestion::Level::Critical);
        QCOMPARE(model->level(3), Congestion::Level::Low);       // 70 of 1000
        // Shelter 3 started at 10 of 40 (25 %, low) and climbed through every level.
        QVERIFY(model->reachedAt(2, Congestion::Level::Moderate) >= 0);
        QVERIFY(model->reachedAt(2, Congestion::Level::Moderate) <= model->reachedAt(2, Congestion::Level::High));
        QVERIFY(model->reachedAt(2, Congestion::Level::High) <= model->reachedAt(2, Congestion::Level::Critical));
        QCOMPARE(model->reachedAt(0, Congestion::Level::Low), -1);
        QCOMPARE(recorded(run, QStringLiteral("shelters"), QStringLiteral("congestion")), 3);
        // Load of the two occupied shelters: 2 × 5 kW + 0.1 × 110 persons + 2 × 0.35 (oxygen at 4).
        QVERIFY(qAbs(model->loadKw() - (10.0 + 11.0 + 0.7)) < 1e-9);
        QVERIFY(model->peakLoadKw() >= model->loadKw());
        QVERIFY(model->energyKwh() > 0.0);
        // At 40 persons shelter 3 has nothing on record: every item short; shelter 4 is stocked.
        QCOMPARE(model->shortages(2).size(), 7);
        QVERIFY(model->shortages(3).isEmpty());

        const QJsonObject k = run.kpis().value(QStringLiteral("shelters")).toObject();
        QCOMPARE(k.value(QStringLiteral("shelters_receiving")).toInt(), 2);
        QCOMPARE(k.value(QStringLiteral("critical_shelters")).toInt(), 1);
        QVERIFY(k.value(QStringLiteral("first_critical")).isString());
        QCOMPARE(k.value(QStringLiteral("levels")).toObject().value(QStringLiteral("critical")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("shortage_shelters")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("shortages")).toObject().value(QStringLiteral("water")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("per_shelter")).toArray().size(), 2);
    }

    void arrivalsAddUpToTheEndState()
    {
        // What was inside at the start plus every published arrival is the model's end state.
        sim::SimulationOptions options;
        auto tally = std::make_shared<ArrivalTallyFactory>();
        options.models = {std::make_shared<ShelterOccupancyFactory>(), tally};
        sim::Simulation run(*m_world, scenario(R"({"shelters": {}, "tally": {}})"), options);
        run.run();
        const auto *model = dynamic_cast<const ShelterOccupancyModel *>(run.model(QStringLiteral("shelters")));
        QVERIFY(model);
        const QHash<qint64, int> &arrived = *tally->persons;
        QCOMPARE(arrived.value(3), 30);
        QCOMPARE(arrived.value(4), 70);
        for (std::size_t i = 0; i < m_world->shelters().size(); ++i) {
            const auto &shelter = m_world->shelters()[i];
            QCOMPARE(model->occupancy(int(i)), shelter.liveOccupancy + arrived.value(shelter.fid));
        }
    }

    void earthquakeUsesTheFloodUnsuitableShelter()
    {
        sim::SimulationOptions options;
        options.models = {std::make_shared<ShelterOccupancyFactory>()};
        sim::Simulation run(*m_world, scenario(R"({"shelters": {"twin_state": false}})", "earthquake"), options);
        run.run();
        QVERIFY(run.evacuation().shelterOccupancy(0) > 0);   // nearest, open, fine for earthquakes
        QCOMPARE(run.evacuation().shelterOccupancy(1), 0);   // still closed
        const QJsonObject k = run.kpis().value(QStringLiteral("shelters")).toObject();
        QCOMPARE(k.value(QStringLiteral("stock")).toString(), QStringLiteral("not assessed"));
        QVERIFY(!k.contains(QStringLiteral("shortage_shelters")));
    }

    void sectionIsValidated()
    {
        ShelterOccupancyFactory factory;
        QCOMPARE(factory.id(), QStringLiteral("shelters"));
        QVERIFY(factory.validate(QJsonObject{}, QStringLiteral("models.shelters"), *m_world).isEmpty());
        QVERIFY(factory.validate(QJsonObject{{QStringLiteral("twin_state"), false}}, QStringLiteral("models.shelters"), *m_world).isEmpty());
        const auto unknown = factory.validate(QJsonObject{{QStringLiteral("stok"), 1}}, QStringLiteral("models.shelters"), *m_world);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.front().where, QStringLiteral("models.shelters.stok"));
        const auto notBool = factory.validate(QJsonObject{{QStringLiteral("twin_state"), QStringLiteral("yes")}},
                                              QStringLiteral("models.shelters"), *m_world);
        QCOMPARE(notBool.size(), 1);
        QCOMPARE(notBool.front().where, QStringLiteral("models.shelters.twin_state"));
        // Through the simulation's own check.
        sim::SimulationOptions options;
        options.models = {std::make_shared<ShelterOccupancyFactory>()};
        const auto errors = sim::Simulation::validate(*m_world, scenario(R"({"shelters": {"twin_state": 3}})"), options.models);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().where, QStringLiteral("models.shelters.twin_state"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulationWorld> m_world;
};

QTEST_GUILESS_MAIN(TestShelterEvacuation)
#include "tst_shelterevacuation.moc"
