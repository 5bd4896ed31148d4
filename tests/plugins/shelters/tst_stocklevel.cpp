// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "sheltercatalogue.h"
#include "shelterreader.h"
#include "shelterregistry.h"
#include "stocklevel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

/// \brief Days of supply and coverage: the arithmetic, the seeded catalogue, and the shortages the
/// reader derives from the twin.
class TestStockLevel : public QObject
{
    Q_OBJECT

private slots:
    void consumables_data()
    {
        QTest::addColumn<double>("daily");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<int>("occupancy");
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("state");
        // 3 L per person and day.
        QTest::newRow("900 L for 100 people: 3 days") << 3.0 << 900.0 << 100 << 3.0 << "sufficient";
        QTest::newRow("899 L for 100 people: low") << 3.0 << 899.0 << 100 << 899.0 / 300.0 << "low";
        QTest::newRow("300 L for 100 people: 1 day") << 3.0 << 300.0 << 100 << 1.0 << "low";
        QTest::newRow("299 L for 100 people: shortage") << 3.0 << 299.0 << 100 << 299.0 / 300.0 << "shortage";
        QTest::newRow("nothing for 1 person") << 3.0 << 0.0 << 1 << 0.0 << "shortage";
        QTest::newRow("meals: 4500 for 250 people: 6 days") << 3.0 << 4500.0 << 250 << 6.0 << "sufficient";
        QTest::newRow("diapers 0.3/day: 30 for 50 people: 2 days") << 0.3 << 30.0 << 50 << 2.0 << "low";
        QTest::newRow("toilet bags 5/day: 12000 for 800: 3 days") << 5.0 << 12000.0 << 800 << 3.0 << "sufficient";
    }

    void consumables()
    {
        QFETCH(double, daily);
        QFETCH(double, quantity);
        QFETCH(int, occupancy);
        QFETCH(double, days);
        QFETCH(QString, state);
        const StockItem item{QStringLiteral("x"), QStringLiteral("L"), daily, 0.0};
        const StockLevel level = StockLevel::assess(item, quantity, occupancy);
        QVERIFY(level.daysLeft().has_value());
        QCOMPARE(*level.daysLeft(), days);
        QCOMPARE(level.dailyUse(), daily * occupancy);
        QCOMPARE(StockLevel::name(level.state()), state);
    }

    void emptyShelterUsesNothing()
    {
        const StockItem water{QStringLiteral("water"), QStringLiteral("L"), 3.0, 0.0};
        const StockLevel level = StockLevel::assess(water, 0.0, 0);
        QVERIFY(!level.daysLeft().has_value());
        QCOMPARE(level.state(), StockLevel::State::Sufficient);
        QCOMPARE(level.dailyUse(), 0.0);
    }

    void durables_data()
    {
        QTest::addColumn<double>("perPerson");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<int>("occupancy");
        QTest::addColumn<double>("needed");
        QTest::addColumn<bool>("shortage");
        QTest::newRow("blankets 120 for 120") << 1.0 << 120.0 << 120 << 120.0 << false;
        QTest::newRow("blankets 119 for 120") << 1.0 << 119.0 << 120 << 120.0 << true;
        QTest::newRow("kits 1 per 100: 3 for 300") << 0.01 << 3.0 << 300 << 3.0 << false;
        QTest::newRow("kits 1 per 100: 3 for 301 needs 4") << 0.01 << 3.0 << 301 << 4.0 << true;
        QTest::newRow("kits: 1 for 1 person") << 0.01 << 1.0 << 1 << 1.0 << false;
        QTest::newRow("kits: 0 for 1 person") << 0.01 << 0.0 << 1 << 1.0 << true;
        QTest::newRow("nobody inside needs nothing") << 1.0 << 0.0 << 0 << 0.0 << false;
    }

    void durables()
    {
        QFETCH(double, perPerson);
        QFETCH(double, quantity);
        QFETCH(int, occupancy);
        QFETCH(double, needed);
        QFETCH(bool, shortage);
        const StockItem item{QStringLiteral("blankets"), QStringLiteral("pieces"), 0.0, perPerson};
        const StockLevel level = StockLevel::assess(item, quantity, occupancy);
        QVERIFY(!level.daysLeft().has_value());
        QCOMPARE(level.needed(), needed);
        QCOMPARE(level.isShortage(), shortage);
    }

    void seededCatalogue()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")), {{QStringLiteral("A"), 100}});
        auto catalogue = ShelterCatalogue::load(twin->handle());
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().toString()));
        const StockItem *water = catalogue->stockItem(QStringLiteral("water"));
        QVERIFY(water);
        QCOMPARE(water->dailyPerPerson, 3.0);
        QCOMPARE(water->unit, QStringLiteral("L"));
        QCOMPARE(catalogue->stockItem(QStringLiteral("food"))->dailyPerPerson, 3.0);
        QCOMPARE(catalogue->stockItem(QStringLiteral("blankets"))->perPerson, 1.0);
        QCOMPARE(catalogue->stockItem(QStringLiteral("medical_kits"))->perPerson, 0.01);
        QVERIFY(!catalogue->stockItem(QStringLiteral("caviar")));
        QCOMPARE(catalogue->loadModel().baseKw(), 5.0);
        QCOMPARE(catalogue->loadModel().perPersonKw(), 0.1);
        QCOMPARE(catalogue->loadModel().kwPerPerson(QStringLiteral("oxygen")), 0.35);
    }

    void shortagesFromTheTwin()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir.filePath(QStringLiteral("t.gpkg")), {{QStringLiteral("A"), 100}});
        ShelterRegistry registry(*twin);
        QVERIFY(registry.transition(test::hq(), 1, ShelterStatus::Opening).ok());
        QVERIFY(registry.transition(test::hq(), 1, ShelterStatus::Open).ok());
        QVERIFY(registry.checkIn(test::hq(), 1, 50).ok());
        // 50 people: water 150 L/day, food 150 meals/day, toilet bags 250/day, diapers 15/day,
        // formula 250 g/day, 50 blankets, 1 medical kit.
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("water"), 600).ok());        // 4 days
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("food"), 300).ok());         // 2 days: low
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("toilet_bags"), 249).ok());  // < 1 day
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("diapers"), 45).ok());       // 3 days
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("baby_formula"), 750).ok()); // 3 days
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("blankets"), 49).ok());      // one short
        QVERIFY(registry.setStock(test::hq(), 1, QStringLiteral("medical_kits"), 1).ok());
        ShelterReader reader(*twin);
        auto r = reader.read(1);
        QVERIFY(r.ok());
        QCOMPARE(r->stock.value(QStringLiteral("water")), 600.0);
        QCOMPARE(r->shortageItems, (QStringList{QStringLiteral("toilet_bags"), QStringLiteral("blankets")}));
        QCOMPARE(r->lowItems, QStringList{QStringLiteral("food")});
        // A delivery adds, a use subtracts; below zero is refused and changes nothing.
        QVERIFY(registry.adjustStock(test::hq(), 1, QStringLiteral("toilet_bags"), 1).ok());
        QVERIFY(registry.adjustStock(test::hq(), 1, QStringLiteral("food"), -100).ok());
        const QString before = test::contents(*twin);
        const core::Status negative = registry.adjustStock(test::hq(), 1, QStringLiteral("food"), -201);
        QCOMPARE(negative.error().kind, core::Error::Kind::Refused);
        QCOMPARE(test::contents(*twin), before);
        r = reader.read(1);
        QCOMPARE(r->stock.value(QStringLiteral("food")), 200.0);
        QCOMPARE(r->stock.value(QStringLiteral("toilet_bags")), 250.0);
        QCOMPARE(r->shortageItems, QStringList{QStringLiteral("blankets")});
        QVERIFY(r->lowItems.contains(QStringLiteral("food")));
        QVERIFY(r->lowItems.contains(QStringLiteral("toilet_bags")));
    }
};

QTEST_GUILESS_MAIN(TestStockLevel)
#include "tst_stocklevel.moc"
