// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Per-feature layer state in snapshots: the evacuation model's shelters (occupancy, capacity,
// load, status) at every sample, and the record/restore of a state.
#include "simtestsupport.h"

#include "ct/sim/featurestate.h"
#include "ct/sim/runrecorder.h"
#include "ct/sim/simulation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::sim;

class TestFeatureState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void appendAndLookUp()
    {
        FeatureState s;
        s.layer = QStringLiteral("shelters");
        s.numberNames = {QStringLiteral("occupancy"), QStringLiteral("load")};
        s.textNames = {QStringLiteral("status")};
        s.append(7, {12, 0.25}, {QStringLiteral("open")});
        s.append(9, {48, 1.0}, {QStringLiteral("full")});
        QCOMPARE(s.size(), std::size_t(2));
        QCOMPARE(s.row(9), 1);
        QCOMPARE(s.row(8), -1);
        QCOMPARE(s.number(1, s.numberColumn(QStringLiteral("occupancy"))), 48.0);
        QCOMPARE(s.text(0, s.textColumn(QStringLiteral("status"))), QStringLiteral("open"));
        QCOMPARE(s.numberColumn(QStringLiteral("nothing")), -1);

        s.style = FeatureStyle::occupancy(QStringLiteral("Shelter occupancy"), 500);
        const FeatureState back = FeatureState::restore(s.layer, s.describe(), s.fids, s.numbers);
        QCOMPARE(back, s);
        QCOMPARE(FeatureStyle::fromJson(s.style.toJson()), s.style);
        // A damaged record never gives the view short arrays.
        const FeatureState damaged = FeatureState::restore(s.layer, s.describe(), s.fids, {1.0});
        QCOMPARE(damaged.numbers.size(), std::size_t(4));
    }

    void sheltersChangeStateAsTheyFill()
    {
        test::GridTwin grid;
        grid.shelters = {{4, 4, 30}, {0, 4, 1000}, {2, 2, 400, /*flood*/ false, true}, {4, 0, 300}};
        grid.homes = {{0, 0, 60}, {3, 3, 70}, {4, 1, 30}, {3, 4, 50}};
        auto twin = grid.write(m_dir.filePath(QStringLiteral("twin.gpkg")));
        auto world = SimulationWorld::load(*twin);
        QVERIFY(world.ok());
        auto scenario = Scenario::fromJson(R"({"name": "fill", "duration": "01:00", "seed": 2, "hazard": "flood",
            "population": {"departure": {"distribution": "immediate"}},
            "events": [{"at": "00:00", "kind": "close_shelter", "shelter": "S4"}]})");
        QVERIFY(scenario.ok());
        SimulationOptions options;
        options.sampleInterval = 10 * kMinute;
        Simulation sim(world.value(), scenario.value(), options);
        sim.run();

        const FeatureState *first = sim.samples().front()->featureState(QStringLiteral("shelters"));
        const FeatureState *last = sim.samples().back()->featureState(QStringLiteral("shelters"));
        QVERIFY(first && last);
        QCOMPARE(last->size(), world->shelters().size());
        const int occupancy = last->numberColumn(QStringLiteral("occupancy"));
        const int capacity = last->numberColumn(QStringLiteral("capacity"));
        const int load = last->numberColumn(QStringLiteral("load"));
        const int status = last->textColumn(QStringLiteral("status"));
        QVERIFY(occupancy >= 0 && capacity >= 0 && load >= 0 && status >= 0);
        QStringList expected{QStringLiteral("full"), QStringLiteral("open"), QStringLiteral("unsuitable"), QStringLiteral("closed")};
        for (std::size_t i = 0; i < world->shelters().size(); ++i) {
            const int row = last->row(world->shelters()[i].fid);
            QVERIFY(row >= 0);
            QCOMPARE(last->number(std::size_t(row), occupancy), double(sim.evacuation().shelterOccupancy(int(i))));
            QCOMPARE(last->number(std::size_t(row), capacity), double(world->shelters()[i].capacity));
            QCOMPARE(last->number(std::size_t(row), load), double(sim.evacuation().shelterOccupancy(int(i))) / world->shelters()[i].capacity);
            QCOMPARE(last->text(std::size_t(row), status), expected[qsizetype(i)]);
            QCOMPARE(first->number(std::size_t(row), occupancy), 0.0);
        }
        QCOMPARE(last->style.colorBy, QStringLiteral("load"));
        QCOMPARE(last->style.sizeBy, QStringLiteral("occupancy"));
        QCOMPARE(last->style.sizeTo, 1000.0); // the largest shelter suitable for the hazard

        // Recorded with the samples and restored by replay, at every sample time.
        auto id = RunRecorder::record(*twin, core::Actor::system(QStringLiteral("test")), sim, {}, {});
        QVERIFY(id.ok());
        auto replay = RunRecorder::replay(*twin, id.value());
        QVERIFY(replay.ok());
        QCOMPARE(replay->size(), sim.samples().size());
        for (std::size_t i = 0; i < replay->size(); ++i) {
            QCOMPARE((*replay)[i]->featureStates.size(), std::size_t(1));
            QCOMPARE((*replay)[i]->featureStates, sim.samples()[i]->featureStates);
        }
    }
};

QTEST_GUILESS_MAIN(TestFeatureState)
#include "tst_featurestate.moc"
