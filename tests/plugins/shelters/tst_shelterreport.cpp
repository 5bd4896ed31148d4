// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "requestbook.h"
#include "shelterreport.h"
#include "shelterregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

namespace {

QString figure(const plugin::ReportSection &section, const QString &label)
{
    for (const auto &[name, value] : section.figures) {
        if (name == label)
            return value;
    }
    return QStringLiteral("<missing %1>").arg(label);
}

} // namespace

/// \brief The shelters' report sections, now and as of an earlier moment.
class TestShelterReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_twin = test::makeTwin(m_dir.filePath(QStringLiteral("r.gpkg")),
                                {{QStringLiteral("桜"), 100, true, true, true, true, true, QStringLiteral("Sakura")},
                                 {QStringLiteral("竹"), 50, true, true, true, true, true, QStringLiteral("Take")},
                                 {QStringLiteral("梅"), 80, true, true, true, true, true, QStringLiteral("Ume")}});
        test::ManualClock clock;
        m_t0 = *clock.now;
        ShelterRegistry r(*m_twin, clock.clock());
        RequestBook book(*m_twin, clock.clock());
        const core::Actor a = test::hq();
        // 09:00–09:10: Sakura opens with 40; a request is raised.
        QVERIFY(r.transition(a, 1, ShelterStatus::Opening).ok());
        QVERIFY(r.transition(a, 1, ShelterStatus::Open).ok());
        QVERIFY(r.checkIn(a, 1, 40).ok());
        m_request = book.create(test::staff(1), 1, RequestKind::Supplies, QStringLiteral("water"), QStringLiteral("water"), 300.0).value();
        clock.advance(3600);
        m_t1 = *clock.now;   // 10:00: state A
        clock.advance(60);
        // 10:01 on: Take opens with 50 (full), Sakura gets 20 more, the request is acknowledged.
        QVERIFY(r.transition(a, 2, ShelterStatus::Opening).ok());
        QVERIFY(r.transition(a, 2, ShelterStatus::Open).ok());
        QVERIFY(r.checkIn(a, 2, 50).ok());
        QVERIFY(r.transition(a, 2, ShelterStatus::Full).ok());
        QVERIFY(r.checkIn(a, 1, 20).ok());
        QVERIFY(book.acknowledge(a, m_request).ok());
        clock.advance(60);
        m_t2 = *clock.now;
    }

    void now()
    {
        plugin::ReportContext context;
        context.store = m_twin.get();
        context.at = m_t2;
        context.language = QStringLiteral("en");
        const auto sections = ShelterReport::sections(context);
        QCOMPARE(sections.size(), std::size_t(3));
        QCOMPARE(sections[0].id, QStringLiteral("shelters.totals"));
        QCOMPARE(figure(sections[0], QStringLiteral("Open shelters (open or full)")), QStringLiteral("2"));
        QCOMPARE(figure(sections[0], QStringLiteral("Evacuees in shelters")), QStringLiteral("110"));
        QCOMPARE(figure(sections[0], QStringLiteral("Open requests")), QStringLiteral("1"));
        QCOMPARE(figure(sections[0], QStringLiteral("Requests not yet acknowledged")), QStringLiteral("0"));
        // The operating shelters, English names, most urgent first (both short of everything;
        // Take is fuller).
        QCOMPARE(sections[1].tables.size(), 1);
        const plugin::ReportTable &table = sections[1].tables.front();
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows[0].size(), table.headers.size());
        QCOMPARE(table.rows[0][0], QStringLiteral("Take"));
        QCOMPARE(table.rows[0][2], QStringLiteral("50 / 50"));
        QCOMPARE(table.rows[1][0], QStringLiteral("Sakura"));
        QCOMPARE(table.rows[1][2], QStringLiteral("60 / 100"));
        QCOMPARE(table.rows[1][3], QStringLiteral("60 %"));
        // The open request, acknowledged, waiting 61 minutes.
        QCOMPARE(sections[2].tables.size(), 1);
        QCOMPARE(sections[2].tables.front().rows.size(), 1);
        QCOMPARE(sections[2].tables.front().rows[0][0], QStringLiteral("桜"));
        QCOMPARE(sections[2].tables.front().rows[0][3], QStringLiteral("acknowledged"));
        QCOMPARE(sections[2].tables.front().rows[0][5], QStringLiteral("1 h 02 min"));
    }

    void asOfAnEarlierMoment()
    {
        plugin::ReportContext context;
        context.store = m_twin.get();
        context.at = m_t1;
        context.language = QStringLiteral("en");
        const auto sections = ShelterReport::sections(context);
        QCOMPARE(figure(sections[0], QStringLiteral("Open shelters (open or full)")), QStringLiteral("1"));
        QCOMPARE(figure(sections[0], QStringLiteral("Evacuees in shelters")), QStringLiteral("40"));
        QCOMPARE(figure(sections[0], QStringLiteral("Requests not yet acknowledged")), QStringLiteral("1"));
        const plugin::ReportTable &table = sections[1].tables.front();
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows[0][0], QStringLiteral("Sakura"));
        QCOMPARE(table.rows[0][2], QStringLiteral("40 / 100"));
        QCOMPARE(sections[2].tables.front().rows[0][3], QStringLiteral("requested"));
        QCOMPARE(sections[2].tables.front().rows[0][5], QStringLiteral("1 h 00 min"));
        // Before anything happened: nothing operating, no requests.
        context.at = m_t0.addSecs(-60);
        const auto before = ShelterReport::sections(context);
        QCOMPARE(figure(before[0], QStringLiteral("Open shelters (open or full)")), QStringLiteral("0"));
        QVERIFY(before[1].tables.isEmpty());
        QVERIFY(before[2].tables.isEmpty());
    }

    void noStore()
    {
        QVERIFY(ShelterReport::sections(plugin::ReportContext{}).empty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    QDateTime m_t0;
    QDateTime m_t1;
    QDateTime m_t2;
    qint64 m_request = 0;
};

QTEST_GUILESS_MAIN(TestShelterReport)
#include "tst_shelterreport.moc"
