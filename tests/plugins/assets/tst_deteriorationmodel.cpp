// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The Markov chain of condition grades: its defaults, the checks on rows set by hand, expected
// distributions and failure probabilities against values computed by hand, and sampling.
#include "ct/assets/deteriorationmodel.h"

#include <QtTest>

using namespace ct::assets;

class TestDeteriorationModel : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreStochasticAndOneStep()
    {
        const DeteriorationModel m = DeteriorationModel::defaults();
        for (AssetType type : allAssetTypes()) {
            for (Grade from : allGrades()) {
                double sum = 0;
                for (Grade to : allGrades()) {
                    sum += m.probability(type, from, to);
                    if (int(to) < int(from) || int(to) > int(from) + 1)
                        QCOMPARE(m.probability(type, from, to), 0.0);
                }
                QVERIFY(qAbs(sum - 1.0) < 1e-12);
            }
            QCOMPARE(m.probability(type, Grade::IV, Grade::IV), 1.0);
        }
        QCOMPARE(m.probability(AssetType::Bridge, Grade::I, Grade::II), 0.025);
        QCOMPARE(m.probability(AssetType::Pavement, Grade::III, Grade::IV), 0.08);
    }

    void distributionByHand()
    {
        const DeteriorationModel m = DeteriorationModel::defaults();
        // bridge from I: one year (0.975, 0.025, 0, 0); two years
        // I: 0.975² = 0.950625; II: 0.975·0.025 + 0.025·0.985 = 0.049; III: 0.025·0.015 = 0.000375
        const GradeVector two = m.distributionAfter(AssetType::Bridge, DeteriorationModel::certain(Grade::I), 2);
        QVERIFY(qAbs(two[0] - 0.950625) < 1e-15);
        QVERIFY(qAbs(two[1] - 0.049) < 1e-15);
        QVERIFY(qAbs(two[2] - 0.000375) < 1e-15);
        QCOMPARE(two[3], 0.0);
        // three years: IV = 0.025·0.015·0.04 = 0.000015
        const GradeVector three = m.distributionAfter(AssetType::Bridge, DeteriorationModel::certain(Grade::I), 3);
        QVERIFY(qAbs(three[3] - 0.000015) < 1e-15);
        const auto trajectory = m.trajectory(AssetType::Bridge, DeteriorationModel::certain(Grade::I), 3);
        QCOMPARE(trajectory.size(), std::size_t(4));
        QCOMPARE(trajectory[2], two);
        QCOMPARE(trajectory[3], three);
        // a mixed start: half I, half III; one year of pavement (I→II 0.06, III→IV 0.08)
        const GradeVector mixed = m.step(AssetType::Pavement, {0.5, 0.0, 0.5, 0.0});
        QVERIFY(qAbs(mixed[0] - 0.47) < 1e-15);
        QVERIFY(qAbs(mixed[1] - 0.03) < 1e-15);
        QVERIFY(qAbs(mixed[2] - 0.46) < 1e-15);
        QVERIFY(qAbs(mixed[3] - 0.04) < 1e-15);
    }

    void failureProbabilityByHand()
    {
        const DeteriorationModel m = DeteriorationModel::defaults();
        // from III the asset fails unless it survives every year: 1 − 0.96^n
        QVERIFY(qAbs(m.failureProbability(AssetType::Bridge, Grade::III, 2) - (1 - 0.96 * 0.96)) < 1e-15);
        QVERIFY(qAbs(m.failureProbability(AssetType::Bridge, Grade::III, 10) - (1 - std::pow(0.96, 10))) < 1e-12);
        // from II in two years: 0.015 · 0.04
        QVERIFY(qAbs(m.failureProbability(AssetType::Bridge, Grade::II, 2) - 0.0006) < 1e-15);
        QCOMPARE(m.failureProbability(AssetType::Bridge, Grade::I, 2), 0.0);
        QCOMPARE(m.failureProbability(AssetType::SewerPipe, Grade::IV, 0), 1.0);
        QCOMPARE(m.failureProbability(AssetType::SewerPipe, Grade::IV, 7), 1.0);
        // worse grades fail sooner, for every type and horizon
        for (AssetType type : allAssetTypes())
            for (int h : {1, 5, 10, 30})
                QVERIFY(m.failureProbability(type, Grade::I, h) <= m.failureProbability(type, Grade::II, h)
                        && m.failureProbability(type, Grade::II, h) <= m.failureProbability(type, Grade::III, h));
    }

    void setRowChecksAndSettles()
    {
        DeteriorationModel m = DeteriorationModel::defaults();
        const DeteriorationModel before = m;
        QVERIFY(!m.setRow(AssetType::Bridge, Grade::I, {0.9, 0.2, 0.0, 0.0}));       // sums to 1.1
        QVERIFY(!m.setRow(AssetType::Bridge, Grade::II, {0.1, 0.8, 0.1, 0.0}));      // improves by itself
        QVERIFY(!m.setRow(AssetType::Bridge, Grade::I, {1.2, -0.2, 0.0, 0.0}));      // outside 0–1
        QVERIFY(!m.setRow(AssetType::Bridge, Grade::IV, {0.0, 0.0, 0.5, 0.5}));      // IV absorbing
        QVERIFY(!m.setRow(AssetType::Bridge, Grade::I, {qQNaN(), 1.0, 0.0, 0.0}));
        QCOMPARE(m, before);
        const ct::core::Status bad = m.setRow(AssetType::Pavement, Grade::I, {0.5, 0.4, 0.0, 0.0});
        QVERIFY(!bad);
        QVERIFY(bad.error().where.contains(QStringLiteral("pavement")));
        // a two-step row (I may skip to III)
        QVERIFY(m.setRow(AssetType::Bridge, Grade::I, {0.9, 0.07, 0.03, 0.0}));
        QCOMPARE(m.probability(AssetType::Bridge, Grade::I, Grade::III), 0.03);
        const GradeVector one = m.distributionAfter(AssetType::Bridge, DeteriorationModel::certain(Grade::I), 1);
        QCOMPARE(one[2], 0.03);
    }

    void sampleFollowsTheCumulativeRow()
    {
        const DeteriorationModel m = DeteriorationModel::defaults();
        QCOMPARE(m.sample(AssetType::Bridge, Grade::I, 0.0), Grade::I);
        QCOMPARE(m.sample(AssetType::Bridge, Grade::I, 0.9749), Grade::I);
        QCOMPARE(m.sample(AssetType::Bridge, Grade::I, 0.975), Grade::II);
        QCOMPARE(m.sample(AssetType::Bridge, Grade::III, 0.99), Grade::IV);
        QCOMPARE(m.sample(AssetType::Bridge, Grade::IV, 0.0), Grade::IV);
        QCOMPARE(m.sample(AssetType::Bridge, Grade::II, 0.99999999999), Grade::III);
        // frequency of I → II over many uniform draws is the row's probability
        int moved = 0;
        const int n = 100000;
        for (int i = 0; i < n; ++i)
            moved += m.sample(AssetType::Pavement, Grade::I, (i + 0.5) / n) == Grade::II;
        QCOMPARE(moved, 6000);
    }
};

QTEST_GUILESS_MAIN(TestDeteriorationModel)
#include "tst_deteriorationmodel.moc"
