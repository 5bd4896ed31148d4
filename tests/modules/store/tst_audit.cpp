// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/twinstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using ct::core::Actor;
using ct::core::Error;
using ct::core::Role;
using ct::core::Status;
using ct::store::TwinStore;

Q_DECLARE_METATYPE(ct::core::Role)

namespace {

const ct::store::MigrationList kShelterSchema{
    {1, QStringLiteral("shelter status"),
     QStringLiteral("CREATE TABLE shelter_status (shelter INTEGER PRIMARY KEY, status TEXT NOT NULL CHECK (status IN "
                    "('closed', 'open', 'full')));"
                    "INSERT INTO shelter_status VALUES (42, 'closed');"
                    // The roles these tests act as may perform the test's actions (perform() checks).
                    "INSERT INTO ct_permission (action, role, scope) VALUES "
                    "('shelter.set-status', 'shelter-staff', 'any'), ('shelter.set-status', 'hq-commander', 'any'), "
                    "('noop', 'administrator', 'any'), ('noop', 'hq-commander', 'any'), ('noop', 'shelter-staff', 'any'), "
                    "('noop', 'planner', 'any'), ('noop', 'mobility-dispatcher', 'any'), ('noop', 'police-liaison', 'any'), "
                    "('noop', 'school-liaison', 'any');")}};

qint64 count(TwinStore &store, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(store.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

QString statusOf(TwinStore &store, int shelter)
{
    sqlite3_stmt *st = nullptr;
    QString value;
    sqlite3_prepare_v2(store.handle(), "SELECT status FROM shelter_status WHERE shelter = ?", -1, &st, nullptr);
    sqlite3_bind_int(st, 1, shelter);
    if (sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

/// The kind of change a panel makes: read the old state, write the new one, describe both.
auto setStatus(int shelter, const QString &status)
{
    return [shelter, status](TwinStore &store, QJsonObject &before, QJsonObject &after) -> Status {
        before[QStringLiteral("status")] = statusOf(store, shelter);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(store.handle(), "UPDATE shelter_status SET status = ? WHERE shelter = ?", -1, &st, nullptr);
        const QByteArray utf8 = status.toUtf8();
        sqlite3_bind_text(st, 1, utf8.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 2, shelter);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return Error::invalidInput(QStringLiteral("status \"%1\" rejected: %2")
                                           .arg(status, QString::fromUtf8(sqlite3_errmsg(store.handle()))));
        after[QStringLiteral("status")] = status;
        return {};
    };
}

} // namespace

/// \brief perform(): one user action is one transaction and one audit row, or nothing at all.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void performWritesOneRow();
    void failingChangeLeavesNothing_data();
    void failingChangeLeavesNothing();
    void auditLogIsNewestFirst();
    void rolesRoundTrip_data();
    void rolesRoundTrip();
    void appendAuditNeedsTransaction();
    void performDoesNotNest();
    void eventLog();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<TwinStore> m_store;
};

void TestAudit::init()
{
    m_dir = new QTemporaryDir;
    auto created = TwinStore::create(m_dir->filePath(QStringLiteral("twin.gpkg")));
    QVERIFY(created.ok());
    m_store = std::move(created.value());
    QVERIFY(m_store->migrate(QStringLiteral("shelters"), kShelterSchema));
}

void TestAudit::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestAudit::performWritesOneRow()
{
    const Actor alice{QStringLiteral("alice"), Role::ShelterStaff};
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(m_store->perform(alice, QStringLiteral("shelter.set-status"), QStringLiteral("shelters/42"),
                             setStatus(42, QStringLiteral("open"))));
    const QDateTime end = QDateTime::currentDateTimeUtc().addMSecs(1);
    QCOMPARE(statusOf(*m_store, 42), QStringLiteral("open"));
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(1));

    const auto log = m_store->auditLog();
    QCOMPARE(log.size(), std::size_t(1));
    const auto &entry = log[0];
    QVERIFY(entry.id > 0);
    QCOMPARE(entry.operatorName, QStringLiteral("alice"));
    QCOMPARE(entry.role, Role::ShelterStaff);
    QCOMPARE(entry.action, QStringLiteral("shelter.set-status"));
    QCOMPARE(entry.target, QStringLiteral("shelters/42"));
    QCOMPARE(entry.before, QJsonObject({{QStringLiteral("status"), QStringLiteral("closed")}}));
    QCOMPARE(entry.after, QJsonObject({{QStringLiteral("status"), QStringLiteral("open")}}));
    QVERIFY(entry.at.isValid());
    QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QVERIFY2(entry.at >= start && entry.at <= end, qPrintable(entry.at.toString(Qt::ISODateWithMs)));

    // Stored text: UTC ISO 8601 with milliseconds, role by its stable name.
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_store->handle(), "SELECT at, role FROM ct_audit", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    const QString at = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    const QString role = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
    sqlite3_finalize(st);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")).match(at).hasMatch(),
             qPrintable(at));
    QCOMPARE(role, QStringLiteral("shelter-staff"));
    QVERIFY(!m_store->inTransaction());
}

void TestAudit::failingChangeLeavesNothing_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("change reports an error after writing") << 0;
    QTest::newRow("constraint violation") << 1;
    QTest::newRow("change throws") << 2;
}

void TestAudit::failingChangeLeavesNothing()
{
    QFETCH(int, how);
    const Actor bob{QStringLiteral("bob"), Role::HqCommander};
    std::function<Status(TwinStore &, QJsonObject &, QJsonObject &)> change;
    switch (how) {
    case 0:
        change = [](TwinStore &store, QJsonObject &before, QJsonObject &after) -> Status {
            Status written = setStatus(42, QStringLiteral("full"))(store, before, after);
            if (!written)
                return written;
            return Error::refused(QStringLiteral("shelter 42 is not yours"));
        };
        break;
    case 1:
        change = setStatus(42, QStringLiteral("on fire")); // violates the CHECK constraint
        break;
    case 2:
        change = [](TwinStore &store, QJsonObject &before, QJsonObject &after) -> Status {
            (void)setStatus(42, QStringLiteral("full"))(store, before, after);
            throw std::runtime_error("panel bug");
        };
        break;
    }
    Status status;
    bool threw = false;
    try {
        status = m_store->perform(bob, QStringLiteral("shelter.set-status"), QStringLiteral("shelters/42"), change);
    } catch (const std::runtime_error &) {
        threw = true;
    }
    QCOMPARE(threw, how == 2);
    if (!threw)
        QVERIFY(!status);
    QCOMPARE(statusOf(*m_store, 42), QStringLiteral("closed"));
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(0));
    QVERIFY(m_store->auditLog().empty());
    QVERIFY(!m_store->inTransaction());
    // The store is usable afterwards.
    QVERIFY(m_store->perform(bob, QStringLiteral("shelter.set-status"), QStringLiteral("shelters/42"),
                             setStatus(42, QStringLiteral("open"))));
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(1));
}

void TestAudit::auditLogIsNewestFirst()
{
    const Actor carol{QStringLiteral("carol"), Role::HqCommander};
    const QStringList sequence{QStringLiteral("open"), QStringLiteral("full"), QStringLiteral("open"),
                               QStringLiteral("closed"), QStringLiteral("open")};
    for (const QString &status : sequence)
        QVERIFY(m_store->perform(carol, QStringLiteral("shelter.set-status"), QStringLiteral("shelters/42"),
                                 setStatus(42, status)));
    const auto log = m_store->auditLog();
    QCOMPARE(log.size(), std::size_t(5));
    for (std::size_t i = 0; i < log.size(); ++i) {
        QCOMPARE(log[i].after[QStringLiteral("status")].toString(), sequence[int(sequence.size() - 1 - i)]);
        if (i > 0) {
            QVERIFY(log[i].id < log[i - 1].id);
            QVERIFY(log[i].at <= log[i - 1].at);
            // Each row's before is the previous row's after: the log replays the history.
            QCOMPARE(log[i - 1].before, log[i].after);
        }
    }
    const auto limited = m_store->auditLog(2);
    QCOMPARE(limited.size(), std::size_t(2));
    QCOMPARE(limited[0].id, log[0].id);
    QCOMPARE(limited[1].id, log[1].id);
}

void TestAudit::rolesRoundTrip_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("administrator") << Role::Administrator;
    QTest::newRow("hq-commander") << Role::HqCommander;
    QTest::newRow("shelter-staff") << Role::ShelterStaff;
    QTest::newRow("planner") << Role::Planner;
    QTest::newRow("mobility-dispatcher") << Role::MobilityDispatcher;
    QTest::newRow("police-liaison") << Role::PoliceLiaison;
    QTest::newRow("school-liaison") << Role::SchoolLiaison;
    QTest::newRow("system") << Role::System;
}

void TestAudit::rolesRoundTrip()
{
    QFETCH(Role, role);
    QVERIFY(m_store->perform(Actor{QStringLiteral("op"), role}, QStringLiteral("noop"), QString(),
                             [](TwinStore &, QJsonObject &, QJsonObject &) { return Status(); }));
    const auto log = m_store->auditLog(1);
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].role, role);
    QVERIFY(log[0].before.isEmpty());
}

void TestAudit::appendAuditNeedsTransaction()
{
    const auto status = m_store->appendAudit(Actor::system(), QStringLiteral("x"), QString(), {}, {});
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::Refused);
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(0));
    // Inside an explicit transaction it is written with it, and rolled back with it.
    {
        ct::store::Transaction transaction(*m_store);
        QVERIFY(transaction.status());
        QVERIFY(m_store->appendAudit(Actor::system(), QStringLiteral("layer.import"), QStringLiteral("buildings.gpkg"),
                                     {}, {{QStringLiteral("features"), 12}}));
    }
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(0));
    {
        ct::store::Transaction transaction(*m_store);
        QVERIFY(m_store->appendAudit(Actor::system(), QStringLiteral("layer.import"), QStringLiteral("buildings.gpkg"),
                                     {}, {{QStringLiteral("features"), 12}}));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(1));
    QCOMPARE(m_store->auditLog()[0].after[QStringLiteral("features")].toInt(), 12);
}

void TestAudit::performDoesNotNest()
{
    Status inner;
    const auto outer = m_store->perform(Actor::system(), QStringLiteral("outer"), QString(),
                                        [&](TwinStore &store, QJsonObject &, QJsonObject &) {
                                            inner = store.perform(Actor::system(), QStringLiteral("inner"), QString(),
                                                                  [](TwinStore &, QJsonObject &, QJsonObject &) { return Status(); });
                                            return Status();
                                        });
    QVERIFY(outer);
    QVERIFY(!inner);
    QCOMPARE(inner.error().kind, Error::Kind::Refused);
    const auto log = m_store->auditLog();
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].action, QStringLiteral("outer"));
}

void TestAudit::eventLog()
{
    const QDateTime at(QDate(2026, 3, 11), QTime(5, 46, 0, 125), Qt::UTC);
    QVERIFY(m_store->appendEvent(QStringLiteral("sensors"), QStringLiteral("alarm"), {{QStringLiteral("level"), 3}}, at));
    QVERIFY(m_store->appendEvent(QStringLiteral("sim"), QStringLiteral("mark"), {}));
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_store->handle(), "SELECT at, source, kind, payload_json FROM ct_event_log ORDER BY id", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
             QStringLiteral("2026-03-11T05:46:00.125Z"));
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))), QStringLiteral("sensors"));
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3))), QStringLiteral("{\"level\":3}"));
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    // Events are domain history, not user actions: no audit rows.
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(0));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
