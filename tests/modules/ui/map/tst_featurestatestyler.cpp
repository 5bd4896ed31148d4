// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "featurestatestyler.h"

#include <QTest>

using namespace ct;
using ct::ui::FeatureStateStyler;

namespace {

sim::FeatureState shelters()
{
    sim::FeatureState s;
    s.layer = QStringLiteral("shelters");
    s.numberNames = {QStringLiteral("occupancy"), QStringLiteral("capacity"), QStringLiteral("load")};
    s.textNames = {QStringLiteral("status")};
    s.style = sim::FeatureStyle::occupancy(QStringLiteral("Shelter occupancy"), 400);
    s.append(11, {0, 100, 0.0}, {QStringLiteral("open")});
    s.append(12, {50, 100, 0.5}, {QStringLiteral("open")});
    s.append(13, {100, 100, 1.0}, {QStringLiteral("full")});
    s.append(14, {400, 400, 1.0}, {QStringLiteral("closed")});
    s.append(15, {0, 300, 0.0}, {QStringLiteral("unsuitable")});
    return s;
}

} // namespace

/// Colours and sizes from a feature state: every value decides its symbol the same way in a live,
/// a simulated and a replayed view.
class TestFeatureStateStyler : public QObject
{
    Q_OBJECT

private slots:
    void coloursFollowTheStops_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("below the first stop") << -1.0 << QColor(0x1a, 0x98, 0x50);
        QTest::newRow("first stop") << 0.0 << QColor(0x1a, 0x98, 0x50);
        QTest::newRow("middle stop") << 0.5 << QColor(0xfe, 0xe0, 0x8b);
        QTest::newRow("between, a quarter") << 0.25 << QColor::fromRgbF((0x1a + 0xfe) / 2.0f / 255.0f, (0x98 + 0xe0) / 2.0f / 255.0f, (0x50 + 0x8b) / 2.0f / 255.0f);
        QTest::newRow("full") << 1.0 << QColor(0xd7, 0x30, 0x27);
        QTest::newRow("overfull clamps") << 1.7 << QColor(0xd7, 0x30, 0x27);
    }
    void coloursFollowTheStops()
    {
        QFETCH(double, value);
        QFETCH(QColor, expected);
        const QColor c = FeatureStateStyler::colorAt(sim::FeatureStyle::occupancy(QString(), 1), value);
        QVERIFY2(std::abs(c.red() - expected.red()) <= 1 && std::abs(c.green() - expected.green()) <= 1
                     && std::abs(c.blue() - expected.blue()) <= 1,
                 qPrintable(c.name() + QStringLiteral(" vs ") + expected.name()));
    }

    void categoriesOverrideAndSizesScale()
    {
        const sim::FeatureState s = shelters();
        QCOMPARE(FeatureStateStyler::colorOf(s, 0), QColor(QStringLiteral("#1a9850")));
        QCOMPARE(FeatureStateStyler::colorOf(s, 2), QColor(QStringLiteral("#d73027")));
        QCOMPARE(FeatureStateStyler::colorOf(s, 3), QColor(QStringLiteral("#5f6368"))); // closed, although full
        QCOMPARE(FeatureStateStyler::colorOf(s, 4), QColor(QStringLiteral("#c4c7c5"))); // not for this hazard
        QCOMPARE(FeatureStateStyler::sizeAt(s.style, 0), 10.0f);
        QCOMPARE(FeatureStateStyler::sizeAt(s.style, 200), 17.0f);
        QCOMPARE(FeatureStateStyler::sizeAt(s.style, 400), 24.0f);
        QCOMPARE(FeatureStateStyler::sizeAt(s.style, 900), 24.0f);
        sim::FeatureStyle noSize = s.style;
        noSize.sizeBy.clear();
        QCOMPARE(FeatureStateStyler::sizeAt(noSize, 200), 0.0f);
    }

    void appearanceByFeatureId()
    {
        // The layer's rows in another order than the state's, with one feature the state lacks.
        const std::vector<qint64> fids{13, 99, 11, 14};
        const QColor base(QStringLiteral("#3366cc"));
        const auto look = FeatureStateStyler::appearance(shelters(), fids, base);
        QCOMPARE(look.styled, 3);
        QCOMPARE(look.colors.size(), fids.size());
        QCOMPARE(look.colors[0], QColor(QStringLiteral("#d73027")));
        QCOMPARE(look.colors[1], base);
        QCOMPARE(look.colors[2], QColor(QStringLiteral("#1a9850")));
        QCOMPARE(look.colors[3], QColor(QStringLiteral("#5f6368")));
        QCOMPARE(look.sizes, (std::vector<float>{10.0f + 14.0f * 100.0f / 400.0f, 0.0f, 10.0f, 24.0f}));
    }

    void legendListsStopsAndCategories()
    {
        const QVariantMap legend = FeatureStateStyler::legend(shelters());
        QCOMPARE(legend.value(QStringLiteral("layer")).toString(), QStringLiteral("shelters"));
        QCOMPARE(legend.value(QStringLiteral("title")).toString(), QStringLiteral("Shelter occupancy"));
        const QVariantList entries = legend.value(QStringLiteral("entries")).toList();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries[2].toMap().value(QStringLiteral("label")).toString(), QStringLiteral("full"));
        QCOMPARE(entries[3].toMap().value(QStringLiteral("color")).value<QColor>(), QColor(QStringLiteral("#5f6368")));
        QCOMPARE(legend.value(QStringLiteral("sizeLabel")).toString(), QStringLiteral("size: persons inside"));
    }
};

QTEST_GUILESS_MAIN(TestFeatureStateStyler)
#include "tst_featurestatestyler.moc"
