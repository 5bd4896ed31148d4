// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "operatorsession.h"

#include "accountadministration.h"
#include "twinsession.h"

#include "ct/auth/accountstore.h"
#include "ct/auth/passwordhash.h"
#include "ct/store/twinstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOperator, "citytwin.operator")

namespace ct::ui {

OperatorSession::OperatorSession(TwinSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_accounts(new AccountAdministration(session, this))
{
    connect(&m_session, &TwinSession::operatorChanged, this, [this] {
        if (!m_session.signedIn())
            m_displayName.clear();
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
    m_session.setOperator(actor.value());
    m_accounts->refresh();
    qCInfo(lcOperator).noquote() << "signed in:" << actor->operatorName << core::roleName(actor->role);
    return true;
}

void OperatorSession::signOut()
{
    setErrorString({});
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

void OperatorSession::setErrorString(const QString &message)
{
    if (m_errorString == message)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

} // namespace ct::ui
