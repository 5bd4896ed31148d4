// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Alert intake and lifecycle: every step attributed and audited, the lifecycle's rules, the
// permissions of each role, and bad input refused with nothing written.
#include "safetytestsupport.h"

#include "ct/safety/alertstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

Q_DECLARE_METATYPE(ct::safety::AlertDraft)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

qint64 count(store::TwinStore &twin, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(twin.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

Actor police() { return Actor{QStringLiteral("sato"), Role::PoliceLiaison, {}}; }
Actor schoolStaff(qint64 fid) { return Actor{QStringLiteral("suzuki"), Role::SchoolLiaison, {QStringLiteral("school:%1").arg(fid)}}; }

AlertDraft goodDraft()
{
    AlertDraft d;
    d.occurredFrom = QDateTime(QDate(2026, 3, 1), QTime(7, 30), Qt::UTC);  // 16:30 JST
    d.place = AlertPlace::mapPoint(test::schoolPosition(0));
    d.place.point->x += 150;
    d.category = QStringLiteral("声かけ");
    d.description = QStringLiteral("下校中の児童に車から声をかけた");
    d.suspectDescription = QStringLiteral("40歳代男性、白い軽自動車");
    d.sourceOrganisation = QStringLiteral("竹園西小学校");
    d.schoolFid = 1;
    d.personal = PersonalData{QStringLiteral("小学生"), QStringLiteral("小3"), QStringLiteral("029-000-0000")};
    return d;
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_twin = test::writeSafetyTwin(m_dir->filePath(QStringLiteral("t.gpkg")), false);
        m_store = std::make_unique<AlertStore>(*m_twin, [] { return kNow; });
    }
    void cleanup()
    {
        m_store.reset();
        m_twin.reset();
        m_dir.reset();
    }

    void recordIsStoredAttributedAndAudited()
    {
        const qint64 auditBefore = count(*m_twin, "SELECT count(*) FROM ct_audit");
        auto id = m_store->record(schoolStaff(1), goodDraft());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        auto a = m_store->alert(police(), id.value());
        QVERIFY(a.ok());
        QCOMPARE(a->status, AlertStatus::Received);
        QCOMPARE(a->category, Category::Approach);
        QCOMPARE(a->occurredFrom, goodDraft().occurredFrom);
        QCOMPARE(a->location.x, test::schoolPosition(0).x + 150);
        QCOMPARE(a->schoolFid, std::optional<qint64>(1));
        QVERIFY(a->personal.has_value());
        QCOMPARE(a->personal->reporterContact, QStringLiteral("029-000-0000"));
        QCOMPARE(a->origin, QStringLiteral("intake"));

        QCOMPARE(count(*m_twin, "SELECT count(*) FROM ct_audit"), auditBefore + 1);
        const auto audit = m_twin->auditLog(1);
        QCOMPARE(audit.front().action, QStringLiteral("safety.record"));
        QCOMPARE(audit.front().operatorName, QStringLiteral("suzuki"));
        QCOMPARE(audit.front().role, Role::SchoolLiaison);
        QCOMPARE(audit.front().target, QStringLiteral("school:1/safety_alert"));
        // The audit log is readable beyond the police: no personal data, no exact place in it.
        const QString auditText = QString::fromUtf8(QJsonDocument(audit.front().after).toJson());
        QVERIFY(!auditText.contains(QStringLiteral("029-000-0000")));
        QVERIFY(!auditText.contains(QStringLiteral("小3")));
        QVERIFY(!auditText.contains(QString::number(test::schoolPosition(0).x + 150, 'f', 1)));

        auto steps = m_store->history(police(), id.value());
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), std::size_t(1));
        QCOMPARE(steps->front().operatorName, QStringLiteral("suzuki"));
        QCOMPARE(steps->front().status, AlertStatus::Received);
    }

    void fullLifecycle()
    {
        auto id = m_store->record(police(), goodDraft());
        QVERIFY(id.ok());
        const Actor officer{QStringLiteral("tanaka"), Role::PoliceLiaison, {}};
        QVERIFY(m_store->transition(officer, *id, AlertStatus::Verified).ok());
        QVERIFY(m_store->transition(officer, *id, AlertStatus::Published).ok());
        QVERIFY(m_store->transition(officer, *id, AlertStatus::Closed, QStringLiteral("容疑者特定")).ok());
        auto a = m_store->alert(police(), *id);
        QCOMPARE(a->status, AlertStatus::Closed);
        QCOMPARE(a->statusReason, QStringLiteral("容疑者特定"));
        auto steps = m_store->history(police(), *id);
        QCOMPARE(steps->size(), std::size_t(4));
        const AlertStatus expected[] = {AlertStatus::Received, AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(steps->at(i).status, expected[i]);
        QCOMPARE(steps->at(1).operatorName, QStringLiteral("tanaka"));
        QCOMPARE(steps->at(1).role, Role::PoliceLiaison);
        const auto audit = m_twin->auditLog(3);
        QCOMPARE(audit[0].action, QStringLiteral("safety.close"));
        QCOMPARE(audit[1].action, QStringLiteral("safety.publish"));
        QCOMPARE(audit[2].action, QStringLiteral("safety.verify"));
        QCOMPARE(audit[2].before.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(audit[2].after.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(audit[2].target, QStringLiteral("school:1/safety_alert/%1").arg(*id));
        // Closed alerts may still be retracted; retracted is final.
        QVERIFY(!m_store->transition(officer, *id, AlertStatus::Retracted).ok());  // no reason
        QVERIFY(m_store->transition(officer, *id, AlertStatus::Retracted, QStringLiteral("誤報")).ok());
        const auto again = m_store->transition(officer, *id, AlertStatus::Retracted, QStringLiteral("twice"));
        QCOMPARE(again.error().kind, core::Error::Kind::Refused);
    }

    void lifecycleOrderIsEnforced_data()
    {
        QTest::addColumn<QList<int>>("path");      // statuses to go through before the step
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("allowed");
        using S = AlertStatus;
        QTest::newRow("received→published") << QList<int>{} << int(S::Published) << false;
        QTest::newRow("received→closed") << QList<int>{} << int(S::Closed) << false;
        QTest::newRow("received→verified") << QList<int>{} << int(S::Verified) << true;
        QTest::newRow("received→retracted") << QList<int>{} << int(S::Retracted) << true;
        QTest::newRow("verified→verified") << QList<int>{int(S::Verified)} << int(S::Verified) << false;
        QTest::newRow("verified→closed") << QList<int>{int(S::Verified)} << int(S::Closed) << true;
        QTest::newRow("published→verified") << QList<int>{int(S::Verified), int(S::Published)} << int(S::Verified) << false;
        QTest::newRow("closed→published") << QList<int>{int(S::Verified), int(S::Closed)} << int(S::Published) << false;
        QTest::newRow("retracted→verified") << QList<int>{int(S::Retracted)} << int(S::Verified) << false;
        QTest::newRow("retracted→published") << QList<int>{int(S::Retracted)} << int(S::Published) << false;
    }
    void lifecycleOrderIsEnforced()
    {
        QFETCH(QList<int>, path);
        QFETCH(int, step);
        QFETCH(bool, allowed);
        auto id = m_store->record(police(), goodDraft());
        QVERIFY(id.ok());
        for (int s : path)
            QVERIFY(m_store->transition(police(), *id, AlertStatus(s), QStringLiteral("reason")).ok());
        const qint64 audit = count(*m_twin, "SELECT count(*) FROM ct_audit");
        const qint64 steps = count(*m_twin, "SELECT count(*) FROM safety_alert_step");
        const AlertStatus statusBefore = m_store->alert(police(), *id)->status;
        const auto result = m_store->transition(police(), *id, AlertStatus(step), QStringLiteral("reason"));
        QCOMPARE(result.ok(), allowed);
        if (!allowed) {
            QCOMPARE(result.error().kind, core::Error::Kind::Refused);
            QCOMPARE(count(*m_twin, "SELECT count(*) FROM ct_audit"), audit);
            QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert_step"), steps);
            QCOMPARE(m_store->alert(police(), *id)->status, statusBefore);
        } else {
            QCOMPARE(m_store->alert(police(), *id)->status, AlertStatus(step));
        }
    }

    void permissionsByRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("bindings");
        QTest::addColumn<bool>("mayRecord");   // an alert for school 1
        QTest::addColumn<bool>("mayVerify");
        QTest::addColumn<bool>("mayRetract");
        QTest::newRow("police") << int(Role::PoliceLiaison) << QStringList{} << true << true << true;
        QTest::newRow("school 1") << int(Role::SchoolLiaison) << QStringList{QStringLiteral("school:1")} << true << false << true;
        QTest::newRow("school 2") << int(Role::SchoolLiaison) << QStringList{QStringLiteral("school:2")} << false << false << false;
        QTest::newRow("school 12 (prefix)") << int(Role::SchoolLiaison) << QStringList{QStringLiteral("school:12")} << false << false << false;
        QTest::newRow("hq") << int(Role::HqCommander) << QStringList{} << false << false << false;
        QTest::newRow("planner") << int(Role::Planner) << QStringList{} << false << false << false;
        QTest::newRow("administrator") << int(Role::Administrator) << QStringList{} << false << false << false;
        QTest::newRow("dispatcher") << int(Role::MobilityDispatcher) << QStringList{} << false << false << false;
        QTest::newRow("shelter staff") << int(Role::ShelterStaff) << QStringList{} << false << false << false;
    }
    void permissionsByRole()
    {
        QFETCH(int, role);
        QFETCH(QStringList, bindings);
        QFETCH(bool, mayRecord);
        QFETCH(bool, mayVerify);
        QFETCH(bool, mayRetract);
        const Actor actor{QStringLiteral("someone"), Role(role), bindings};
        const qint64 alertsBefore = count(*m_twin, "SELECT count(*) FROM safety_alert");
        const qint64 auditBefore = count(*m_twin, "SELECT count(*) FROM ct_audit");
        auto recorded = m_store->record(actor, goodDraft());
        QCOMPARE(recorded.ok(), mayRecord);
        if (!mayRecord) {
            QCOMPARE(recorded.error().kind, core::Error::Kind::Refused);
            QVERIFY(recorded.error().message.contains(core::roleName(Role(role))));
            QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert"), alertsBefore);
            QCOMPARE(count(*m_twin, "SELECT count(*) FROM ct_audit"), auditBefore);
        }
        auto id = m_store->record(police(), goodDraft());
        QVERIFY(id.ok());
        QCOMPARE(m_store->transition(actor, *id, AlertStatus::Verified).ok(), mayVerify);
        QCOMPARE(m_store->transition(actor, *id, AlertStatus::Retracted, QStringLiteral("誤認")).ok(), mayRetract);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<AlertDraft>("draft");
        QTest::addColumn<QString>("where");
        AlertDraft d = goodDraft();
        d.occurredFrom = {};
        QTest::newRow("no time") << d << QStringLiteral("occurred_from");
        d = goodDraft();
        d.occurredFrom = kNow.addSecs(3600);
        QTest::newRow("future time") << d << QStringLiteral("occurred_from");
        d = goodDraft();
        d.occurredTo = kNow.addDays(1);
        QTest::newRow("future end") << d << QStringLiteral("occurred_to");
        d = goodDraft();
        d.occurredTo = d.occurredFrom.addSecs(-60);
        QTest::newRow("range backwards") << d << QStringLiteral("occurred_to");
        d = goodDraft();
        d.place = AlertPlace{};
        QTest::newRow("no place") << d << QStringLiteral("place");
        d = goodDraft();
        d.place = AlertPlace::mapPoint({test::kMinX - 10, test::kMinY + 100});
        QTest::newRow("outside the city") << d << QStringLiteral("place");
        d = goodDraft();
        d.place = AlertPlace::atAddress(QStringLiteral("存在しない町9丁目"));
        QTest::newRow("unknown address") << d << QStringLiteral("place.address");
        d = goodDraft();
        d.place = AlertPlace::atSchool(99);
        QTest::newRow("unknown school place") << d << QStringLiteral("place.school");
        d = goodDraft();
        d.schoolFid = 42;
        QTest::newRow("unknown school") << d << QStringLiteral("school");
        d = goodDraft();
        d.category = QStringLiteral("窃盗");
        QTest::newRow("unknown category") << d << QStringLiteral("category");
        d = goodDraft();
        d.category.clear();
        QTest::newRow("no category") << d << QStringLiteral("category");
    }
    void badInputIsRefused()
    {
        QFETCH(AlertDraft, draft);
        QFETCH(QString, where);
        auto id = m_store->record(police(), draft);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, core::Error::Kind::InvalidInput);
        QCOMPARE(id.error().where, where);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert"), 0);
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert_personal"), 0);
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM safety_alert_step"), 0);
        QCOMPARE(count(*m_twin, "SELECT count(*) FROM ct_audit WHERE action LIKE 'safety.%'"), 0);
    }

    void placesByAddressAndSchool()
    {
        AlertDraft d = goodDraft();
        d.place = AlertPlace::atSchool(2);
        d.schoolFid.reset();
        auto atSchool = m_store->record(police(), d);
        QVERIFY(atSchool.ok());
        auto a = m_store->alert(police(), *atSchool);
        QCOMPARE(a->location, test::schoolPosition(1));
        QCOMPARE(a->schoolFid, std::optional<qint64>(2));   // a school place makes it that school's alert
        QCOMPARE(a->placeKind, std::optional(AlertPlace::Kind::School));

        d.place = AlertPlace::atAddress(QStringLiteral("つくば市 春日学園 付近"));   // normalised name
        auto atAddress = m_store->record(police(), d);
        QVERIFY2(atAddress.ok(), qPrintable(atAddress.ok() ? QString() : atAddress.error().toString()));
        a = m_store->alert(police(), *atAddress);
        QCOMPARE(a->location, test::schoolPosition(2));
        QCOMPARE(a->address, QStringLiteral("つくば市 春日学園 付近"));
    }

    void categoriesAcceptKeysAndBothLabels()
    {
        for (Category c : kAllCategories) {
            for (const QString &text : {categoryKey(c), categoryJapanese(c), categoryEnglish(c).toUpper()}) {
                Category parsed = Category::Other;
                QVERIFY2(categoryFromText(text, &parsed), qPrintable(text));
                QCOMPARE(parsed, c);
            }
        }
        const QStringList japanese{QStringLiteral("声かけ"), QStringLiteral("つきまとい"), QStringLiteral("不審者"), QStringLiteral("痴漢"),
                                   QStringLiteral("露出"), QStringLiteral("盗撮"), QStringLiteral("暴行"), QStringLiteral("その他")};
        for (int i = 0; i < japanese.size(); ++i)
            QCOMPARE(categoryJapanese(kAllCategories[i]), japanese[i]);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::TwinStore> m_twin;
    std::unique_ptr<AlertStore> m_store;
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
