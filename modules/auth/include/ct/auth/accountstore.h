// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/auth/account.h"
#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/store/migration.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::auth {

/// \brief The operators of a twin: their accounts, passwords, roles and bindings, and sign-in.
///
/// Accounts live in the twin itself (`ct_account`, `ct_account_binding`, component "auth"), so a
/// twin carries who may work on it. Every change is a TwinStore::perform() action, audited, and
/// granted in `ct_permission` to the administrator only ("accounts.create", "accounts.set-password",
/// "accounts.set-disabled", "accounts.set-bindings", "accounts.set-role"), except
/// "accounts.change-own-password", which every role may do for its own account. Audit rows name
/// the account and describe what changed; they never contain a password or a hash.
///
/// Targets of the actions are "account:<name>". A light object: build one on the store when
/// needed. Not thread-safe, like the store.
class AccountStore
{
public:
    /// The component the schema is recorded under in `ct_schema`.
    static QString component() { return QStringLiteral("auth"); }
    /// The schema steps: tables and grants.
    static store::MigrationList migrations();
    /// Account names: 1–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit.
    static core::Status checkName(const QString &name);
    /// Bindings look like "kind:key" ("shelter:12", "school:3/gym"): a lower-case kind, a colon,
    /// a key without spaces that does not end in "/".
    static core::Status checkBindings(const QStringList &bindings);

    explicit AccountStore(store::TwinStore &twin);

    /// Applies the schema (and its grants) when the twin does not have it yet. The console does
    /// it when it opens a twin read-write; the writing calls below do it themselves.
    core::Status ensureSchema();

    /// Whether the twin has any account. False for a twin without the schema.
    bool hasAccounts() const;
    /// Every account, by name.
    std::vector<Account> accounts() const;
    core::Result<Account> account(const QString &name) const;

    /// The first start of a twin: creates an administrator. Refused once any account exists
    /// (checked in the same transaction as the insert). Audited as the System actor `tool`.
    core::Result<Account> createFirstAdministrator(const QString &name, const QString &password,
                                                   const QString &displayName = {},
                                                   const QString &tool = QStringLiteral("citytwin"));
    /// A new account ("accounts.create"). `displayName` defaults to `name`. Role::System is not an
    /// account role.
    core::Result<Account> createAccount(const core::Actor &actor, const QString &name, const QString &displayName,
                                        core::Role role, const QString &password, const QStringList &bindings);
    /// Sets another account's password ("accounts.set-password").
    core::Status setPassword(const core::Actor &actor, const QString &name, const QString &password);
    /// The signed-in operator's own password ("accounts.change-own-password"); needs the current one.
    core::Status changeOwnPassword(const core::Actor &actor, const QString &currentPassword, const QString &newPassword);
    /// Disables or enables an account ("accounts.set-disabled"). The last enabled administrator
    /// cannot be disabled.
    core::Status setDisabled(const core::Actor &actor, const QString &name, bool disabled);
    /// Replaces an account's bindings ("accounts.set-bindings").
    core::Status setBindings(const core::Actor &actor, const QString &name, const QStringList &bindings);
    /// Changes an account's role ("accounts.set-role"). The last enabled administrator keeps
    /// the role.
    core::Status setRole(const core::Actor &actor, const QString &name, core::Role role);

    /// Checks a name and password: the account's actor, or Refused. An unknown name and a wrong
    /// password get the same message and take the same time; a disabled account is refused
    /// (said only after the password was right). When the twin is writable, a successful sign-in
    /// is an audit row ("accounts.sign-in") and a failed one an event ("auth", "sign-in-refused").
    core::Result<core::Actor> signIn(const QString &name, const QString &password);

private:
    store::TwinStore &m_twin;
};

} // namespace ct::auth
