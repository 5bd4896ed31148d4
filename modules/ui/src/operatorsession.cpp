// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "operatorsession.h"

#include "accountadministration.h"
#include "twinsession.h"

#include "ct/auth/accountstore.h"
#include "ct/auth/passwordhash.h"
#include "ct/store/twinstore.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcOperator, "citytwin.operator")

namespace ct::ui {

OperatorSession::OperatorSession(TwinSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_accounts(new AccountAdministration(session, this))
{
    m_accountPoll.setInterval(1000);
    connect(&m_accountPoll, &QTimer::timeout, this, &OperatorSession::pollAccount);
    connect(&m_session, &TwinSession::operatorChanged, this, [this] {
        if (!m_session.signedIn()) {
            m_displayName.clear();
            m_accountPoll.stop();
            m_accountToken.clear();
        } else {
            m_accountToken = twinToken();
            if (!m_accountPoll.isActive())
                m_accountPoll.start();
        }
        emit operatorChanged();
    });
    connect(&m_session, &TwinSession::openedChanged, this, [this] {
        setErrorString({});
        m_accounts->refresh();
        emit accountsChanged();
    });
}

OperatorSession::~OperatorSession() = default;

bool OperatorSession::signIn(const QString &name, const QString &password)
{
    store::TwinStore *store = m_session.store();
    if (!store) {
        setErrorString(tr("Open a twin first: accounts belong to a twin."));
        return false;
    }
    m_session.clearOperator();
    auth::AccountStore accounts(*store);
    auto actor = accounts.signIn(name, password);
    if (!actor) {
        qCInfo(lcOperator).noquote() << "sign-in refused:" << actor.error().toString();
        setErrorString(actor.error().toString());
        return false;
    }
    const auto account = accounts.account(actor->operatorName);
    m_displayName = account ? account->displayName : actor->operatorName;
    setErrorString({});
    setNotice({});
    m_session.setOperator(actor.value());
    m_accounts->refresh();
    qCInfo(lcOperator).noquote() << "signed in:" << actor->operatorName << core::roleName(actor->role);
    return true;
}

void OperatorSession::signOut()
{
    setErrorString({});
    setNotice({});
    m_session.clearOperator();
}

bool OperatorSession::createFirstAdministrator(const QString &name, const QString &displayName, const QString &password)
{
    store::TwinStore *store = m_session.store();
    if (!store) {
        setErrorString(tr("Open a twin first: accounts belong to a twin."));
        return false;
    }
    auth::AccountStore accounts(*store);
    auto created = accounts.createFirstAdministrator(name.trimmed(), password, displayName);
    if (!created) {
        setErrorString(created.error().toString());
        return false;
    }
    emit accountsChanged();
    return signIn(created->name, password);
}

bool OperatorSession::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    store::TwinStore *store = m_session.store();
    if (!store || !m_session.signedIn()) {
        setErrorString(tr("Sign in to change your password."));
        return false;
    }
    const core::Status status = auth::AccountStore(*store).changeOwnPassword(m_session.actor(), currentPassword, newPassword);
    setErrorString(status ? QString() : status.error().toString());
    return status.ok();
}

bool OperatorSession::may(const QString &action, const QString &target) const
{
    return m_session.may(action, target);
}

bool OperatorSession::signedIn() const { return m_session.signedIn(); }
QString OperatorSession::operatorName() const { return m_session.operatorName(); }
QString OperatorSession::roleName() const { return m_session.operatorRole(); }
QStringList OperatorSession::bindings() const { return m_session.operatorBindings(); }

bool OperatorSession::isAdministrator() const
{
    return m_session.signedIn() && m_session.actor().role == core::Role::Administrator;
}

bool OperatorSession::needsFirstAdministrator() const
{
    store::TwinStore *store = m_session.store();
    return store && !store->isReadOnly() && !auth::AccountStore(*store).hasAccounts();
}

bool OperatorSession::canSignIn() const
{
    store::TwinStore *store = m_session.store();
    return store && auth::AccountStore(*store).hasAccounts();
}

QStringList OperatorSession::accountRoles() const
{
    QStringList names;
    for (core::Role role : {core::Role::Administrator, core::Role::HqCommander, core::Role::ShelterStaff, core::Role::Planner,
                            core::Role::MobilityDispatcher, core::Role::PoliceLiaison, core::Role::SchoolLiaison,
                            core::Role::Viewer})
        names << core::roleName(role);
    return names;
}

int OperatorSession::minimumPasswordLength() const
{
    return auth::PasswordHash::kMinimumLength;
}

QString OperatorSession::twinToken() const
{
    // data_version moves when another connection commits (citytwin-cli, a second console);
    // total_changes counts this connection's own writes (the Accounts dialog).
    store::TwinStore *store = m_session.store();
    sqlite3 *db = store ? store->handle() : nullptr;
    if (!db)
        return {};
    qint64 version = -1;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return QStringLiteral("%1/%2/%3").arg(store->path()).arg(version).arg(sqlite3_total_changes64(db));
}

void OperatorSession::pollAccount()
{
    if (!m_session.signedIn()) {
        m_accountPoll.stop();
        return;
    }
    if (twinToken() == m_accountToken)
        return;
    checkAccount();
}

void OperatorSession::checkAccount()
{
    store::TwinStore *store = m_session.store();
    if (!store || !m_session.signedIn())
        return;
    m_accountToken = twinToken();
    const core::Actor current = m_session.actor();
    auto account = auth::AccountStore(*store).account(current.operatorName);
    if (!account) {
        if (account.error().kind != core::Error::Kind::NotFound) {
            // A busy or unreadable twin says nothing about the account: look again on the next change.
            qCWarning(lcOperator).noquote() << "cannot re-read the signed-in account:" << account.error().toString();
            m_accountToken.clear();
            return;
        }
        qCInfo(lcOperator).noquote() << "signed out: the account" << current.operatorName << "no longer exists";
        setErrorString({});
        setNotice(tr("Your account \"%1\" no longer exists in this twin; you are signed out.").arg(current.operatorName));
        m_session.clearOperator();
        m_accounts->refresh();
        return;
    }
    if (account->disabled) {
        qCInfo(lcOperator).noquote() << "signed out: the account" << current.operatorName << "was disabled";
        setErrorString({});
        setNotice(tr("Your account was disabled by an administrator; you are signed out."));
        m_session.clearOperator();
        m_accounts->refresh();
        return;
    }
    const core::Actor updated = account->actor();
    const bool actorChanged = updated.role != current.role || updated.bindings != current.bindings;
    const bool nameChanged = account->displayName != m_displayName;
    if (!actorChanged && !nameChanged)
        return;
    m_displayName = account->displayName;
    if (actorChanged) {
        qCInfo(lcOperator).noquote() << "the account" << current.operatorName << "changed:" << core::roleName(updated.role)
                                     << updated.bindings.join(QLatin1Char(','));
        setNotice(tr("An administrator changed your account; the console now acts with your new role and responsibilities."));
        m_session.setOperator(updated); // emits operatorChanged (through the session)
        m_accounts->refresh();
    } else {
        emit operatorChanged();
    }
}

void OperatorSession::setNotice(const QString &message)
{
    if (m_notice == message)
        return;
    m_notice = message;
    emit noticeChanged();
}

void OperatorSession::setErrorString(const QString &message)
{
    if (m_errorString == message)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

} // namespace ct::ui
