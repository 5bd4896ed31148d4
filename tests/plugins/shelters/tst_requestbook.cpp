// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterstestsupport.h"

#include "messagethread.h"
#include "requestbook.h"
#include "shelterreader.h"
#include "shelterregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::shelters;

Q_DECLARE_METATYPE(ct::shelters::RequestStatus)

namespace {

const QList<QPair<QString, QString>> kEdges{
    {QStringLiteral("requested"), QStringLiteral("acknowledged")}, {QStringLiteral("requested"), QStringLiteral("declined")},
    {QStringLiteral("acknowledged"), QStringLiteral("dispatched")}, {QStringLiteral("acknowledged"), QStringLiteral("declined")},
    {QStringLiteral("dispatched"), QStringLiteral("delivered")},
};

QList<RequestStatus> pathTo(RequestStatus status)
{
    using S = RequestStatus;
    switch (status) {
    case S::Requested:
        return {};
    case S::Acknowledged:
        return {S::Acknowledged};
    case S::Dispatched:
        return {S::Acknowledged, S::Dispatched};
    case S::Delivered:
        return {S::Acknowledged, S::Dispatched, S::Delivered};
    case S::Declined:
        return {S::Declined};
    }
    return {};
}

core::Status step(RequestBook &book, const core::Actor &actor, qint64 id, RequestStatus to, const QString &text = QStringLiteral("reason"))
{
    switch (to) {
    case RequestStatus::Acknowledged:
        return book.acknowledge(actor, id);
    case RequestStatus::Dispatched:
        return book.dispatch(actor, id);
    case RequestStatus::Delivered:
        return book.deliver(actor, id);
    case RequestStatus::Declined:
        return book.decline(actor, id, text);
    case RequestStatus::Requested:
        break;
    }
    return core::Error::internal(QStringLiteral("no step back to requested"));
}

} // namespace

/// \brief Requests and message threads: lifecycle, reasons, bound-shelter refusals, ordering by
/// age, deliveries into the stock.
class TestRequestBook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyPair_data()
    {
        QTest::addColumn<RequestStatus>("from");
        QTest::addColumn<RequestStatus>("to");
        QTest::addColumn<bool>("allowed");
        for (RequestStatus from : RequestLifecycle::kStatuses) {
            for (RequestStatus to : RequestLifecycle::kStatuses) {
                const QString a = RequestLifecycle::name(from);
                const QString b = RequestLifecycle::name(to);
                QTest::addRow("%s->%s", qPrintable(a), qPrintable(b)) << from << to << kEdges.contains({a, b});
            }
        }
    }

    void everyPair()
    {
        QFETCH(RequestStatus, from);
        QFETCH(RequestStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(RequestLifecycle::isAllowed(from, to), allowed);
        if (to == RequestStatus::Requested)
            return; // no action leads back to "requested"
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("pair%1.gpkg").arg(++m_count)), {{QStringLiteral("A"), 50}});
        RequestBook book(*twin);
        auto id = book.create(test::staff(1), 1, RequestKind::Medical, QStringLiteral("insulin for 3"));
        QVERIFY(id.ok());
        for (RequestStatus s : pathTo(from))
            QVERIFY(step(book, test::hq(), *id, s).ok());
        const QString before = test::contents(*twin);
        const core::Status done = step(book, test::hq(), *id, to);
        QCOMPARE(done.ok(), allowed);
        QCOMPARE(book.request(*id)->status, allowed ? to : from);
        if (!allowed) {
            QCOMPARE(done.error().kind, core::Error::Kind::Refused);
            QCOMPARE(test::contents(*twin), before);
        } else {
            QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM shelter_request_event"), qint64(pathTo(from).size() + 2));
        }
    }

    void declineNeedsAReason()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("decline.gpkg")), {{QStringLiteral("A"), 50}});
        RequestBook book(*twin);
        const qint64 id = book.create(test::staff(1), 1, RequestKind::Staff, QStringLiteral("2 nurses")).value();
        const QString before = test::contents(*twin);
        for (const QString &blank : {QString(), QStringLiteral("   ")}) {
            const core::Status s = book.decline(test::hq(), id, blank);
            QCOMPARE(s.error().kind, core::Error::Kind::InvalidInput);
            QCOMPARE(test::contents(*twin), before);
        }
        QVERIFY(book.decline(test::hq(), id, QStringLiteral("  no nurses left today ")).ok());
        auto r = book.request(id);
        QCOMPARE(r->status, RequestStatus::Declined);
        QCOMPARE(r->declineReason, QStringLiteral("no nurses left today"));
        QVERIFY(r->closedAt.isValid());
        // The database refuses a declined row without reason even behind the code's back.
        QVERIFY(sqlite3_exec(twin->handle(), "UPDATE shelter_request SET decline_reason = NULL", nullptr, nullptr, nullptr) != SQLITE_OK);
    }

    void lifecycleTimesAndAudit()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("times.gpkg")), {{QStringLiteral("A"), 50}});
        test::ManualClock clock;
        const QDateTime t0 = *clock.now;
        RequestBook book(*twin, clock.clock());
        const qint64 id = book.create(test::staff(1), 1, RequestKind::Supplies, QStringLiteral("water"), QStringLiteral("water"), 600.0).value();
        clock.advance(600);
        QVERIFY(book.acknowledge(test::hq(), id, QStringLiteral("on it")).ok());
        clock.advance(1200);
        QVERIFY(book.dispatch(test::hq(), id).ok());
        clock.advance(1800);
        QVERIFY(book.deliver(test::staff(1), id).ok());
        auto r = book.request(id);
        QCOMPARE(r->requestedAt, t0);
        QCOMPARE(r->acknowledgedAt, t0.addSecs(600));
        QCOMPARE(r->dispatchedAt, t0.addSecs(1800));
        QCOMPARE(r->closedAt, t0.addSecs(3600));
        QCOMPARE(r->requestedBy, QStringLiteral("staff-suzuki"));
        QCOMPARE(r->requestedRole, QStringLiteral("shelter-staff"));
        QCOMPARE(r->updatedBy, QStringLiteral("staff-suzuki"));
        // Delivered water went into the stock in the same transaction.
        QCOMPARE(test::scalar(*twin, "SELECT CAST(quantity AS INTEGER) FROM shelter_stock WHERE shelter_fid = 1 AND item = 'water'"), qint64(600));
        const auto audit = twin->auditLog(4);
        QCOMPARE(audit[0].action, QStringLiteral("shelters.confirm-delivery"));
        QCOMPARE(audit[0].target, QStringLiteral("shelter:1/request:%1").arg(id));
        QCOMPARE(audit[0].after.value(QStringLiteral("stock_added")).toDouble(), 600.0);
        QCOMPARE(audit[1].action, QStringLiteral("shelters.handle-request"));
        QCOMPARE(audit[3].action, QStringLiteral("shelters.request"));
        QCOMPARE(audit[3].after.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM shelter_request_event WHERE request_id = 1"), qint64(4));
        QCOMPARE(test::scalar(*twin, "SELECT count(*) FROM shelter_request_event WHERE note = 'on it'"), qint64(1));
    }

    void staffOnlyForBoundShelters()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("bound.gpkg")),
                                   {{QStringLiteral("A"), 50}, {QStringLiteral("B"), 50}, {QStringLiteral("C"), 50}});
        RequestBook book(*twin);
        MessageThread thread(*twin);
        core::Actor twoShelters = test::staff(1);
        twoShelters.bindings.append(QStringLiteral("shelter:3"));
        const QString before = test::contents(*twin);
        // Shelter 2 is not theirs: no request, no message, nothing written.
        auto request = book.create(twoShelters, 2, RequestKind::Supplies, QStringLiteral("food"));
        QCOMPARE(request.error().kind, core::Error::Kind::Refused);
        auto message = thread.post(twoShelters, 2, QStringLiteral("hello"));
        QCOMPARE(message.error().kind, core::Error::Kind::Refused);
        // "shelter:1" does not cover "shelter:12" (prefix trap) — and an unknown shelter is refused
        // by the permission before its existence is even looked at.
        auto twelve = thread.post(twoShelters, 12, QStringLiteral("hello"));
        QCOMPARE(twelve.error().kind, core::Error::Kind::Refused);
        QCOMPARE(test::contents(*twin), before);
        // Their own shelters work.
        QVERIFY(book.create(twoShelters, 1, RequestKind::Supplies, QStringLiteral("food")).ok());
        QVERIFY(thread.post(twoShelters, 3, QStringLiteral("all calm")).ok());
        // HQ reaches every thread; an unknown shelter is NotFound for HQ and writes nothing.
        QVERIFY(thread.post(test::hq(), 2, QStringLiteral("how many inside?")).ok());
        const QString after = test::contents(*twin);
        QCOMPARE(thread.post(test::hq(), 99, QStringLiteral("?")).error().kind, core::Error::Kind::NotFound);
        QCOMPARE(book.create(test::hq(), 99, RequestKind::Staff, QStringLiteral("x")).error().kind, core::Error::Kind::NotFound);
        QCOMPARE(test::contents(*twin), after);
        // A planner reads only.
        QCOMPARE(thread.post(test::planner(), 1, QStringLiteral("hi")).error().kind, core::Error::Kind::Refused);
    }

    void messagesThread()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("thread.gpkg")), {{QStringLiteral("A"), 50}, {QStringLiteral("B"), 50}});
        const QDateTime start(QDate(2026, 9, 10), QTime(9, 0), Qt::UTC);
        MessageThread thread(*twin, test::steppingClock(start, 30));
        QVERIFY(thread.post(test::hq(), 1, QStringLiteral("status?")).ok());
        QVERIFY(thread.post(test::staff(1), 1, QStringLiteral("  40 inside, water low  ")).ok());
        QVERIFY(thread.post(test::hq(), 2, QStringLiteral("other thread")).ok());
        const QString before = test::contents(*twin);
        QCOMPARE(thread.post(test::hq(), 1, QStringLiteral("   ")).error().kind, core::Error::Kind::InvalidInput);
        QCOMPARE(thread.post(test::hq(), 1, QString(MessageThread::kMaxLength + 1, QLatin1Char('x'))).error().kind,
                 core::Error::Kind::InvalidInput);
        QCOMPARE(test::contents(*twin), before);
        auto messages = thread.messages(1);
        QVERIFY(messages.ok());
        QCOMPARE(messages->size(), std::size_t(2));
        QCOMPARE(messages->at(0).body, QStringLiteral("status?"));
        QCOMPARE(messages->at(0).author, QStringLiteral("hq-sato"));
        QCOMPARE(messages->at(0).role, QStringLiteral("hq-commander"));
        QCOMPARE(messages->at(0).at, start);
        QCOMPARE(messages->at(1).body, QStringLiteral("40 inside, water low"));
        QCOMPARE(messages->at(1).role, QStringLiteral("shelter-staff"));
        QCOMPARE(messages->at(1).at, start.addSecs(30));
        // The newest `limit`, still oldest first.
        auto last = thread.messages(1, 1);
        QCOMPARE(last->size(), std::size_t(1));
        QCOMPARE(last->at(0).body, QStringLiteral("40 inside, water low"));
    }

    void requestValidation()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("valid.gpkg")), {{QStringLiteral("A"), 50}});
        RequestBook book(*twin);
        const QString before = test::contents(*twin);
        QCOMPARE(book.create(test::hq(), 1, RequestKind::Supplies, QStringLiteral(" ")).error().kind, core::Error::Kind::InvalidInput);
        QCOMPARE(book.create(test::hq(), 1, RequestKind::Supplies, {}, QStringLiteral("caviar"), 1.0).error().kind,
                 core::Error::Kind::InvalidInput);
        QCOMPARE(book.create(test::hq(), 1, RequestKind::Power, {}, QStringLiteral("water"), 1.0).error().kind,
                 core::Error::Kind::InvalidInput);
        QCOMPARE(book.create(test::hq(), 1, RequestKind::Supplies, {}, QStringLiteral("water"), -5.0).error().kind,
                 core::Error::Kind::InvalidInput);
        QCOMPARE(book.create(test::hq(), 1, RequestKind::Supplies, {}, QStringLiteral("water"), 0.0).error().kind,
                 core::Error::Kind::InvalidInput);
        QCOMPARE(book.acknowledge(test::hq(), 42).error().kind, core::Error::Kind::NotFound);
        QCOMPARE(test::contents(*twin), before);
    }

    //! Unacknowledged requests first, the oldest on top; then acknowledged, dispatched, closed.
    void attentionOrder()
    {
        auto twin = test::makeTwin(m_dir.filePath(QStringLiteral("order.gpkg")), {{QStringLiteral("A"), 50}, {QStringLiteral("B"), 50}});
        test::ManualClock clock;
        RequestBook book(*twin, clock.clock());
        auto make = [&](qint64 fid, const char *what) {
            clock.advance(60);
            return book.create(test::hq(), fid, RequestKind::Supplies, QString::fromLatin1(what)).value();
        };
        const qint64 a = make(1, "a");   // oldest, will be acknowledged
        const qint64 b = make(2, "b");   // unacknowledged
        const qint64 c = make(1, "c");   // delivered
        const qint64 d = make(2, "d");   // unacknowledged, newer
        const qint64 e = make(1, "e");   // declined
        const qint64 f = make(1, "f");   // dispatched
        QVERIFY(book.acknowledge(test::hq(), a).ok());
        QVERIFY(book.acknowledge(test::hq(), c).ok());
        QVERIFY(book.dispatch(test::hq(), c).ok());
        clock.advance(60);
        QVERIFY(book.deliver(test::hq(), c).ok());
        clock.advance(60);
        QVERIFY(book.decline(test::hq(), e, QStringLiteral("duplicate")).ok());
        QVERIFY(book.acknowledge(test::hq(), f).ok());
        QVERIFY(book.dispatch(test::hq(), f).ok());
        auto all = book.requests({});
        QVERIFY(all.ok());
        QList<qint64> ids;
        for (const ShelterRequest &r : *all)
            ids.append(r.id);
        QCOMPARE(ids, (QList<qint64>{b, d, a, f, e, c}));
        QCOMPARE(all->front().shelterName, QStringLiteral("B"));
        // Ages as of now: b was raised 2 min after the clock's start.
        const QDateTime now = *clock.now;
        QCOMPARE(all->front().ageSeconds(now), all->front().requestedAt.secsTo(now));
        QVERIFY(all->front().ageSeconds(now) > all->at(1).ageSeconds(now));
        RequestBook::Query open;
        open.openOnly = true;
        open.shelterFid = 1;
        ids.clear();
        const auto openOfOne = book.requests(open);
        QVERIFY(openOfOne.ok());
        for (const ShelterRequest &r : openOfOne.value())
            ids.append(r.id);
        QCOMPARE(ids, (QList<qint64>{a, f}));
        // The reader counts them per shelter.
        ShelterReader reader(*twin);
        auto one = reader.read(1).value();
        QCOMPARE(one.openRequests, 2);
        QCOMPARE(one.unacknowledgedRequests, 0);
        auto two = reader.read(2).value();
        QCOMPARE(two.openRequests, 2);
        QCOMPARE(two.unacknowledgedRequests, 2);
        QCOMPARE(two.oldestUnacknowledgedAt, book.request(b)->requestedAt);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestRequestBook)
#include "tst_requestbook.moc"
