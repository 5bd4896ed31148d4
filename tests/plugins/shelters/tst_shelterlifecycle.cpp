// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "shelterlifecycle.h"
#include "shelterreader.h"
#include "shelterregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

Q_DECLARE_METATYPE(ct::shelters::ShelterStatus)

namespace {

//! The documented graph, written out edge by edge (independently of the switch in the code).
const QList<QPair<QString, QString>> kEdges{
    {QStringLiteral("closed"), QStringLiteral("opening")}, {QStringLiteral("opening"), QStringLiteral("open")},
    {QStringLiteral("opening"), QStringLiteral("closing")}, {QStringLiteral("open"), QStringLiteral("full")},
    {QStringLiteral("full"), QStringLiteral("open")},       {QStringLiteral("open"), QStringLiteral("closing")},
    {QStringLiteral("full"), QStringLiteral("closing")},    {QStringLiteral("closing"), QStringLiteral("closed")},
};

//! Steps from closed to `status` along the graph.
QList<ShelterStatus> pathTo(ShelterStatus status)
{
    using S = ShelterStatus;
    switch (status) {
    case S::Closed:
        return {};
    case S::Opening:
        return {S::Opening};
    case S::Open:
        return {S::Opening, S::Open};
    case S::Full:
        return {S::Opening, S::Open, S::Full};
    case S::Closing:
        return {S::Opening, S::Closing};
    }
    return {};
}

} // namespace

/// \brief The shelter lifecycle: every ordered pair of states, in the graph and through the store.
class TestShelterLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyPair_data()
    {
        QTest::addColumn<ShelterStatus>("from");
        QTest::addColumn<ShelterStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (ShelterStatus from : ShelterLifecycle::kStatuses) {
            for (ShelterStatus to : ShelterLifecycle::kStatuses) {
                const QString a = ShelterLifecycle::name(from);
                const QString b = ShelterLifecycle::name(to);
                QTest::addRow("%s->%s", qPrintable(a), qPrintable(b)) << from << to << kEdges.contains({a, b});
            }
        }
    }

    void everyPair()
    {
        QFETCH(ShelterStatus, from);
        QFETCH(ShelterStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(ShelterLifecycle::isAllowed(from, to), allowed);
        QCOMPARE(ShelterLifecycle::check(from, to, 0).ok(), allowed);

        // The same through the store: walk a shelter to `from`, then try `to`.
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("pair%1.gpkg").arg(++m_count)), {{QStringLiteral("A"), 50}});
        ShelterRegistry registry(*twin);
        for (ShelterStatus step : pathTo(from))
            QVERIFY(registry.transition(test::hq(), 1, step).ok());
        const qint64 historyBefore = test::scalar(*twin, "SELECT count(*) FROM shelter_status_history");
        const qint64 auditBefore = test::scalar(*twin, "SELECT count(*) FROM ct_audit");
        const core::Status done = registry.transition(test::hq(), 1, to, QStringLiteral("test"));
        QCOMPARE(done.ok(), allowed);
        ShelterReader reader(*twin);
        auto record = reader.read(1);
        QVERIFY(record.ok());
        QCOMPARE(record->status, allowed ? to : from);
        QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM shelter_status_history"), historyBefore + (allowed ? 1 : 0));
        QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM ct_audit"), auditBefore + (allowed ? 1 : 0));
        if (!allowed) {
            QCOMPARE(done.error().kind, core::Error::Kind::Refused);
            // The message names both states (or says it already is in it).
            QVERIFY2(done.error().message.contains(ShelterLifecycle::title(to)), qPrintable(done.error().message));
        }
    }

    void closingWithPeopleInsideCannotClose()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("closing.gpkg")), {{QStringLiteral("A"), 50}});
        ShelterRegistry registry(*twin);
        QVERIFY(registry.transition(test::hq(), 1, ShelterStatus::Opening).ok());
        QVERIFY(registry.transition(test::hq(), 1, ShelterStatus::Open).ok());
        QVERIFY(registry.checkIn(test::hq(), 1, 12).ok());
        // Closing with people inside is allowed (the UI asks first) …
        QVERIFY(registry.transition(test::hq(), 1, ShelterStatus::Closing).ok());
        // … but closed only once everybody has left.
        const core::Status refused = registry.transition(test::hq(), 1, ShelterStatus::Closed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, core::Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("12")), qPrintable(refused.error().message));
        // A closing shelter admits nobody new, but people can leave.
        QCOMPARE(registry.checkIn(test::hq(), 1, 1).error().kind, core::Error::Kind::Refused);
        QVERIFY(registry.checkOut(test::hq(), 1, 12).ok());
        QVERIFY(registry.transition(test::hq(), 1, ShelterStatus::Closed).ok());
    }

    void historyIsTimestampedAndAttributed()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("history.gpkg")), {{QStringLiteral("A"), 50}});
        const QDateTime start(QDate(2026, 9, 10), QTime(9, 0), Qt::UTC);
        ShelterRegistry registry(*twin, test::steppingClock(start, 60));
        QVERIFY(registry.transition(test::hq(QStringLiteral("hq-a")), 1, ShelterStatus::Opening).ok());
        QVERIFY(registry.transition(test::staff(1, QStringLiteral("staff-b")), 1, ShelterStatus::Open, QStringLiteral("doors open")).ok());
        QVERIFY(registry.checkIn(test::staff(1), 1, 7).ok());
        QVERIFY(registry.transition(test::hq(QStringLiteral("hq-a")), 1, ShelterStatus::Full).ok());
        auto history = registry.history(1);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(3));
        const StatusChange &first = history->at(0);
        QCOMPARE(first.from, ShelterStatus::Closed);
        QCOMPARE(first.to, ShelterStatus::Opening);
        QCOMPARE(first.at, start);
        QCOMPARE(first.operatorName, QStringLiteral("hq-a"));
        QCOMPARE(first.role, QStringLiteral("hq-commander"));
        const StatusChange &second = history->at(1);
        QCOMPARE(second.at, start.addSecs(60));
        QCOMPARE(second.operatorName, QStringLiteral("staff-b"));
        QCOMPARE(second.role, QStringLiteral("shelter-staff"));
        QCOMPARE(second.note, QStringLiteral("doors open"));
        const StatusChange &third = history->at(2);
        QCOMPARE(third.to, ShelterStatus::Full);
        QCOMPARE(third.occupancy, 7);
        QCOMPARE(third.at, start.addSecs(180));
        // Each step is also an audit row with before and after.
        const auto audit = twin->auditLog(10);
        QCOMPARE(audit.size(), std::size_t(4));
        QCOMPARE(audit.front().action, QStringLiteral("shelters.transition"));
        QCOMPARE(audit.front().target, QStringLiteral("shelter:1"));
        QCOMPARE(audit.front().before.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(audit.front().after.value(QStringLiteral("status")).toString(), QStringLiteral("full"));
        QCOMPARE(audit.front().operatorName, QStringLiteral("hq-a"));
        QCOMPARE(audit.front().role, core::Role::HqCommander);
    }

    void namesRoundTrip()
    {
        for (ShelterStatus s : ShelterLifecycle::kStatuses)
            QCOMPARE(ShelterLifecycle::fromName(ShelterLifecycle::name(s)), std::optional<ShelterStatus>(s));
        QVERIFY(!ShelterLifecycle::fromName(QStringLiteral("flying")).has_value());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestShelterLifecycle)
#include "tst_shelterlifecycle.moc"
