// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/auth/accountstore.h"
#include "ct/auth/passwordhash.h"
#include "ct/store/twinstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using ct::auth::Account;
using ct::auth::AccountStore;
using ct::core::Actor;
using ct::core::Error;
using ct::core::Role;
using ct::core::Status;
using ct::store::TwinStore;

Q_DECLARE_METATYPE(ct::core::Role)

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kPlannerPassword = QStringLiteral("planner-secret-2");

qint64 count(TwinStore &store, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(store.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return value;
}

/// Every text the audit and event logs hold, for looking for passwords and hashes in them.
QString logsText(TwinStore &store)
{
    QString all;
    for (const char *sql : {"SELECT group_concat(operator || role || action || target || coalesce(before_json, '') || "
                            "coalesce(after_json, ''), '\n') FROM ct_audit",
                            "SELECT group_concat(source || kind || coalesce(payload_json, ''), '\n') FROM ct_event_log"}) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(store.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW
            && sqlite3_column_text(st, 0))
            all += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) + QLatin1Char('\n');
        sqlite3_finalize(st);
    }
    return all;
}

QString storedHash(TwinStore &store, const QString &name)
{
    sqlite3_stmt *st = nullptr;
    QString value;
    sqlite3_prepare_v2(store.handle(), "SELECT password_hash FROM ct_account WHERE name = ?", -1, &st, nullptr);
    const QByteArray utf8 = name.toUtf8();
    sqlite3_bind_text(st, 1, utf8.constData(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

} // namespace

/// \brief Accounts in the twin: first administrator, sign-in, the administrator's account actions
/// and who may do them, bindings, and no password in any log.
class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void schemaAndGrants();
    void roleMatrix_data();
    void roleMatrix();
    void firstAdministrator();
    void signIn();
    void signInRefusals();
    void createAccountWithBindings();
    void createAccountRefusals_data();
    void createAccountRefusals();
    void nonAdministratorCannotManage();
    void bindingsRoundTrip();
    void passwords();
    void lastAdministratorStays();
    void staleActorRefused();
    void readOnlyTwin();
    void noPasswordInAnyLog();

private:
    Actor signInAdmin();
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<TwinStore> m_store;
};

void TestAccountStore::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("twin.gpkg"));
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
    m_store = std::move(created.value());
}

void TestAccountStore::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

Actor TestAccountStore::signInAdmin()
{
    AccountStore accounts(*m_store);
    auto created = accounts.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, QStringLiteral("管理者"));
    if (!created)
        qFatal("createFirstAdministrator: %s", qPrintable(created.error().toString()));
    auto actor = accounts.signIn(QStringLiteral("admin"), kAdminPassword);
    if (!actor)
        qFatal("signIn: %s", qPrintable(actor.error().toString()));
    return actor.value();
}

void TestAccountStore::schemaAndGrants()
{
    AccountStore accounts(*m_store);
    QVERIFY(!accounts.hasAccounts()); // no schema yet: simply none
    QVERIFY(accounts.accounts().empty());
    QCOMPARE(accounts.account(QStringLiteral("x")).error().kind, Error::Kind::NotFound);
    QVERIFY(accounts.ensureSchema());
    QCOMPARE(m_store->schemaVersion(AccountStore::component()), 1);
    QVERIFY(accounts.ensureSchema()); // again: nothing to do
    QVERIFY(!accounts.hasAccounts());
    QVERIFY(m_store->operationalTables().contains(QStringLiteral("ct_account")));
}

void TestAccountStore::roleMatrix_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    const std::pair<Role, const char *> roles[] = {
        {Role::Administrator, "administrator"}, {Role::HqCommander, "hq-commander"},
        {Role::ShelterStaff, "shelter-staff"},  {Role::Planner, "planner"},
        {Role::MobilityDispatcher, "mobility-dispatcher"}, {Role::PoliceLiaison, "police-liaison"},
        {Role::SchoolLiaison, "school-liaison"}, {Role::Viewer, "viewer"}};
    for (const char *action : {"accounts.create", "accounts.set-password", "accounts.set-disabled", "accounts.set-bindings",
                               "accounts.set-role"}) {
        for (const auto &[role, name] : roles)
            QTest::addRow("%s by %s", action, name) << QString::fromLatin1(action) << role << (role == Role::Administrator);
    }
    for (const auto &[role, name] : roles)
        QTest::addRow("accounts.change-own-password by %s", name) << QStringLiteral("accounts.change-own-password") << role << true;
}

void TestAccountStore::roleMatrix()
{
    QFETCH(QString, action);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    QVERIFY(AccountStore(*m_store).ensureSchema());
    // Bindings do not widen an 'any' grant nor make up for a missing one.
    const Actor actor{QStringLiteral("op"), role, {QStringLiteral("account:someone")}};
    const Status status = m_store->mayPerform(actor, action, QStringLiteral("account:someone"));
    QCOMPARE(status.ok(), allowed);
    if (!allowed)
        QCOMPARE(status.error().message, QStringLiteral("%1 may not %2 (account:someone)").arg(ct::core::roleName(role), action));
}

void TestAccountStore::firstAdministrator()
{
    AccountStore accounts(*m_store);
    auto created = accounts.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, QStringLiteral("管理者"),
                                                     QStringLiteral("citytwin-cli"));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    QCOMPARE(created->name, QStringLiteral("admin"));
    QCOMPARE(created->displayName, QStringLiteral("管理者"));
    QCOMPARE(created->role, Role::Administrator);
    QVERIFY(created->bindings.isEmpty());
    QVERIFY(!created->disabled);
    QVERIFY(created->createdAt.isValid());
    QVERIFY(qAbs(created->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(accounts.hasAccounts());

    // Stored: a hash, not the password.
    const QString hash = storedHash(*m_store, QStringLiteral("admin"));
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash.contains(kAdminPassword));
    QVERIFY(ct::auth::PasswordHash::verify(hash, kAdminPassword));

    // One audit row, by the tool, as System.
    const auto log = m_store->auditLog();
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].action, QStringLiteral("accounts.create"));
    QCOMPARE(log[0].target, QStringLiteral("account:admin"));
    QCOMPARE(log[0].operatorName, QStringLiteral("citytwin-cli"));
    QCOMPARE(log[0].role, Role::System);
    QCOMPARE(log[0].after.value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    QCOMPARE(log[0].after.value(QStringLiteral("firstAdministrator")).toBool(), true);

    // Only once.
    auto again = accounts.createFirstAdministrator(QStringLiteral("root"), kAdminPassword);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Refused);
    QCOMPARE(accounts.accounts().size(), std::size_t(1));
    QCOMPARE(m_store->auditLog().size(), std::size_t(1));

    // Its rules hold too (on a twin without accounts).
    auto fresh = TwinStore::create(m_dir->filePath(QStringLiteral("fresh.gpkg")));
    QVERIFY(fresh.ok());
    AccountStore empty(*fresh.value());
    QCOMPARE(empty.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("short")).error().kind,
             Error::Kind::InvalidInput);
    QCOMPARE(empty.createFirstAdministrator(QStringLiteral("ad min"), kAdminPassword).error().kind, Error::Kind::InvalidInput);
    QVERIFY(!empty.hasAccounts());
}

void TestAccountStore::signIn()
{
    const Actor admin = signInAdmin();
    QCOMPARE(admin.operatorName, QStringLiteral("admin"));
    QCOMPARE(admin.role, Role::Administrator);
    QVERIFY(admin.bindings.isEmpty());
    const auto log = m_store->auditLog(1);
    QCOMPARE(log[0].action, QStringLiteral("accounts.sign-in"));
    QCOMPARE(log[0].operatorName, QStringLiteral("admin"));
    QCOMPARE(log[0].role, Role::Administrator);
    QCOMPARE(log[0].target, QStringLiteral("account:admin"));
    // Surrounding spaces of the name (a paste) do not matter; of the password they do.
    AccountStore accounts(*m_store);
    QVERIFY(accounts.signIn(QStringLiteral(" admin "), kAdminPassword));
    QVERIFY(!accounts.signIn(QStringLiteral("admin"), kAdminPassword + QLatin1Char(' ')));
}

void TestAccountStore::signInRefusals()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    QVERIFY(accounts.createAccount(admin, QStringLiteral("sato"), QStringLiteral("佐藤"), Role::Planner, kPlannerPassword, {}));
    const qint64 auditRows = count(*m_store, "SELECT count(*) FROM ct_audit");

    auto wrong = accounts.signIn(QStringLiteral("sato"), QStringLiteral("planner-secret-3"));
    auto unknown = accounts.signIn(QStringLiteral("suzuki"), kPlannerPassword);
    auto empty = accounts.signIn(QString(), QString());
    for (const auto *result : {&wrong, &unknown, &empty}) {
        QVERIFY(!*result);
        QCOMPARE(result->error().kind, Error::Kind::Refused);
        // The same words whether the account exists or not.
        QCOMPARE(result->error().message, QStringLiteral("unknown account or wrong password"));
    }
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), auditRows);
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_event_log WHERE source = 'auth' AND kind = 'sign-in-refused'"), qint64(3));

    // Disabled: said only to whoever knows the password.
    QVERIFY(accounts.setDisabled(admin, QStringLiteral("sato"), true));
    auto disabledWrong = accounts.signIn(QStringLiteral("sato"), QStringLiteral("planner-secret-3"));
    QCOMPARE(disabledWrong.error().message, QStringLiteral("unknown account or wrong password"));
    auto disabled = accounts.signIn(QStringLiteral("sato"), kPlannerPassword);
    QVERIFY(!disabled);
    QCOMPARE(disabled.error().kind, Error::Kind::Refused);
    QCOMPARE(disabled.error().message, QStringLiteral("the account \"sato\" is disabled"));
    // Enabled again, it signs in.
    QVERIFY(accounts.setDisabled(admin, QStringLiteral("sato"), false));
    auto enabled = accounts.signIn(QStringLiteral("sato"), kPlannerPassword);
    QVERIFY(enabled);
    QCOMPARE(enabled->role, Role::Planner);
}

void TestAccountStore::createAccountWithBindings()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    auto created = accounts.createAccount(admin, QStringLiteral("tanaka"), QStringLiteral("田中 花子"), Role::ShelterStaff,
                                          QStringLiteral("shelter-pass-12"),
                                          {QStringLiteral("shelter:12"), QStringLiteral(" shelter:7 "), QStringLiteral("shelter:12")});
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    QCOMPARE(created->displayName, QStringLiteral("田中 花子"));
    QCOMPARE(created->role, Role::ShelterStaff);
    QCOMPARE(created->bindings, QStringList({QStringLiteral("shelter:12"), QStringLiteral("shelter:7")}));

    const auto log = m_store->auditLog(1);
    QCOMPARE(log[0].action, QStringLiteral("accounts.create"));
    QCOMPARE(log[0].operatorName, QStringLiteral("admin"));
    QCOMPARE(log[0].role, Role::Administrator);
    QCOMPARE(log[0].target, QStringLiteral("account:tanaka"));
    QCOMPARE(log[0].after.value(QStringLiteral("role")).toString(), QStringLiteral("shelter-staff"));

    auto actor = accounts.signIn(QStringLiteral("tanaka"), QStringLiteral("shelter-pass-12"));
    QVERIFY(actor);
    QCOMPARE(actor->bindings, created->bindings);
    QVERIFY(actor->isBoundTo(QStringLiteral("shelter:12/capacity")));
    QVERIFY(!actor->isBoundTo(QStringLiteral("shelter:13")));

    // The display name defaults to the name.
    auto plain = accounts.createAccount(admin, QStringLiteral("ito"), QStringLiteral("  "), Role::Viewer, kPlannerPassword, {});
    QVERIFY(plain);
    QCOMPARE(plain->displayName, QStringLiteral("ito"));

    const auto all = accounts.accounts();
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all[0].name, QStringLiteral("admin"));
    QCOMPARE(all[1].name, QStringLiteral("ito"));
    QCOMPARE(all[2].name, QStringLiteral("tanaka"));
}

void TestAccountStore::createAccountRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("bindings");
    QTest::addColumn<QString>("message");
    const QString pw = kPlannerPassword;
    QTest::newRow("taken") << "admin" << Role::Planner << pw << QStringList() << "an account named \"admin\" exists already";
    QTest::newRow("space in name") << "sato taro" << Role::Planner << pw << QStringList()
                                   << "\"sato taro\" is not an account name: use 1 to 64 letters, digits, '.', '_' or '-', "
                                      "starting with a letter or digit";
    QTest::newRow("empty name") << "" << Role::Planner << pw << QStringList()
                                << "\"\" is not an account name: use 1 to 64 letters, digits, '.', '_' or '-', "
                                   "starting with a letter or digit";
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << Role::Planner << pw << QStringList()
                                   << QStringLiteral("\"%1\" is not an account name: use 1 to 64 letters, digits, '.', '_' or '-', "
                                                     "starting with a letter or digit").arg(QString(65, QLatin1Char('a')));
    QTest::newRow("system role") << "robot" << Role::System << pw << QStringList() << "\"system\" is not a role for an account";
    QTest::newRow("short password") << "sato" << Role::Planner << "1234567" << QStringList()
                                    << "a password needs at least 8 characters";
    QTest::newRow("binding without kind") << "sato" << Role::ShelterStaff << pw << QStringList{QStringLiteral("12")}
                                          << "\"12\" is not a binding: use kind:key such as shelter:12 or school:3";
    QTest::newRow("binding with space") << "sato" << Role::ShelterStaff << pw << QStringList{QStringLiteral("shelter:1 2")}
                                        << "\"shelter:1 2\" is not a binding: use kind:key such as shelter:12 or school:3";
    QTest::newRow("binding ending in /") << "sato" << Role::ShelterStaff << pw << QStringList{QStringLiteral("shelter:12/")}
                                         << "\"shelter:12/\" is not a binding: use kind:key such as shelter:12 or school:3";
}

void TestAccountStore::createAccountRefusals()
{
    QFETCH(QString, name);
    QFETCH(Role, role);
    QFETCH(QString, password);
    QFETCH(QStringList, bindings);
    QFETCH(QString, message);
    const Actor admin = signInAdmin();
    const qint64 auditRows = count(*m_store, "SELECT count(*) FROM ct_audit");
    AccountStore accounts(*m_store);
    auto created = accounts.createAccount(admin, name, QString(), role, password, bindings);
    QVERIFY(!created);
    QCOMPARE(created.error().message, message);
    QCOMPARE(accounts.accounts().size(), std::size_t(1));
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), auditRows);
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_account_binding"), qint64(0));
}

void TestAccountStore::nonAdministratorCannotManage()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    QVERIFY(accounts.createAccount(admin, QStringLiteral("sato"), QString(), Role::HqCommander, kPlannerPassword, {}));
    const Actor commander = accounts.signIn(QStringLiteral("sato"), kPlannerPassword).value();
    const qint64 auditRows = count(*m_store, "SELECT count(*) FROM ct_audit");

    auto created = accounts.createAccount(commander, QStringLiteral("evil"), QString(), Role::Administrator, kPlannerPassword, {});
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::Refused);
    QCOMPARE(created.error().message, QStringLiteral("hq-commander may not accounts.create (account:evil)"));
    const Status password = accounts.setPassword(commander, QStringLiteral("admin"), QStringLiteral("taken-over-1"));
    QCOMPARE(password.error().message, QStringLiteral("hq-commander may not accounts.set-password (account:admin)"));
    QCOMPARE(accounts.setDisabled(commander, QStringLiteral("admin"), true).error().kind, Error::Kind::Refused);
    QCOMPARE(accounts.setBindings(commander, QStringLiteral("sato"), {QStringLiteral("shelter:1")}).error().kind,
             Error::Kind::Refused);
    QCOMPARE(accounts.setRole(commander, QStringLiteral("sato"), Role::Administrator).error().kind, Error::Kind::Refused);

    // Nothing happened.
    QCOMPARE(count(*m_store, "SELECT count(*) FROM ct_audit"), auditRows);
    QCOMPARE(accounts.accounts().size(), std::size_t(2));
    QVERIFY(accounts.signIn(QStringLiteral("admin"), kAdminPassword));
    QCOMPARE(accounts.account(QStringLiteral("sato"))->role, Role::HqCommander);
    QVERIFY(accounts.account(QStringLiteral("sato"))->bindings.isEmpty());
}

void TestAccountStore::bindingsRoundTrip()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    QVERIFY(accounts.createAccount(admin, QStringLiteral("school7"), QString(), Role::SchoolLiaison, kPlannerPassword,
                                   {QStringLiteral("school:7")}));
    QCOMPARE(accounts.account(QStringLiteral("school7"))->bindings, QStringList{QStringLiteral("school:7")});

    const QStringList next{QStringLiteral("school:9/gym"), QStringLiteral("school:8")};
    QVERIFY(accounts.setBindings(admin, QStringLiteral("school7"), next));
    QCOMPARE(accounts.account(QStringLiteral("school7"))->bindings,
             QStringList({QStringLiteral("school:8"), QStringLiteral("school:9/gym")}));
    const auto log = m_store->auditLog(1);
    QCOMPARE(log[0].action, QStringLiteral("accounts.set-bindings"));
    QCOMPARE(log[0].before.value(QStringLiteral("bindings")).toArray().size(), 1);
    QCOMPARE(log[0].after.value(QStringLiteral("bindings")).toArray().size(), 2);

    auto actor = accounts.signIn(QStringLiteral("school7"), kPlannerPassword);
    QVERIFY(actor);
    QVERIFY(actor->isBoundTo(QStringLiteral("school:9/gym")));
    QVERIFY(!actor->isBoundTo(QStringLiteral("school:9")));
    QVERIFY(!actor->isBoundTo(QStringLiteral("school:7")));

    // Cleared.
    QVERIFY(accounts.setBindings(admin, QStringLiteral("school7"), {}));
    QVERIFY(accounts.account(QStringLiteral("school7"))->bindings.isEmpty());
    // A bad one changes nothing.
    QVERIFY(accounts.setBindings(admin, QStringLiteral("school7"), {QStringLiteral("school:1")}));
    QCOMPARE(accounts.setBindings(admin, QStringLiteral("school7"), {QStringLiteral("school:2"), QStringLiteral("bad binding")})
                 .error()
                 .kind,
             Error::Kind::InvalidInput);
    QCOMPARE(accounts.account(QStringLiteral("school7"))->bindings, QStringList{QStringLiteral("school:1")});
    // Unknown account.
    QCOMPARE(accounts.setBindings(admin, QStringLiteral("nobody"), {}).error().kind, Error::Kind::NotFound);
}

void TestAccountStore::passwords()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    QVERIFY(accounts.createAccount(admin, QStringLiteral("sato"), QString(), Role::Planner, kPlannerPassword, {}));
    const Actor sato = accounts.signIn(QStringLiteral("sato"), kPlannerPassword).value();

    // The administrator resets it.
    QVERIFY(accounts.setPassword(admin, QStringLiteral("sato"), QStringLiteral("reset-by-admin")));
    QVERIFY(!accounts.signIn(QStringLiteral("sato"), kPlannerPassword));
    QVERIFY(accounts.signIn(QStringLiteral("sato"), QStringLiteral("reset-by-admin")));
    QCOMPARE(m_store->auditLog(2)[1].action, QStringLiteral("accounts.set-password"));

    // The operator changes their own, knowing the current one.
    const Status wrongCurrent = accounts.changeOwnPassword(sato, QStringLiteral("not-the-current"), QStringLiteral("my-own-choice"));
    QVERIFY(!wrongCurrent);
    QCOMPARE(wrongCurrent.error().message, QStringLiteral("the current password is wrong"));
    QCOMPARE(accounts.changeOwnPassword(sato, QStringLiteral("reset-by-admin"), QStringLiteral("short")).error().kind,
             Error::Kind::InvalidInput);
    QVERIFY(accounts.changeOwnPassword(sato, QStringLiteral("reset-by-admin"), QStringLiteral("my-own-choice")));
    QVERIFY(accounts.signIn(QStringLiteral("sato"), QStringLiteral("my-own-choice")));
    const auto log = m_store->auditLog(2);
    QCOMPARE(log[1].action, QStringLiteral("accounts.change-own-password"));
    QCOMPARE(log[1].operatorName, QStringLiteral("sato"));
    QCOMPARE(log[1].target, QStringLiteral("account:sato"));

    // Not signed in: nobody's password to change.
    QCOMPARE(accounts.changeOwnPassword(Actor{QString(), Role::Viewer, {}}, QString(), QStringLiteral("whatever-1")).error().kind,
             Error::Kind::Refused);
    // The administrator can set a password of an unknown account no more than anyone.
    QCOMPARE(accounts.setPassword(admin, QStringLiteral("nobody"), QStringLiteral("whatever-1")).error().kind, Error::Kind::NotFound);
}

void TestAccountStore::lastAdministratorStays()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    const Status disable = accounts.setDisabled(admin, QStringLiteral("admin"), true);
    QVERIFY(!disable);
    QCOMPARE(disable.error().kind, Error::Kind::Refused);
    QVERIFY(disable.error().message.contains(QStringLiteral("last enabled administrator")));
    QCOMPARE(accounts.setRole(admin, QStringLiteral("admin"), Role::Planner).error().kind, Error::Kind::Refused);
    QCOMPARE(accounts.account(QStringLiteral("admin"))->role, Role::Administrator);
    QVERIFY(!accounts.account(QStringLiteral("admin"))->disabled);

    // With a second administrator, the first may step down.
    QVERIFY(accounts.createAccount(admin, QStringLiteral("admin2"), QString(), Role::Administrator, kAdminPassword, {}));
    QVERIFY(accounts.setRole(admin, QStringLiteral("admin"), Role::Planner));
    QCOMPARE(accounts.account(QStringLiteral("admin"))->role, Role::Planner);
    const auto log = m_store->auditLog(1);
    QCOMPARE(log[0].action, QStringLiteral("accounts.set-role"));
    QCOMPARE(log[0].before.value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    QCOMPARE(log[0].after.value(QStringLiteral("role")).toString(), QStringLiteral("planner"));
    const Actor admin2 = accounts.signIn(QStringLiteral("admin2"), kAdminPassword).value();
    QCOMPARE(accounts.setDisabled(admin2, QStringLiteral("admin2"), true).error().kind, Error::Kind::Refused);
}

void TestAccountStore::staleActorRefused()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    QVERIFY(accounts.createAccount(admin, QStringLiteral("admin2"), QString(), Role::Administrator, kAdminPassword, {}));
    const Actor admin2 = accounts.signIn(QStringLiteral("admin2"), kAdminPassword).value();
    QVERIFY(accounts.setDisabled(admin, QStringLiteral("admin2"), true));
    // admin2 signed in before being disabled: its account actions are refused now.
    auto created = accounts.createAccount(admin2, QStringLiteral("sato"), QString(), Role::Planner, kPlannerPassword, {});
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::Refused);
    QCOMPARE(created.error().message, QStringLiteral("the account \"admin2\" changed since it signed in; sign in again"));
    QVERIFY(!accounts.account(QStringLiteral("sato")));
    // An actor claiming a role its account does not have is refused the same way.
    const Actor forged{QStringLiteral("ghost"), Role::Administrator, {}};
    QCOMPARE(accounts.setDisabled(forged, QStringLiteral("admin"), true).error().kind, Error::Kind::Refused);
}

void TestAccountStore::readOnlyTwin()
{
    signInAdmin();
    const qint64 auditRows = count(*m_store, "SELECT count(*) FROM ct_audit");
    m_store.reset();
    auto opened = TwinStore::open(m_path, TwinStore::OpenMode::ReadOnly);
    QVERIFY(opened.ok());
    AccountStore accounts(*opened.value());
    QVERIFY(accounts.hasAccounts());
    auto actor = accounts.signIn(QStringLiteral("admin"), kAdminPassword);
    QVERIFY2(actor.ok(), actor.ok() ? "" : qPrintable(actor.error().toString()));
    QVERIFY(!accounts.signIn(QStringLiteral("admin"), QStringLiteral("wrong-password")));
    QCOMPARE(count(*opened.value(), "SELECT count(*) FROM ct_audit"), auditRows);
    QCOMPARE(accounts.createAccount(actor.value(), QStringLiteral("sato"), QString(), Role::Planner, kPlannerPassword, {})
                 .error()
                 .kind,
             Error::Kind::Refused);
}

void TestAccountStore::noPasswordInAnyLog()
{
    const Actor admin = signInAdmin();
    AccountStore accounts(*m_store);
    QVERIFY(accounts.createAccount(admin, QStringLiteral("sato"), QString(), Role::Planner, kPlannerPassword,
                                   {QStringLiteral("district:3")}));
    QVERIFY(accounts.setPassword(admin, QStringLiteral("sato"), QStringLiteral("second-password")));
    const Actor sato = accounts.signIn(QStringLiteral("sato"), QStringLiteral("second-password")).value();
    QVERIFY(accounts.changeOwnPassword(sato, QStringLiteral("second-password"), QStringLiteral("third-password")));
    QVERIFY(!accounts.signIn(QStringLiteral("sato"), QStringLiteral("fourth-password")));
    QVERIFY(!accounts.signIn(QStringLiteral("nobody"), QStringLiteral("fifth-password")));
    QVERIFY(count(*m_store, "SELECT count(*) FROM ct_audit") >= 6);

    const QString logs = logsText(*m_store);
    for (const QString &secret : {kAdminPassword, kPlannerPassword, QStringLiteral("second-password"),
                                  QStringLiteral("third-password"), QStringLiteral("fourth-password"),
                                  QStringLiteral("fifth-password"), QStringLiteral("$argon2id")})
        QVERIFY2(!logs.contains(secret), qPrintable(secret));
    QVERIFY(logs.contains(QStringLiteral("accounts.change-own-password")));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
