// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QStringList>
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
    AccountAdministration *accounts() const { return m_accounts; }
    QStringList accountRoles() const;
    int minimumPasswordLength() const;

signals:
    void operatorChanged();
    void accountsChanged();
    void errorStringChanged();

private:
    void setErrorString(const QString &message);
    TwinSession &m_session;
    AccountAdministration *m_accounts;
    QString m_displayName;
    QString m_errorString;
};

} // namespace ct::ui
