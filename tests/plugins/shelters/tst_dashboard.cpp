// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "dashboard.h"
#include "requestbook.h"
#include "shelterdashboard.h"
#include "shelterregistry.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

/// \brief The HQ dashboard's figures, filters and orders on a small hand-made situation.
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 1 Asahi: open, 90 of 100 (critical), no power, shortage of water
        // 2 Bunka: full, 70 of 70 (critical), grid, stock fine; one unacknowledged request
        // 3 Chuo: opening, 10 of 200 (low), generator; flood-unsuitable; older unacknowledged request
        // 4 Dai: closed, capacity 300; flood-unsuitable
        // 5 Eki: open, 40 of 100 (moderate), fuel-cell bus
        test::TestShelter asahi{QStringLiteral("Asahi"), 100};
        test::TestShelter bunka{QStringLiteral("Bunka"), 70};
        test::TestShelter chuo{QStringLiteral("Chuo"), 200};
        chuo.flood = false;
        chuo.nameEn = QStringLiteral("Central");
        test::TestShelter dai{QStringLiteral("Dai"), 300};
        dai.flood = false;
        test::TestShelter eki{QStringLiteral("Eki"), 100};
        m_twin = test::makeTwin(m_dir.filePath(QStringLiteral("d.gpkg")), {asahi, bunka, chuo, dai, eki});
        test::ManualClock clock;
        ShelterRegistry r(*m_twin, clock.clock());
        RequestBook book(*m_twin, clock.clock());
        const core::Actor a = test::system();
        auto open = [&](qint64 fid, int people) {
            QVERIFY(r.transition(a, fid, ShelterStatus::Opening).ok());
            QVERIFY(r.transition(a, fid, ShelterStatus::Open).ok());
            if (people > 0)
                QVERIFY(r.checkIn(a, fid, people).ok());
        };
        open(1, 90);
        open(2, 70);
        QVERIFY(r.transition(a, 2, ShelterStatus::Full).ok());
        QVERIFY(r.transition(a, 3, ShelterStatus::Opening).ok());
        QVERIFY(r.checkIn(a, 3, 10).ok());
        open(5, 40);
        QVERIFY(r.setPower(a, 1, PowerSource::None).ok());
        QVERIFY(r.setPower(a, 3, PowerSource::Generator).ok());
        QVERIFY(r.setPower(a, 5, PowerSource::FuelCellBus).ok());
        QVERIFY(r.setMedicalCount(a, 5, QStringLiteral("oxygen"), 1).ok());
        // Stock for 3 days everywhere that is open, except water at Asahi.
        const std::vector<std::pair<qint64, int>> people{{1, 90}, {2, 70}, {3, 10}, {5, 40}};
        for (const auto &[fid, n] : people) {
            for (const char *item : {"water", "food", "toilet_bags", "diapers", "baby_formula", "blankets", "medical_kits"}) {
                const QString key = QString::fromLatin1(item);
                const double quantity = key == QLatin1String("blankets") ? n : key == QLatin1String("medical_kits") ? 1 : 1e6;
                QVERIFY(r.setStock(a, fid, key, fid == 1 && key == QLatin1String("water") ? 100.0 : quantity).ok());
            }
        }
        clock.advance(60);
        QVERIFY(book.create(a, 3, RequestKind::Staff, QStringLiteral("two more staff")).ok());
        clock.advance(60);
        QVERIFY(book.create(a, 2, RequestKind::Supplies, QStringLiteral("futons")).ok());
        clock.advance(60);
        const qint64 acked = book.create(a, 5, RequestKind::Medical, QStringLiteral("oxygen cylinders")).value();
        QVERIFY(book.acknowledge(a, acked).ok());
        const qint64 done = book.create(a, 5, RequestKind::Power, QStringLiteral("bus")).value();
        QVERIFY(book.decline(a, done, QStringLiteral("no bus free")).ok());
    }

    void totals()
    {
        auto d = Dashboard::read(*m_twin);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        const DashboardTotals &t = d->totals();
        QCOMPARE(t.shelters, 5);
        QCOMPARE(t.openShelters, 3);          // Asahi, Bunka (full), Eki
        QCOMPARE(t.activeShelters, 4);        // + Chuo opening
        QCOMPARE(t.evacuees, 90 + 70 + 10 + 40);
        QCOMPARE(t.capacity, 100 + 70 + 200 + 300 + 100);
        QCOMPARE(t.openCapacity, 100 + 70 + 200 + 100);
        QCOMPARE(t.freePlaces, 10 + 0 + 190 + 60);
        QCOMPARE(t.noPower, 1);
        QCOMPARE(t.shortages, 1);
        QCOMPARE(t.overCapacity, 0);
        QCOMPARE(t.medicalCount, 1);
        QCOMPARE(t.openRequests, 3);
        QCOMPARE(t.unacknowledgedRequests, 2);
        // 4 active shelters × 5 kW + 0.1 × 210 persons + 0.35 oxygen
        QVERIFY(qAbs(t.loadKw - (20.0 + 21.0 + 0.35)) < 1e-9);
        QCOMPARE(d->openRequests().size(), std::size_t(3));
        QCOMPARE(d->openRequests().front().shelterFid, qint64(3));   // the oldest unacknowledged
        QCOMPARE(d->openRequests().back().status, RequestStatus::Acknowledged);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QList<int>>("congestion");
        QTest::addColumn<QStringList>("powers");
        QTest::addColumn<QString>("hazard");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("attention");
        QTest::addColumn<QList<qint64>>("fids");
        const QList<int> none;
        QTest::newRow("everything") << QStringList() << none << QStringList() << QString() << QString() << false
                                    << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("open or full") << QStringList{QStringLiteral("open"), QStringLiteral("full")} << none << QStringList()
                                      << QString() << QString() << false << QList<qint64>{1, 2, 5};
        QTest::newRow("critical") << QStringList() << QList<int>{3} << QStringList() << QString() << QString() << false
                                  << QList<qint64>{1, 2};
        QTest::newRow("low or moderate") << QStringList() << QList<int>{0, 1} << QStringList() << QString() << QString() << false
                                         << QList<qint64>{3, 4, 5};
        QTest::newRow("no power") << QStringList() << none << QStringList{QStringLiteral("none")} << QString() << QString()
                                  << false << QList<qint64>{1};
        QTest::newRow("flood-suitable") << QStringList() << none << QStringList() << QStringLiteral("flood") << QString()
                                        << false << QList<qint64>{1, 2, 5};
        QTest::newRow("English name, any case") << QStringList() << none << QStringList() << QString() << QStringLiteral("cEnTr")
                                                << false << QList<qint64>{3};
        QTest::newRow("needs attention") << QStringList() << none << QStringList() << QString() << QString() << true
                                         << QList<qint64>{1, 2, 3};
        QTest::newRow("open and flood-suitable and moderate") << QStringList{QStringLiteral("open")} << QList<int>{1}
                                                              << QStringList() << QStringLiteral("flood") << QString() << false
                                                              << QList<qint64>{5};
    }

    void filters()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QList<int>, congestion);
        QFETCH(QStringList, powers);
        QFETCH(QString, hazard);
        QFETCH(QString, text);
        QFETCH(bool, attention);
        QFETCH(QList<qint64>, fids);
        auto d = Dashboard::read(*m_twin);
        ShelterFilter f;
        f.statuses = statuses;
        f.congestionLevels = congestion;
        f.powers = powers;
        f.hazard = hazard;
        f.text = text;
        f.attentionOnly = attention;
        QCOMPARE(fidsOf(*d, d->view(f, ShelterOrdering::Key::Name, true)), fids);
    }

    void orders_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QList<qint64>>("fids");
        // Attention: unacknowledged requests, oldest first (Chuo then Bunka); then flagged
        // (Asahi: no power, shortage); then by congestion (Eki 40 %, Dai closed 0 %).
        QTest::newRow("attention") << "attention" << true << QList<qint64>{3, 2, 1, 5, 4};
        QTest::newRow("attention ignores direction") << "attention" << false << QList<qint64>{3, 2, 1, 5, 4};
        QTest::newRow("name") << "name" << true << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("name descending") << "name" << false << QList<qint64>{5, 4, 3, 2, 1};
        QTest::newRow("occupancy") << "occupancy" << false << QList<qint64>{1, 2, 5, 3, 4};
        QTest::newRow("congestion") << "congestion" << false << QList<qint64>{2, 1, 5, 3, 4};
        QTest::newRow("capacity, ties by name") << "capacity" << true << QList<qint64>{2, 1, 5, 3, 4};
        QTest::newRow("free places") << "free" << false << QList<qint64>{4, 3, 5, 1, 2};
        QTest::newRow("status") << "status" << true << QList<qint64>{4, 3, 1, 5, 2};
        QTest::newRow("requests") << "requests" << false << QList<qint64>{2, 3, 5, 1, 4};
    }

    void orders()
    {
        QFETCH(QString, key);
        QFETCH(bool, ascending);
        QFETCH(QList<qint64>, fids);
        auto d = Dashboard::read(*m_twin);
        const auto k = ShelterOrdering::fromName(key);
        QVERIFY(k.has_value());
        QCOMPARE(fidsOf(*d, d->view({}, *k, ascending)), fids);
    }

    void overCapacityIsFlagged()
    {
        QTemporaryDir dir;
        auto twin = test::makeTwin(dir.filePath(QStringLiteral("o.gpkg")), {{QStringLiteral("Tiny"), 10}});
        ShelterRegistry r(*twin);
        QVERIFY(r.transition(test::hq(), 1, ShelterStatus::Opening).ok());
        QVERIFY(r.checkIn(test::hq(), 1, 12).ok());
        auto d = Dashboard::read(*twin);
        QCOMPARE(d->totals().overCapacity, 1);
        QCOMPARE(d->totals().freePlaces, 0);
        QVERIFY(ShelterFilter::needsAttention(d->shelters().front()));
    }

    //! The QML-facing object: refreshes that change nothing leave the detail alone (no editor is
    //! rebuilt under the operator's fingers); a change or a refused action updates it.
    void dashboardObjectRefreshes()
    {
        ShelterDashboard board;
        board.setRefreshInterval(0);
        board.setSource(m_twin.get(), test::hq());
        QVERIFY(board.isReady());
        QCOMPARE(board.totals().value(QStringLiteral("evacuees")).toInt(), 210);
        QCOMPARE(board.shelters()->count(), 5);
        QCOMPARE(board.openRequests()->count(), 3);
        QSignalSpy selection(&board, &ShelterDashboard::selectionChanged);
        board.setSelectedFid(5);
        QCOMPARE(selection.count(), 1);
        QCOMPARE(board.selected().value(QStringLiteral("occupancy")).toInt(), 40);
        board.refresh();
        board.refresh();
        QCOMPARE(selection.count(), 1);
        // Another console checks people in: the next refresh shows it.
        QVERIFY(ShelterRegistry(*m_twin).checkIn(test::system(), 5, 2).ok());
        board.refresh();
        QCOMPARE(selection.count(), 2);
        QCOMPARE(board.selected().value(QStringLiteral("occupancy")).toInt(), 42);
        // A refused action reports the store's reason and resets the detail.
        QSignalSpy failed(&board, &ShelterDashboard::actionFailed);
        QVERIFY(!board.setStock(QStringLiteral("water"), -1));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(selection.count(), 3);
        QVERIFY(!board.errorString().isEmpty());
        // An action through the object is audited as the operator.
        QVERIFY(board.checkOut(2));
        QCOMPARE(m_twin->auditLog(1).front().operatorName, QStringLiteral("hq-sato"));
        QCOMPARE(board.selected().value(QStringLiteral("occupancy")).toInt(), 40);
        // The stock of the selected shelter, item by item, with days left at 40 persons.
        const QVariantList stock = board.selected().value(QStringLiteral("stock")).toList();
        QCOMPARE(stock.size(), 7);
        const QVariantMap water = stock.front().toMap();
        QCOMPARE(water.value(QStringLiteral("item")).toString(), QStringLiteral("water"));
        QCOMPARE(water.value(QStringLiteral("daysLeft")).toDouble(), 1e6 / 120.0);
        // A planner's may-map is all false.
        board.setSource(m_twin.get(), test::planner());
        QVERIFY(!board.may().value(QStringLiteral("checkin")).toBool());
        QVERIFY(!board.checkIn(1));
        QVERIFY(board.errorString().contains(QLatin1String("planner")));
        board.setSelectedFid(-1);
        QVERIFY(board.selected().isEmpty());
    }

    void twinWithoutSheltersLayer()
    {
        QTemporaryDir dir;
        auto created = store::TwinStore::create(dir.filePath(QStringLiteral("empty.gpkg")));
        QVERIFY(created.ok());
        QVERIFY(created.value()->migrate(ShelterSchema::component(), ShelterSchema::migrations()).ok());
        auto d = Dashboard::read(*created.value());
        QVERIFY(d.ok());
        QCOMPARE(d->totals().shelters, 0);
        // Actions name the problem.
        ShelterRegistry r(*created.value());
        const core::Status s = r.checkIn(test::hq(), 1, 1);
        QCOMPARE(s.error().kind, core::Error::Kind::NotFound);
        QVERIFY(s.error().message.contains(QLatin1String("shelters layer")));
    }

private:
    static QList<qint64> fidsOf(const Dashboard &d, const std::vector<int> &rows)
    {
        QList<qint64> fids;
        for (int row : rows)
            fids.append(d.shelters()[std::size_t(row)].fid);
        return fids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
