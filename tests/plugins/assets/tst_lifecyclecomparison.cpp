// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Preventive vs reactive life-cycle cost against a small case computed by hand (a chain that
// drops a grade with probability ½ each year), with and without discounting, and the sum over
// an inventory.
#include "ct/assets/lifecyclecomparison.h"

#include <QtTest>

#include <cmath>

using namespace ct::assets;

namespace {

DeteriorationModel halfModel()
{
    DeteriorationModel m = DeteriorationModel::defaults();
    if (!m.setMatrix(AssetType::Bridge, DeteriorationModel::oneStep(0.5, 0.5, 0.5)))
        qFatal("model");
    return m;
}

Asset smallBridge(Grade grade)
{
    Asset a;
    a.id = QStringLiteral("BR-1");
    a.type = AssetType::Bridge;
    a.areaM2 = 10;      // preventive 1, renewal 5, replacement 8, emergency 12 (million yen)
    a.importance = 100; // consequence 100 × 0.03 = 3
    a.grade = grade;
    return a;
}

void compareVectors(const std::vector<double> &actual, const std::vector<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-12, qPrintable(QStringLiteral("year %1: %2 vs %3").arg(i + 1).arg(actual[i]).arg(expected[i])));
}

} // namespace

class TestLifeCycleComparison : public QObject
{
    Q_OBJECT

private slots:
    void fromSoundByHand()
    {
        const LifeCycleComparison lc(halfModel(), InterventionCatalog::defaults());
        const auto r = lc.compare(smallBridge(Grade::I), 5);
        // preventive: every year half the bridge's probability is in II → 0.5 × 1
        compareVectors(r.preventiveCumulative, {0.0, 0.5, 1.0, 1.5, 2.0});
        // reactive: distributions at the start of years 1..5 are (1,0,0,0), (½,½,0,0),
        // (¼,½,¼,0), (⅛,⅜,⅜,⅛) → 0.125 × (12 + 3); then IV back to I: (¼,⅜,⅜,0) → IV 0.1875
        compareVectors(r.reactiveCumulative, {0.0, 0.0, 0.0, 1.875, 1.875 + 0.1875 * 15});
        QVERIFY(std::abs(r.reactiveFailures - 0.3125) < 1e-12);
        QCOMPARE(r.preventiveFailures, 0.0);
        QCOMPARE(r.preventiveTotal(), 2.0);
    }

    void fromEarlyActionByHand()
    {
        const LifeCycleComparison lc(halfModel(), InterventionCatalog::defaults());
        const auto r = lc.compare(smallBridge(Grade::III), 2);
        // preventive: renewal (5) in year 1, then half in II → 0.5
        compareVectors(r.preventiveCumulative, {5.0, 5.5});
        // reactive: nothing in year 1; half failed by year 2 → 0.5 × 15
        compareVectors(r.reactiveCumulative, {0.0, 7.5});
        QVERIFY(std::abs(r.reactiveFailures - 0.5) < 1e-12);
    }

    void discounting()
    {
        const LifeCycleComparison lc(halfModel(), InterventionCatalog::defaults());
        const auto r = lc.compare(smallBridge(Grade::I), 4, 0.10);
        compareVectors(r.preventiveCumulative, {0.0, 0.5 / 1.1, 0.5 / 1.1 + 0.5 / 1.21, 0.5 / 1.1 + 0.5 / 1.21 + 0.5 / 1.331});
        compareVectors(r.reactiveCumulative, {0.0, 0.0, 0.0, 1.875 / 1.331});
    }

    void inventoryIsTheSumOfItsAssets()
    {
        const LifeCycleComparison lc(halfModel(), InterventionCatalog::defaults());
        Asset pipe;
        pipe.type = AssetType::WaterPipe;
        pipe.lengthM = 100;
        pipe.importance = 400;
        pipe.grade = Grade::II;
        const std::vector<Asset> assets{smallBridge(Grade::I), smallBridge(Grade::III), pipe};
        const auto total = lc.compare(assets, 10);
        std::vector<double> prevent(10, 0.0), react(10, 0.0);
        for (const Asset &a : assets) {
            const auto r = lc.compare(a, 10);
            for (int t = 0; t < 10; ++t) {
                prevent[std::size_t(t)] += r.preventiveCumulative[std::size_t(t)];
                react[std::size_t(t)] += r.reactiveCumulative[std::size_t(t)];
            }
        }
        compareVectors(total.preventiveCumulative, prevent);
        compareVectors(total.reactiveCumulative, react);
    }

    void preventivePaysOffOverFiftyYearsWithTheDefaults()
    {
        // a 1970s-style bridge carrying 10,000 vehicles a day, still sound: with the documented
        // defaults, reactive maintenance (emergency replacement + 30 days of detours) costs more
        const LifeCycleComparison lc(DeteriorationModel::defaults(), InterventionCatalog::defaults());
        Asset bridge = smallBridge(Grade::I);
        bridge.areaM2 = 600;
        bridge.importance = 10000;
        const auto r = lc.compare(bridge, 50);
        QCOMPARE(r.preventiveCumulative.size(), std::size_t(50));
        QVERIFY(r.reactiveTotal() > r.preventiveTotal());
        QVERIFY(r.reactiveFailures > r.preventiveFailures);
        for (std::size_t t = 1; t < 50; ++t)
            QVERIFY(r.preventiveCumulative[t] >= r.preventiveCumulative[t - 1]);
    }
};

QTEST_GUILESS_MAIN(TestLifeCycleComparison)
#include "tst_lifecyclecomparison.moc"
