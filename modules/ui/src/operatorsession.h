// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

class AccountAdministration;
class TwinSession;

/// \brief Who works at the console: sign-in to the open twin with an account of that twin, the
/// first administrator of a twin without accounts, sign-out, and what the operator may do.
///
/// Owned by the application context and handed to QML. The signed-in actor itself lives in the
/// TwinSession (TwinSession::actor()), which is what importers, the timeline and the domain
/// panels act with; opening or closing a twin signs the operator out. Password hashing takes
/// about half a second, on the calling thread.
///
/// While an operator is signed in, the session watches the twin's accounts: every
/// accountPollInterval() it checks SQLite's `PRAGMA data_version` (moves when another connection,
/// e.g. citytwin-cli, commits) and this connection's change count, and when either moved it reads
/// the operator's account again. A disabled or deleted account is signed out (notice() says why);
/// a changed role or changed bindings become the session's actor (operatorChanged()).
class OperatorSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OperatorSession is created by the application")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY operatorChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY operatorChanged)
    //! Stable role name ("hq-commander"); "viewer" while nobody is signed in.
    Q_PROPERTY(QString roleName READ roleName NOTIFY operatorChanged)
    Q_PROPERTY(QStringList bindings READ bindings NOTIFY operatorChanged)
    Q_PROPERTY(bool isAdministrator READ isAdministrator NOTIFY operatorChanged)
    //! A writable twin without any account is open: the sign-in asks for its first administrator.
    Q_PROPERTY(bool needsFirstAdministrator READ needsFirstAdministrator NOTIFY accountsChanged)
    //! A twin with accounts is open.
    Q_PROPERTY(bool canSignIn READ canSignIn NOTIFY accountsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    //! Why the session ended or changed without the operator asking (the account was disabled
    //! by an administrator); empty otherwise. Cleared by the next sign-in.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    //! The administrator's account list and actions.
    Q_PROPERTY(ct::ui::AccountAdministration *accounts READ accounts CONSTANT)
    //! Roles an account can have, by stable name.
    Q_PROPERTY(QStringList accountRoles READ accountRoles CONSTANT)
    //! Characters a password needs at least.
    Q_PROPERTY(int minimumPasswordLength READ minimumPasswordLength CONSTANT)

public:
    explicit OperatorSession(TwinSession &session, QObject *parent = nullptr);
    ~OperatorSession() override;

    /// Signs in to the open twin; on failure sets errorString (an unknown account and a wrong
    /// password read the same) and keeps whoever was signed in signed out.
    Q_INVOKABLE bool signIn(const QString &name, const QString &password);
    Q_INVOKABLE void signOut();
    /// Creates the twin's first administrator and signs in as it.
    Q_INVOKABLE bool createFirstAdministrator(const QString &name, const QString &displayName, const QString &password);
    /// The signed-in operator's own password.
    Q_INVOKABLE bool changeOwnPassword(const QString &currentPassword, const QString &newPassword);
    /// Reads the signed-in operator's account again now (the poll does this when the twin changed):
    /// signs out a disabled or deleted account, takes a changed role, bindings or display name.
    Q_INVOKABLE void checkAccount();
    /// The operator has read notice().
    Q_INVOKABLE void dismissNotice() { setNotice({}); }
    /// How often the twin is looked at for account changes while signed in (default 1,000 ms).
    int accountPollInterval() const { return m_accountPoll.interval(); }
    void setAccountPollInterval(int milliseconds) { m_accountPoll.setInterval(milliseconds); }
    /// Whether the signed-in operator (or the viewer) may perform `action` on `target`.
    Q_INVOKABLE bool may(const QString &action, const QString &target = {}) const;

    bool signedIn() const;
    QString operatorName() const;
    QString displayName() const { return m_displayName; }
    QString roleName() const;
    QStringList bindings() const;
    bool isAdministrator() const;
    bool needsFirstAdministrator() const;
    bool canSignIn() const;
    QString errorString() const { return m_errorString; }
    QString notice() const { return m_notice; }
    AccountAdministration *accounts() const { return m_accounts; }
    QStringList accountRoles() const;
    int minimumPasswordLength() const;

signals:
    void operatorChanged();
    void accountsChanged();
    void errorStringChanged();
    void noticeChanged();

private:
    void setErrorString(const QString &message);
    void setNotice(const QString &message);
    void pollAccount();
    QString twinToken() const;
    TwinSession &m_session;
    AccountAdministration *m_accounts;
    QString m_displayName;
    QString m_errorString;
    QString m_notice;
    QTimer m_accountPoll;
    QString m_accountToken; //!< twinToken() when the account was last read
};

} // namespace ct::ui
