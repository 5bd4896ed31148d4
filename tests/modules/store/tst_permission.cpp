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
using ct::store::MigrationList;
using ct::store::TwinStore;

Q_DECLARE_METATYPE(ct::core::Role)

namespace {

/// A component with bound and unbound grants, as a domain plugin declares them.
const MigrationList kDemoSchema{
    {1, QStringLiteral("demo shelters and their permissions"),
     QStringLiteral("CREATE TABLE demo_shelter (id TEXT PRIMARY KEY, status TEXT NOT NULL);"
                    "INSERT INTO demo_shelter VALUES ('shelter:12', 'closed'), ('shelter:13', 'closed'), "
                    "('shelter:123', 'closed');"
                    "INSERT INTO ct_permission (action, role, scope) VALUES "
                    "('demo.open', 'hq-commander', 'any'), ('demo.open', 'shelter-staff', 'bound');")}};

qint64 count(TwinStore &store, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(store.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

QString statusOf(TwinStore &store, const QString &id)
{
    sqlite3_stmt *st = nullptr;
    QString value;
    sqlite3_prepare_v2(store.handle(), "SELECT status FROM demo_shelter WHERE id = ?", -1, &st, nullptr);
    const QByteArray utf8 = id.toUtf8();
    sqlite3_bind_text(st, 1, utf8.constData(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

/// Opens the shelter named by the target; counts its calls so a refused action can be shown
/// never to have run.
struct OpenShelter
{
    int *calls;
    QString id;
    Status operator()(TwinStore &store, QJsonObject &before, QJsonObject &after) const
    {
        ++*calls;
        before[QStringLiteral("status")] = statusOf(store, id);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(store.handle(), "UPDATE demo_shelter SET status = 'open' WHERE id = ?", -1, &st, nullptr);
        const QByteArray utf8 = id.toUtf8();
        sqlite3_bind_text(st, 1, utf8.constData(), -1, SQLITE_TRANSIENT);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return Error::io(QStringLiteral("update failed"));
        after[QStringLiteral("status")] = QStringLiteral("open");
        return {};
    }
};

Actor actor(Role role, QStringList bindings = {})
{
    return Actor{QStringLiteral("op"), role, std::move(bindings)};
}

} // namespace

/// \brief ct_permission: perform() and mayPerform() allow exactly what the grants say.
class TestPermission : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void coreGrants_data();
    void coreGrants();
    void boundScope_data();
    void boundScope();
    void refusalNamesRoleActionAndTarget();
    void unknownActionIsRefusedEvenToAdministrator();
    void systemBypasses();
    void refusedPerformWritesNothing();
    void grantedPerformWrites();
    void grantsFromLaterMigrationAreSeen();
    void scopeIsChecked();
    void permissionTableIsCore();
    void oldTwinGetsGrantsOnMigration();
    void oldTwinReadOnlyGrantsNothing();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<TwinStore> m_store;
};

void TestPermission::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("twin.gpkg"));
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    m_store = std::move(created.value());
    QVERIFY(m_store->migrate(QStringLiteral("demo"), kDemoSchema));
}

void TestPermission::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestPermission::coreGrants_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    const std::pair<Role, const char *> roles[] = {
        {Role::Administrator, "administrator"}, {Role::HqCommander, "hq-commander"},
        {Role::ShelterStaff, "shelter-staff"},  {Role::Planner, "planner"},
        {Role::MobilityDispatcher, "mobility-dispatcher"}, {Role::PoliceLiaison, "police-liaison"},
        {Role::SchoolLiaison, "school-liaison"}};
    const QList<Role> importers{Role::Administrator, Role::Planner, Role::HqCommander};
    for (const char *action : {"layer.import", "simulation.record"}) {
        for (const auto &[role, name] : roles) {
            QTest::addRow("%s by %s", action, name) << QString::fromLatin1(action) << role << importers.contains(role);
        }
    }
}

void TestPermission::coreGrants()
{
    QFETCH(QString, action);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const Status status = m_store->mayPerform(actor(role), action, QStringLiteral("anything"));
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QCOMPARE(status.error().kind, Error::Kind::Refused);
}

void TestPermission::boundScope_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("bindings");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");
    const QStringList twelve{QStringLiteral("shelter:12")};
    QTest::newRow("staff, own shelter") << Role::ShelterStaff << twelve << "shelter:12" << true;
    QTest::newRow("staff, below own shelter") << Role::ShelterStaff << twelve << "shelter:12/capacity" << true;
    QTest::newRow("staff, other shelter") << Role::ShelterStaff << twelve << "shelter:13" << false;
    QTest::newRow("staff, longer id") << Role::ShelterStaff << twelve << "shelter:123" << false;
    QTest::newRow("staff, no bindings") << Role::ShelterStaff << QStringList() << "shelter:12" << false;
    QTest::newRow("staff, empty target") << Role::ShelterStaff << twelve << "" << false;
    QTest::newRow("staff, second binding")
        << Role::ShelterStaff << QStringList{QStringLiteral("shelter:1"), QStringLiteral("shelter:13")} << "shelter:13"
        << true;
    QTest::newRow("commander, any shelter") << Role::HqCommander << QStringList() << "shelter:13" << true;
    QTest::newRow("school liaison bound there, not granted")
        << Role::SchoolLiaison << twelve << "shelter:12" << false;
}

void TestPermission::boundScope()
{
    QFETCH(Role, role);
    QFETCH(QStringList, bindings);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    const Actor who = actor(role, bindings);
    QCOMPARE(m_store->mayPerform(who, QStringLiteral("demo.open"), target).ok(), allowed);

    // perform() agrees with mayPerform().
    int calls = 0;
    const Status performed = m_store->perform(who, QStringLiteral("demo.open"), target, OpenShelter{&calls, target});
    QCOMPARE(performed.ok(), allowed);
    QCOMPARE(calls, allowed ? 1 : 0);
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(allowed ? 1 : 0));
    if (!allowed)
        QCOMPARE(performed.error().kind, Error::Kind::Refused);
}

void TestPermission::refusalNamesRoleActionAndTarget()
{
    const Status status = m_store->mayPerform(actor(Role::PoliceLiaison), QStringLiteral("layer.import"),
                                              QStringLiteral("buildings.gpkg"));
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::Refused);
    QCOMPARE(status.error().message, QStringLiteral("police-liaison may not layer.import (buildings.gpkg)"));

    const Status bound = m_store->mayPerform(actor(Role::ShelterStaff, {QStringLiteral("shelter:12")}),
                                             QStringLiteral("demo.open"), QStringLiteral("shelter:13"));
    QCOMPARE(bound.error().message, QStringLiteral("shelter-staff may not demo.open (shelter:13)"));

    const Status untargeted = m_store->mayPerform(actor(Role::SchoolLiaison), QStringLiteral("simulation.record"), QString());
    QCOMPARE(untargeted.error().message, QStringLiteral("school-liaison may not simulation.record"));
}

void TestPermission::unknownActionIsRefusedEvenToAdministrator()
{
    // The administrator has no implicit grants: what an administrator may do is in the table too.
    const Status status = m_store->mayPerform(actor(Role::Administrator), QStringLiteral("demo.open"),
                                              QStringLiteral("shelter:12"));
    QVERIFY(!status);
    QCOMPARE(status.error().message, QStringLiteral("administrator may not demo.open (shelter:12)"));
    QVERIFY(!m_store->mayPerform(actor(Role::Administrator), QStringLiteral("no.such-action"), QString()));
}

void TestPermission::systemBypasses()
{
    const Actor system = Actor::system(QStringLiteral("citytwin-cli"));
    QVERIFY(m_store->mayPerform(system, QStringLiteral("no.such-action"), QStringLiteral("x")));
    QVERIFY(m_store->mayPerform(system, QStringLiteral("demo.open"), QStringLiteral("shelter:13")));
    int calls = 0;
    QVERIFY(m_store->perform(system, QStringLiteral("demo.open"), QStringLiteral("shelter:13"),
                             OpenShelter{&calls, QStringLiteral("shelter:13")}));
    QCOMPARE(calls, 1);
    QCOMPARE(statusOf(*m_store, QStringLiteral("shelter:13")), QStringLiteral("open"));
    const auto log = m_store->auditLog(1);
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].role, Role::System);
    QCOMPARE(log[0].operatorName, QStringLiteral("citytwin-cli"));
}

void TestPermission::refusedPerformWritesNothing()
{
    const qint64 changesBefore = sqlite3_total_changes64(m_store->handle());
    int calls = 0;
    const Status status = m_store->perform(actor(Role::ShelterStaff, {QStringLiteral("shelter:12")}),
                                           QStringLiteral("demo.open"), QStringLiteral("shelter:13"),
                                           OpenShelter{&calls, QStringLiteral("shelter:13")});
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::Refused);
    QCOMPARE(calls, 0);
    QCOMPARE(statusOf(*m_store, QStringLiteral("shelter:13")), QStringLiteral("closed"));
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), qint64(0));
    QVERIFY(!m_store->inTransaction());
    QCOMPARE(sqlite3_total_changes64(m_store->handle()), changesBefore);
    // The store goes on working.
    QVERIFY(m_store->perform(actor(Role::ShelterStaff, {QStringLiteral("shelter:13")}), QStringLiteral("demo.open"),
                             QStringLiteral("shelter:13"), OpenShelter{&calls, QStringLiteral("shelter:13")}));
    QCOMPARE(statusOf(*m_store, QStringLiteral("shelter:13")), QStringLiteral("open"));
}

void TestPermission::grantedPerformWrites()
{
    int calls = 0;
    const Actor alice{QStringLiteral("alice"), Role::ShelterStaff, {QStringLiteral("shelter:12")}};
    QVERIFY(m_store->perform(alice, QStringLiteral("demo.open"), QStringLiteral("shelter:12/door"),
                             OpenShelter{&calls, QStringLiteral("shelter:12")}));
    QCOMPARE(statusOf(*m_store, QStringLiteral("shelter:12")), QStringLiteral("open"));
    const auto log = m_store->auditLog(1);
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].operatorName, QStringLiteral("alice"));
    QCOMPARE(log[0].role, Role::ShelterStaff);
    QCOMPARE(log[0].target, QStringLiteral("shelter:12/door"));
}

void TestPermission::grantsFromLaterMigrationAreSeen()
{
    const Actor dispatcher = actor(Role::MobilityDispatcher);
    QVERIFY(!m_store->mayPerform(dispatcher, QStringLiteral("demo.open"), QStringLiteral("shelter:12")));
    // The refusal above cached the grants; a new step of the component must be seen at once.
    MigrationList steps = kDemoSchema;
    steps.push_back({2, QStringLiteral("dispatchers open shelters"),
                     QStringLiteral("INSERT INTO ct_permission (action, role, scope) VALUES "
                                    "('demo.open', 'mobility-dispatcher', 'any');")});
    QVERIFY(m_store->migrate(QStringLiteral("demo"), steps));
    QVERIFY(m_store->mayPerform(dispatcher, QStringLiteral("demo.open"), QStringLiteral("shelter:12")));
    // And a revocation too.
    steps.push_back({3, QStringLiteral("no longer"),
                     QStringLiteral("DELETE FROM ct_permission WHERE action = 'demo.open' AND role = 'mobility-dispatcher';")});
    QVERIFY(m_store->migrate(QStringLiteral("demo"), steps));
    QVERIFY(!m_store->mayPerform(dispatcher, QStringLiteral("demo.open"), QStringLiteral("shelter:12")));
}

void TestPermission::scopeIsChecked()
{
    // Only 'any' and 'bound' exist; a component cannot invent a scope.
    const MigrationList bad{{1, QStringLiteral("bad scope"),
                             QStringLiteral("INSERT INTO ct_permission (action, role, scope) VALUES "
                                            "('bad.thing', 'planner', 'everything');")}};
    const Status status = m_store->migrate(QStringLiteral("bad"), bad);
    QVERIFY(!status);
    QCOMPARE(m_store->schemaVersion(QStringLiteral("bad")), 0);
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_permission WHERE action = 'bad.thing'"), qint64(0));
    // One grant per action and role.
    const MigrationList twice{{1, QStringLiteral("twice"),
                               QStringLiteral("INSERT INTO ct_permission (action, role, scope) VALUES "
                                              "('demo.open', 'shelter-staff', 'any');")}};
    QVERIFY(!m_store->migrate(QStringLiteral("twice"), twice));
    QVERIFY(!m_store->mayPerform(actor(Role::ShelterStaff, {QStringLiteral("shelter:12")}), QStringLiteral("demo.open"),
                                 QStringLiteral("shelter:13")));
}

void TestPermission::permissionTableIsCore()
{
    QCOMPARE(m_store->schemaVersion(TwinStore::coreComponent()), TwinStore::coreSchemaVersion());
    QVERIFY(TwinStore::coreSchemaVersion() >= 2);
    QCOMPARE(m_store->operationalTables(), QStringList{QStringLiteral("demo_shelter")});
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_permission WHERE action = 'layer.import'"), qint64(3));
}

void TestPermission::oldTwinGetsGrantsOnMigration()
{
    // Make the twin look like one written before permissions existed (core schema 1).
    m_store.reset();
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE ct_permission; UPDATE ct_schema SET version = 1 WHERE component = 'core';",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    auto opened = TwinStore::open(m_path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    TwinStore &twin = *opened.value();
    QCOMPARE(twin.schemaVersion(TwinStore::coreComponent()), TwinStore::coreSchemaVersion());
    QVERIFY(twin.mayPerform(actor(Role::Planner), QStringLiteral("layer.import"), QStringLiteral("a.csv")));
    QVERIFY(!twin.mayPerform(actor(Role::ShelterStaff), QStringLiteral("layer.import"), QStringLiteral("a.csv")));
}

void TestPermission::oldTwinReadOnlyGrantsNothing()
{
    m_store.reset();
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE ct_permission; UPDATE ct_schema SET version = 1 WHERE component = 'core';",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    auto opened = TwinStore::open(m_path, TwinStore::OpenMode::ReadOnly);
    QVERIFY(opened.ok());
    const Status status = opened.value()->mayPerform(actor(Role::Administrator), QStringLiteral("layer.import"),
                                                     QStringLiteral("a.csv"));
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::Refused);
    QVERIFY(opened.value()->mayPerform(Actor::system(), QStringLiteral("layer.import"), QStringLiteral("a.csv")));
}

QTEST_GUILESS_MAIN(TestPermission)
#include "tst_permission.moc"
