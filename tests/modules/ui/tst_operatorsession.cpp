// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "operatorsession.h"
#include "twinsession.h"

#include "ct/auth/accountstore.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using ct::auth::AccountStore;
using ct::core::Actor;
using ct::core::Role;
using ct::store::TwinStore;
using ct::ui::OperatorSession;
using ct::ui::TwinSession;

namespace {
const QString kAdminPassword = QStringLiteral("admin-password-1");
const QString kPassword = QStringLiteral("operator-password-1");
constexpr int kPollMs = 100;
// Well above the poll interval, well below what a test may take.
constexpr int kWithinMs = 3000;
} // namespace

/// The console's signed-in operator follows changes to its account made by another connection
/// to the twin (citytwin-cli account …, a second console): disabled or deleted → signed out with
/// a notice; a new role or new bindings → the session's actor.
class TestOperatorSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void disabledAccountIsSignedOut();
    void deletedAccountIsSignedOut();
    void roleAndBindingChangesAreTakenOver();
    void unrelatedChangesKeepTheOperator();

private:
    /// Signs the console in as a new account `name` created from the second connection.
    void signInAs(const QString &name, Role role, const QStringList &bindings);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ct::plugin::PluginRegistry> m_plugins;
    std::unique_ptr<TwinSession> m_session;
    std::unique_ptr<OperatorSession> m_operators;
    std::unique_ptr<TwinStore> m_other; // the second connection: "the administrator elsewhere"
    Actor m_admin{QStringLiteral("admin"), Role::Administrator, {}};
};

void TestOperatorSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("accounts.gpkg"));
    {
        auto created = TwinStore::create(path);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        AccountStore accounts(*created.value());
        QVERIFY(accounts.ensureSchema());
        QVERIFY(accounts.createFirstAdministrator(m_admin.operatorName, kAdminPassword));
    }
    m_plugins = std::make_unique<ct::plugin::PluginRegistry>(ct::plugin::PluginContext{});
    m_session = std::make_unique<TwinSession>(*m_plugins);
    m_operators = std::make_unique<OperatorSession>(*m_session);
    m_operators->setAccountPollInterval(kPollMs);
    QVERIFY2(m_session->open(path), qPrintable(m_session->errorString()));
    auto other = TwinStore::open(path);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().toString()));
    m_other = std::move(other).value();
}

void TestOperatorSession::cleanup()
{
    m_other.reset();
    m_operators.reset();
    m_session.reset();
    m_plugins.reset();
    m_dir.reset();
}

void TestOperatorSession::signInAs(const QString &name, Role role, const QStringList &bindings)
{
    AccountStore accounts(*m_other);
    auto created = accounts.createAccount(m_admin, name, name, role, kPassword, bindings);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QVERIFY2(m_operators->signIn(name, kPassword), qPrintable(m_operators->errorString()));
    QVERIFY(m_session->signedIn());
    QCOMPARE(m_session->operatorName(), name);
    QVERIFY(m_operators->notice().isEmpty());
}

void TestOperatorSession::disabledAccountIsSignedOut()
{
    signInAs(QStringLiteral("hanako"), Role::ShelterStaff, {QStringLiteral("shelter:12")});
    QSignalSpy changed(m_session.get(), &TwinSession::operatorChanged);
    QVERIFY(AccountStore(*m_other).setDisabled(m_admin, QStringLiteral("hanako"), true));

    QTRY_VERIFY_WITH_TIMEOUT(!m_session->signedIn(), kWithinMs);
    QVERIFY(!m_operators->signedIn());
    QCOMPARE(m_session->actor().role, Role::Viewer);
    QVERIFY(m_session->actor().operatorName.isEmpty());
    QCOMPARE(m_operators->roleName(), QStringLiteral("viewer"));
    QVERIFY(m_operators->displayName().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_operators->notice(), QStringLiteral("Your account was disabled by an administrator; you are signed out."));
    // The twin refuses the account's actions now, and signing in again is refused too.
    QVERIFY(!m_operators->signIn(QStringLiteral("hanako"), kPassword));
    QVERIFY(!m_session->signedIn());
    // Re-enabled, the operator can sign in again; the notice goes with the new sign-in.
    QVERIFY(AccountStore(*m_other).setDisabled(m_admin, QStringLiteral("hanako"), false));
    QVERIFY2(m_operators->signIn(QStringLiteral("hanako"), kPassword), qPrintable(m_operators->errorString()));
    QVERIFY(m_operators->notice().isEmpty());
}

void TestOperatorSession::deletedAccountIsSignedOut()
{
    signInAs(QStringLiteral("taro"), Role::Planner, {});
    // AccountStore has no delete: an account removed with SQL from another connection.
    char *message = nullptr;
    const int rc = sqlite3_exec(m_other->handle(), "DELETE FROM ct_account WHERE name = 'taro'", nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));

    QTRY_VERIFY_WITH_TIMEOUT(!m_session->signedIn(), kWithinMs);
    QCOMPARE(m_session->actor().role, Role::Viewer);
    QVERIFY(m_operators->notice().contains(QStringLiteral("\"taro\" no longer exists")));
}

void TestOperatorSession::roleAndBindingChangesAreTakenOver()
{
    signInAs(QStringLiteral("jiro"), Role::ShelterStaff, {QStringLiteral("shelter:12")});
    QVERIFY(!m_session->may(QStringLiteral("accounts.create")));
    QSignalSpy sessionChanged(m_session.get(), &TwinSession::operatorChanged);
    QSignalSpy operatorChanged(m_operators.get(), &OperatorSession::operatorChanged);

    QVERIFY(AccountStore(*m_other).setRole(m_admin, QStringLiteral("jiro"), Role::Planner));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->operatorRole(), QStringLiteral("planner"), kWithinMs);
    QVERIFY(m_session->signedIn());
    QCOMPARE(m_session->operatorName(), QStringLiteral("jiro"));
    QCOMPARE(m_session->actor().role, Role::Planner);
    QCOMPARE(m_operators->roleName(), QStringLiteral("planner"));
    QCOMPARE(m_session->operatorBindings(), QStringList{QStringLiteral("shelter:12")});
    QVERIFY(sessionChanged.count() >= 1);
    QVERIFY(operatorChanged.count() >= 1);
    QVERIFY(!m_operators->notice().isEmpty());

    const QStringList bindings{QStringLiteral("school:3/gym"), QStringLiteral("shelter:7")};
    QVERIFY(AccountStore(*m_other).setBindings(m_admin, QStringLiteral("jiro"), bindings));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->operatorBindings(), bindings, kWithinMs);
    QCOMPARE(m_session->actor().bindings, bindings);
    QVERIFY(m_session->signedIn());

    // Promoted to administrator from elsewhere: the session may administer accounts now.
    QVERIFY(AccountStore(*m_other).setRole(m_admin, QStringLiteral("jiro"), Role::Administrator));
    QTRY_VERIFY_WITH_TIMEOUT(m_operators->isAdministrator(), kWithinMs);
    QVERIFY(m_session->may(QStringLiteral("accounts.create")));
}

void TestOperatorSession::unrelatedChangesKeepTheOperator()
{
    signInAs(QStringLiteral("saburo"), Role::HqCommander, {});
    QSignalSpy changed(m_session.get(), &TwinSession::operatorChanged);
    // Another account changes; this operator's does not.
    QVERIFY(AccountStore(*m_other).createAccount(m_admin, QStringLiteral("shiro"), QStringLiteral("Shiro"), Role::Viewer,
                                                 kPassword, {}));
    QVERIFY(AccountStore(*m_other).setDisabled(m_admin, QStringLiteral("shiro"), true));
    QTest::qWait(10 * kPollMs);
    QVERIFY(m_session->signedIn());
    QCOMPARE(m_session->operatorRole(), QStringLiteral("hq-commander"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_operators->notice().isEmpty());
}

QTEST_GUILESS_MAIN(TestOperatorSession)
#include "tst_operatorsession.moc"
