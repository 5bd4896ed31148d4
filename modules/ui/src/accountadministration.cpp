// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "accountadministration.h"

#include "twinsession.h"

#include "ct/auth/accountstore.h"
#include "ct/store/twinstore.h"

#include <QRegularExpression>

namespace ct::ui {

AccountAdministration::AccountAdministration(TwinSession &session, QObject *parent) : QObject(parent), m_session(session) {}

QStringList AccountAdministration::parseBindings(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool AccountAdministration::createAccount(const QString &name, const QString &displayName, const QString &role,
                                          const QString &password, const QString &bindings)
{
    store::TwinStore *store = m_session.store();
    if (!store)
        return finish(tr("No twin is open."));
    core::Role accountRole = core::Role::Viewer;
    if (!core::roleFromName(role, &accountRole))
        return finish(tr("Unknown role \"%1\".").arg(role));
    auto created = auth::AccountStore(*store).createAccount(m_session.actor(), name.trimmed(), displayName, accountRole, password,
                                                            parseBindings(bindings));
    return finish(created ? QString() : created.error().toString());
}

bool AccountAdministration::setDisabled(const QString &name, bool disabled)
{
    store::TwinStore *store = m_session.store();
    if (!store)
        return finish(tr("No twin is open."));
    const core::Status status = auth::AccountStore(*store).setDisabled(m_session.actor(), name, disabled);
    return finish(status ? QString() : status.error().toString());
}

bool AccountAdministration::setBindings(const QString &name, const QString &bindings)
{
    store::TwinStore *store = m_session.store();
    if (!store)
        return finish(tr("No twin is open."));
    const core::Status status = auth::AccountStore(*store).setBindings(m_session.actor(), name, parseBindings(bindings));
    return finish(status ? QString() : status.error().toString());
}

bool AccountAdministration::setRole(const QString &name, const QString &role)
{
    store::TwinStore *store = m_session.store();
    if (!store)
        return finish(tr("No twin is open."));
    core::Role accountRole = core::Role::Viewer;
    if (!core::roleFromName(role, &accountRole))
        return finish(tr("Unknown role \"%1\".").arg(role));
    const core::Status status = auth::AccountStore(*store).setRole(m_session.actor(), name, accountRole);
    return finish(status ? QString() : status.error().toString());
}

bool AccountAdministration::setPassword(const QString &name, const QString &password)
{
    store::TwinStore *store = m_session.store();
    if (!store)
        return finish(tr("No twin is open."));
    const core::Status status = auth::AccountStore(*store).setPassword(m_session.actor(), name, password);
    return finish(status ? QString() : status.error().toString());
}

void AccountAdministration::refresh()
{
    QVariantList list;
    if (store::TwinStore *store = m_session.store()) {
        for (const auth::Account &account : auth::AccountStore(*store).accounts()) {
            list << QVariantMap{{QStringLiteral("name"), account.name},
                                {QStringLiteral("displayName"), account.displayName},
                                {QStringLiteral("role"), core::roleName(account.role)},
                                {QStringLiteral("bindings"), account.bindings},
                                {QStringLiteral("bindingsText"), account.bindings.join(QStringLiteral(", "))},
                                {QStringLiteral("disabled"), account.disabled},
                                {QStringLiteral("createdAt"), account.createdAt}};
        }
    }
    m_accounts = list;
    emit accountsChanged();
}

bool AccountAdministration::finish(const QString &error)
{
    if (error.isEmpty())
        refresh();
    if (m_errorString != error) {
        m_errorString = error;
        emit errorStringChanged();
    }
    return error.isEmpty();
}

} // namespace ct::ui
