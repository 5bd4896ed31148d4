// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "shelterregistry.h"
#include "shelterstatesource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

/// \brief The live map state of the shelters layer: values per feature, the alert priority, and a
/// style whose colour stops are exactly the four congestion levels.
class TestShelterStateSource : public QObject
{
    Q_OBJECT

private slots:
    void stateOfTheTwin()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir.filePath(QStringLiteral("s.gpkg")),
                                   {{QStringLiteral("A"), 100}, {QStringLiteral("B"), 100}, {QStringLiteral("C"), 100},
                                    {QStringLiteral("D"), 100}, {QStringLiteral("E"), 0}});
        ShelterRegistry r(*twin);
        const core::Actor a = test::system();
        for (qint64 fid : {1, 2, 3, 5}) {
            QVERIFY(r.transition(a, fid, ShelterStatus::Opening).ok());
            QVERIFY(r.transition(a, fid, ShelterStatus::Open).ok());
        }
        QVERIFY(r.checkIn(a, 1, 30));   // moderate; no stock → shortage
        QVERIFY(r.checkIn(a, 2, 85));   // critical; no power → no_power beats shortage
        QVERIFY(r.setPower(a, 2, PowerSource::None).ok());
        // 3: open, empty → nothing short, no alert; 4: closed (but no power: closed wins)
        QVERIFY(r.setPower(a, 4, PowerSource::None).ok());
        QVERIFY(r.checkIn(a, 5, 2));    // capacity unknown: critical
        ShelterStateSource source;
        QCOMPARE(source.layer(), QStringLiteral("shelters"));
        auto state = source.read(*twin);
        QVERIFY(state.ok());
        QCOMPARE(state->layer, QStringLiteral("shelters"));
        QCOMPARE(state->size(), std::size_t(5));
        const int occupancy = state->numberColumn(QStringLiteral("occupancy"));
        const int capacity = state->numberColumn(QStringLiteral("capacity"));
        const int load = state->numberColumn(QStringLiteral("load"));
        const int congestion = state->numberColumn(QStringLiteral("congestion"));
        const int status = state->textColumn(QStringLiteral("status"));
        const int alert = state->textColumn(QStringLiteral("alert"));
        QVERIFY(occupancy >= 0 && capacity >= 0 && load >= 0 && congestion >= 0 && status >= 0 && alert >= 0);
        auto row = [&](qint64 fid) { return std::size_t(state->row(fid)); };
        QCOMPARE(state->number(row(1), occupancy), 30.0);
        QCOMPARE(state->number(row(1), load), 0.3);
        QCOMPARE(state->number(row(1), congestion), 1.0);
        QCOMPARE(state->text(row(1), alert), QStringLiteral("shortage"));
        QCOMPARE(state->number(row(2), congestion), 3.0);
        QCOMPARE(state->text(row(2), alert), QStringLiteral("no_power"));
        QCOMPARE(state->text(row(3), alert), QString());
        QCOMPARE(state->text(row(3), status), QStringLiteral("open"));
        QCOMPARE(state->text(row(4), alert), QStringLiteral("closed"));
        QCOMPARE(state->text(row(4), status), QStringLiteral("closed"));
        QCOMPARE(state->number(row(5), congestion), 3.0);
        QCOMPARE(state->number(row(5), load), 1.0);

        // The style: one stop per level at 0..3 in the levels' colours, alerts as categories.
        const sim::FeatureStyle &style = state->style;
        QCOMPARE(style.colorBy, QStringLiteral("congestion"));
        QCOMPARE(style.colorStops.size(), std::size_t(4));
        for (int l = 0; l < 4; ++l) {
            QCOMPARE(style.colorStops[std::size_t(l)].value, double(l));
            QCOMPARE(style.colorStops[std::size_t(l)].color, Congestion::color(Congestion::Level(l)));
        }
        QCOMPARE(style.categoryBy, QStringLiteral("alert"));
        QStringList categories;
        for (const auto &c : style.categories)
            categories << c.value;
        QCOMPARE(categories, (QStringList{QStringLiteral("closed"), QStringLiteral("no_power"), QStringLiteral("shortage")}));
        QCOMPARE(style.sizeBy, QStringLiteral("occupancy"));
        QCOMPARE(style.sizeTo, 100.0);
        // The state survives the run record's round trip.
        QCOMPARE(sim::FeatureState::restore(state->layer, state->describe(), state->fids, state->numbers), state.value());
    }
};

QTEST_GUILESS_MAIN(TestShelterStateSource)
#include "tst_shelterstatesource.moc"
