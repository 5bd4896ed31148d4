// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "congestion.h"

#include <QTest>

#include <cmath>

using namespace ct::shelters;

Q_DECLARE_METATYPE(ct::shelters::Congestion::Level)

/// \brief The four-level congestion scale: each boundary from both sides, in integers.
class TestCongestion : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        using L = Congestion::Level;
        QTest::addColumn<int>("occupancy");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<L>("level");
        QTest::addColumn<bool>("over");
        QTest::newRow("empty") << 0 << 100 << L::Low << false;
        QTest::newRow("29 of 100") << 29 << 100 << L::Low << false;
        QTest::newRow("30 of 100 is moderate") << 30 << 100 << L::Moderate << false;
        QTest::newRow("299 of 1000") << 299 << 1000 << L::Low << false;
        QTest::newRow("300 of 1000") << 300 << 1000 << L::Moderate << false;
        QTest::newRow("3 of 10 (0.3 exactly)") << 3 << 10 << L::Moderate << false;
        QTest::newRow("59 of 100") << 59 << 100 << L::Moderate << false;
        QTest::newRow("60 of 100 is high") << 60 << 100 << L::High << false;
        QTest::newRow("599 of 1000") << 599 << 1000 << L::Moderate << false;
        QTest::newRow("6 of 10 (0.6 exactly)") << 6 << 10 << L::High << false;
        QTest::newRow("79 of 100") << 79 << 100 << L::High << false;
        QTest::newRow("80 of 100 is critical") << 80 << 100 << L::Critical << false;
        QTest::newRow("799 of 1000") << 799 << 1000 << L::High << false;
        QTest::newRow("4 of 5 (0.8 exactly)") << 4 << 5 << L::Critical << false;
        QTest::newRow("1 of 3 (33 %)") << 1 << 3 << L::Moderate << false;
        QTest::newRow("2 of 3 (67 %)") << 2 << 3 << L::High << false;
        QTest::newRow("full") << 100 << 100 << L::Critical << false;
        QTest::newRow("over capacity") << 101 << 100 << L::Critical << true;
        QTest::newRow("unknown capacity, empty") << 0 << 0 << L::Low << false;
        QTest::newRow("unknown capacity, occupied") << 1 << 0 << L::Critical << true;
        QTest::newRow("large") << 2000000 << 2500000 << L::Critical << false;
    }

    void levels()
    {
        QFETCH(int, occupancy);
        QFETCH(int, capacity);
        QFETCH(Congestion::Level, level);
        QFETCH(bool, over);
        const Congestion c = Congestion::of(occupancy, capacity);
        QCOMPARE(c.level(), level);
        QCOMPARE(c.isOverCapacity(), over);
        if (capacity > 0)
            QCOMPARE(c.ratio(), double(occupancy) / double(capacity));
        else
            QCOMPARE(std::isinf(c.ratio()), occupancy > 0);
    }

    //! Every occupancy of a 1,000-place shelter against the percentage rule computed separately.
    void everyOccupancyOfAThousand()
    {
        for (int n = 0; n <= 1100; ++n) {
            const int percentTimesTen = n; // n of 1000 = n/10 %
            Congestion::Level expected = Congestion::Level::Low;
            if (percentTimesTen >= 800)
                expected = Congestion::Level::Critical;
            else if (percentTimesTen >= 600)
                expected = Congestion::Level::High;
            else if (percentTimesTen >= 300)
                expected = Congestion::Level::Moderate;
            QCOMPARE(Congestion::of(n, 1000).level(), expected);
            QCOMPARE(Congestion::of(n, 1000).isOverCapacity(), n > 1000);
        }
    }

    void namesAndColours()
    {
        QStringList names;
        for (int l = 0; l < 4; ++l) {
            names.append(Congestion::name(Congestion::Level(l)));
            QVERIFY(Congestion::color(Congestion::Level(l)).startsWith(QLatin1Char('#')));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("high"), QStringLiteral("critical")}));
    }
};

QTEST_GUILESS_MAIN(TestCongestion)
#include "tst_congestion.moc"
