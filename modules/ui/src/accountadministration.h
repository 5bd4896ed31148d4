// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

class TwinSession;

/// \brief The administrator's view of the open twin's accounts: the list, new operators with
/// their role and bindings, disabling, bindings, roles and password resets.
///
/// Every change acts as the session's signed-in operator through ct::auth::AccountStore, so the
/// store refuses it unless that operator is an administrator; the dialog only shows what the
/// store allows. Failures set errorString.
class AccountAdministration : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AccountAdministration belongs to the OperatorSession")
    //! [{name, displayName, role, bindings (list), bindingsText, disabled, createdAt}], by name.
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit AccountAdministration(TwinSession &session, QObject *parent = nullptr);

    /// Splits what an administrator typed into bindings: commas, spaces and line ends separate.
    static QStringList parseBindings(const QString &text);

    Q_INVOKABLE bool createAccount(const QString &name, const QString &displayName, const QString &role,
                                   const QString &password, const QString &bindings);
    Q_INVOKABLE bool setDisabled(const QString &name, bool disabled);
    Q_INVOKABLE bool setBindings(const QString &name, const QString &bindings);
    Q_INVOKABLE bool setRole(const QString &name, const QString &role);
    Q_INVOKABLE bool setPassword(const QString &name, const QString &password);
    /// Re-reads the list (the twin may have been changed by another console or citytwin-cli).
    Q_INVOKABLE void refresh();

    QVariantList accounts() const { return m_accounts; }
    QString errorString() const { return m_errorString; }

signals:
    void accountsChanged();
    void errorStringChanged();

private:
    bool finish(const QString &error);
    TwinSession &m_session;
    QVariantList m_accounts;
    QString m_errorString;
};

} // namespace ct::ui
