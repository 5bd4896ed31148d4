// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/auth/accountstore.h"

#include "ct/auth/passwordhash.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace ct::auth {

using core::Actor;
using core::Error;
using core::Result;
using core::Role;
using core::Status;
using store::SqlStatement;

namespace {

const QString kCreate = QStringLiteral("accounts.create");
const QString kSetPassword = QStringLiteral("accounts.set-password");
const QString kChangeOwnPassword = QStringLiteral("accounts.change-own-password");
const QString kSetDisabled = QStringLiteral("accounts.set-disabled");
const QString kSetBindings = QStringLiteral("accounts.set-bindings");
const QString kSetRole = QStringLiteral("accounts.set-role");
const QString kSignIn = QStringLiteral("accounts.sign-in");

QString targetOf(const QString &name)
{
    return QStringLiteral("account:") + name;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject accountJson(const Account &account)
{
    return QJsonObject{{QStringLiteral("name"), account.name},
                       {QStringLiteral("displayName"), account.displayName},
                       {QStringLiteral("role"), core::roleName(account.role)},
                       {QStringLiteral("bindings"), QJsonArray::fromStringList(account.bindings)},
                       {QStringLiteral("disabled"), account.disabled}};
}

QStringList normalizedBindings(const QStringList &bindings)
{
    QStringList result;
    for (const QString &binding : bindings) {
        const QString trimmed = binding.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool hasSchema(sqlite3 *db)
{
    SqlStatement query(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'ct_account'");
    return query.next() && query.int64(0) > 0;
}

/// Reads one account (and, when asked, its hash). NotFound when there is none.
Result<Account> readAccount(sqlite3 *db, const QString &name, QString *hash = nullptr)
{
    if (!hasSchema(db))
        return Error::notFound(QCoreApplication::translate("Auth", "no account named \"%1\"").arg(name));
    SqlStatement query(db, "SELECT display_name, role, password_hash, created_at, disabled FROM ct_account WHERE name = ?");
    if (!query.isValid())
        return query.failure(QCoreApplication::translate("Auth", "cannot read the accounts"));
    query.bind(1, name);
    if (!query.next()) {
        if (query.status())
            return Error::notFound(QCoreApplication::translate("Auth", "no account named \"%1\"").arg(name));
        return query.failure(QCoreApplication::translate("Auth", "cannot read the accounts"));
    }
    Account account;
    account.name = name;
    account.displayName = query.text(0);
    if (!core::roleFromName(query.text(1), &account.role) || account.role == Role::System)
        return Error::invalidInput(QCoreApplication::translate("Auth", "the account \"%1\" has an unknown role \"%2\"")
                                       .arg(name, query.text(1)));
    if (hash)
        *hash = query.text(2);
    account.createdAt = QDateTime::fromString(query.text(3), Qt::ISODateWithMs);
    account.disabled = query.int64(4) != 0;

    SqlStatement bindings(db, "SELECT binding FROM ct_account_binding WHERE account = ? ORDER BY binding");
    if (!bindings.isValid())
        return bindings.failure(QCoreApplication::translate("Auth", "cannot read the accounts"));
    bindings.bind(1, name);
    while (bindings.next())
        account.bindings << bindings.text(0);
    if (!bindings.status())
        return bindings.failure(QCoreApplication::translate("Auth", "cannot read the accounts"));
    return account;
}

Status writeBindings(sqlite3 *db, const QString &name, const QStringList &bindings)
{
    SqlStatement clear(db, "DELETE FROM ct_account_binding WHERE account = ?");
    clear.bind(1, name);
    if (!clear.exec())
        return clear.failure(QCoreApplication::translate("Auth", "cannot write the bindings of \"%1\"").arg(name));
    SqlStatement insert(db, "INSERT INTO ct_account_binding (account, binding) VALUES (?, ?)");
    for (const QString &binding : bindings) {
        insert.bind(1, name);
        insert.bind(2, binding);
        if (!insert.exec())
            return insert.failure(QCoreApplication::translate("Auth", "cannot write the bindings of \"%1\"").arg(name));
        insert.reset();
    }
    return {};
}

Status insertAccount(sqlite3 *db, const Account &account, const QString &hash)
{
    SqlStatement insert(db, "INSERT INTO ct_account (name, display_name, role, password_hash, created_at, disabled) "
                        "VALUES (?, ?, ?, ?, ?, 0)");
    insert.bind(1, account.name);
    insert.bind(2, account.displayName);
    insert.bind(3, core::roleName(account.role));
    insert.bind(4, hash);
    insert.bind(5, account.createdAt.toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return insert.failure(QCoreApplication::translate("Auth", "cannot write the account \"%1\"").arg(account.name));
    return writeBindings(db, account.name, account.bindings);
}

qint64 enabledAdministrators(sqlite3 *db)
{
    SqlStatement query(db, "SELECT count(*) FROM ct_account WHERE role = 'administrator' AND disabled = 0");
    return query.next() ? query.int64(0) : 0;
}

Error lastAdministrator(const QString &name)
{
    return Error::refused(QCoreApplication::translate("Auth", "\"%1\" is the last enabled administrator; "
                                                              "make another administrator first")
                              .arg(name));
}

/// Sets one column of an account inside a perform(): NotFound when the account does not exist.
Status updateColumn(sqlite3 *db, const char *sql, const QString &name, const QString &text, qint64 number, bool isText)
{
    SqlStatement update(db, sql);
    if (isText)
        update.bind(1, text);
    else
        update.bind(1, number);
    update.bind(2, name);
    if (!update.exec())
        return update.failure(QCoreApplication::translate("Auth", "cannot write the account \"%1\"").arg(name));
    if (sqlite3_changes(db) == 0)
        return Error::notFound(QCoreApplication::translate("Auth", "no account named \"%1\"").arg(name));
    return {};
}

} // namespace

// --- schema and rules ---------------------------------------------------------------------------

store::MigrationList AccountStore::migrations()
{
    return {
        {1, QStringLiteral("operators' accounts, their bindings, and who may manage them"), QStringLiteral(R"sql(
CREATE TABLE ct_account (
  name TEXT PRIMARY KEY NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('administrator', 'hq-commander', 'shelter-staff', 'planner',
                                     'mobility-dispatcher', 'police-liaison', 'school-liaison', 'viewer')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)));
CREATE TABLE ct_account_binding (
  account TEXT NOT NULL REFERENCES ct_account(name) ON DELETE CASCADE ON UPDATE CASCADE,
  binding TEXT NOT NULL,
  PRIMARY KEY (account, binding));
INSERT INTO ct_permission (action, role, scope) VALUES
  ('accounts.create', 'administrator', 'any'),
  ('accounts.set-password', 'administrator', 'any'),
  ('accounts.set-disabled', 'administrator', 'any'),
  ('accounts.set-bindings', 'administrator', 'any'),
  ('accounts.set-role', 'administrator', 'any'),
  ('accounts.change-own-password', 'administrator', 'any'),
  ('accounts.change-own-password', 'hq-commander', 'any'),
  ('accounts.change-own-password', 'shelter-staff', 'any'),
  ('accounts.change-own-password', 'planner', 'any'),
  ('accounts.change-own-password', 'mobility-dispatcher', 'any'),
  ('accounts.change-own-password', 'police-liaison', 'any'),
  ('accounts.change-own-password', 'school-liaison', 'any'),
  ('accounts.change-own-password', 'viewer', 'any');
)sql")},
    };
}

Status AccountStore::checkName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return Error::invalidInput(QCoreApplication::translate(
                                       "Auth", "\"%1\" is not an account name: use 1 to 64 letters, digits, '.', '_' or '-', "
                                               "starting with a letter or digit")
                                       .arg(name));
    return {};
}

Status AccountStore::checkBindings(const QStringList &bindings)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*:[^\\s/]+(/[^\\s/]+)*$"));
    for (const QString &binding : bindings) {
        if (!pattern.match(binding.trimmed()).hasMatch())
            return Error::invalidInput(QCoreApplication::translate(
                                           "Auth", "\"%1\" is not a binding: use kind:key such as shelter:12 or school:3")
                                           .arg(binding));
    }
    return {};
}

AccountStore::AccountStore(store::TwinStore &twin) : m_twin(twin) {}

Status AccountStore::ensureSchema()
{
    return m_twin.migrate(component(), migrations());
}

// --- reading ------------------------------------------------------------------------------------

bool AccountStore::hasAccounts() const
{
    sqlite3 *db = m_twin.handle();
    if (!hasSchema(db))
        return false;
    SqlStatement query(db, "SELECT EXISTS (SELECT 1 FROM ct_account)");
    return query.next() && query.int64(0) != 0;
}

std::vector<Account> AccountStore::accounts() const
{
    std::vector<Account> result;
    sqlite3 *db = m_twin.handle();
    if (!hasSchema(db))
        return result;
    QStringList names;
    {
        SqlStatement query(db, "SELECT name FROM ct_account ORDER BY name");
        while (query.next())
            names << query.text(0);
    }
    for (const QString &name : std::as_const(names)) {
        if (auto account = readAccount(db, name))
            result.push_back(std::move(account).value());
    }
    return result;
}

Result<Account> AccountStore::account(const QString &name) const
{
    return readAccount(m_twin.handle(), name);
}

// --- changes ------------------------------------------------------------------------------------

namespace {

/// Whether the actor of an account change is still what it signed in as: its account exists, is
/// enabled and has the same role. The grant in `ct_permission` is checked by perform() itself.
Status checkActorCurrent(sqlite3 *db, const Actor &actor)
{
    if (actor.role == Role::System)
        return {};
    auto account = readAccount(db, actor.operatorName);
    if (!account || account->disabled || account->role != actor.role)
        return Error::refused(QCoreApplication::translate("Auth", "the account \"%1\" changed since it signed in; sign in again")
                                  .arg(actor.operatorName));
    return {};
}

} // namespace

Result<Account> AccountStore::createFirstAdministrator(const QString &name, const QString &password,
                                                       const QString &displayName, const QString &tool)
{
    if (Status checked = checkName(name); !checked)
        return checked.error();
    if (Status acceptable = PasswordHash::checkAcceptable(password); !acceptable)
        return acceptable.error();
    if (Status schema = ensureSchema(); !schema)
        return schema.error();
    if (hasAccounts())
        return Error::refused(QCoreApplication::translate("Auth", "the twin has accounts already; "
                                                                  "the first administrator is made only once"));
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    Account account;
    account.name = name;
    account.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    account.role = Role::Administrator;
    account.createdAt = QDateTime::fromString(nowUtc(), Qt::ISODateWithMs);
    sqlite3 *db = m_twin.handle();
    const Status status = m_twin.perform(
        Actor::system(tool), kCreate, targetOf(name), [&](store::TwinStore &, QJsonObject &, QJsonObject &after) -> Status {
            // Checked again inside the transaction: two consoles at first start make one administrator.
            SqlStatement any(db, "SELECT EXISTS (SELECT 1 FROM ct_account)");
            if (!any.next())
                return any.failure(QCoreApplication::translate("Auth", "cannot read the accounts"));
            if (any.int64(0) != 0)
                return Error::refused(QCoreApplication::translate("Auth", "the twin has accounts already; "
                                                                          "the first administrator is made only once"));
            if (Status inserted = insertAccount(db, account, hash.value()); !inserted)
                return inserted;
            after = accountJson(account);
            after[QStringLiteral("firstAdministrator")] = true;
            return {};
        });
    if (!status)
        return status.error();
    return readAccount(db, name);
}

Result<Account> AccountStore::createAccount(const Actor &actor, const QString &name, const QString &displayName,
                                            Role role, const QString &password, const QStringList &bindings)
{
    if (Status checked = checkName(name); !checked)
        return checked.error();
    if (role == Role::System)
        return Error::invalidInput(QCoreApplication::translate("Auth", "\"system\" is not a role for an account"));
    if (Status checked = checkBindings(bindings); !checked)
        return checked.error();
    if (Status acceptable = PasswordHash::checkAcceptable(password); !acceptable)
        return acceptable.error();
    if (Status schema = ensureSchema(); !schema)
        return schema.error();
    const QString target = targetOf(name);
    // Refused before the half second of hashing.
    if (Status allowed = m_twin.mayPerform(actor, kCreate, target); !allowed)
        return allowed.error();
    sqlite3 *db = m_twin.handle();
    if (Status current = checkActorCurrent(db, actor); !current)
        return current.error();
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    Account account;
    account.name = name;
    account.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    account.role = role;
    account.bindings = normalizedBindings(bindings);
    account.createdAt = QDateTime::fromString(nowUtc(), Qt::ISODateWithMs);
    const Status status = m_twin.perform(actor, kCreate, target, [&](store::TwinStore &, QJsonObject &, QJsonObject &after) -> Status {
        if (readAccount(db, name))
            return Error::refused(QCoreApplication::translate("Auth", "an account named \"%1\" exists already").arg(name));
        if (Status inserted = insertAccount(db, account, hash.value()); !inserted)
            return inserted;
        after = accountJson(account);
        return {};
    });
    if (!status)
        return status.error();
    return readAccount(db, name);
}

Status AccountStore::setPassword(const Actor &actor, const QString &name, const QString &password)
{
    if (Status acceptable = PasswordHash::checkAcceptable(password); !acceptable)
        return acceptable;
    if (Status schema = ensureSchema(); !schema)
        return schema;
    const QString target = targetOf(name);
    if (Status allowed = m_twin.mayPerform(actor, kSetPassword, target); !allowed)
        return allowed;
    sqlite3 *db = m_twin.handle();
    if (Status current = checkActorCurrent(db, actor); !current)
        return current;
    if (auto existing = readAccount(db, name); !existing)
        return existing.error();
    auto hash = PasswordHash::hash(password);
    if (!hash)
        return hash.error();
    return m_twin.perform(actor, kSetPassword, target, [&](store::TwinStore &, QJsonObject &, QJsonObject &after) -> Status {
        if (Status updated = updateColumn(db, "UPDATE ct_account SET password_hash = ? WHERE name = ?", name, hash.value(), 0, true);
            !updated)
            return updated;
        after = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("passwordChanged"), true}};
        return {};
    });
}

Status AccountStore::changeOwnPassword(const Actor &actor, const QString &currentPassword, const QString &newPassword)
{
    if (actor.role == Role::System || actor.operatorName.isEmpty())
        return Error::refused(QCoreApplication::translate("Auth", "sign in to change your password"));
    if (Status acceptable = PasswordHash::checkAcceptable(newPassword); !acceptable)
        return acceptable;
    if (Status schema = ensureSchema(); !schema)
        return schema;
    const QString target = targetOf(actor.operatorName);
    if (Status allowed = m_twin.mayPerform(actor, kChangeOwnPassword, target); !allowed)
        return allowed;
    sqlite3 *db = m_twin.handle();
    if (Status current = checkActorCurrent(db, actor); !current)
        return current;
    QString storedHash;
    if (auto existing = readAccount(db, actor.operatorName, &storedHash); !existing)
        return existing.error();
    if (!PasswordHash::verify(storedHash, currentPassword))
        return Error::refused(QCoreApplication::translate("Auth", "the current password is wrong"));
    auto hash = PasswordHash::hash(newPassword);
    if (!hash)
        return hash.error();
    return m_twin.perform(actor, kChangeOwnPassword, target, [&](store::TwinStore &, QJsonObject &, QJsonObject &after) -> Status {
        if (Status updated = updateColumn(db, "UPDATE ct_account SET password_hash = ? WHERE name = ?", actor.operatorName,
                                          hash.value(), 0, true);
            !updated)
            return updated;
        after = QJsonObject{{QStringLiteral("name"), actor.operatorName}, {QStringLiteral("passwordChanged"), true}};
        return {};
    });
}

Status AccountStore::setDisabled(const Actor &actor, const QString &name, bool disabled)
{
    if (Status schema = ensureSchema(); !schema)
        return schema;
    sqlite3 *db = m_twin.handle();
    const QString target = targetOf(name);
    if (Status allowed = m_twin.mayPerform(actor, kSetDisabled, target); !allowed)
        return allowed;
    if (Status current = checkActorCurrent(db, actor); !current)
        return current;
    return m_twin.perform(actor, kSetDisabled, target, [&](store::TwinStore &, QJsonObject &before, QJsonObject &after) -> Status {
        auto account = readAccount(db, name);
        if (!account)
            return account.error();
        if (disabled && !account->disabled && account->role == Role::Administrator && enabledAdministrators(db) <= 1)
            return lastAdministrator(name);
        if (Status updated = updateColumn(db, "UPDATE ct_account SET disabled = ? WHERE name = ?", name, {}, disabled ? 1 : 0, false);
            !updated)
            return updated;
        before = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("disabled"), account->disabled}};
        after = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("disabled"), disabled}};
        return {};
    });
}

Status AccountStore::setBindings(const Actor &actor, const QString &name, const QStringList &bindings)
{
    if (Status checked = checkBindings(bindings); !checked)
        return checked;
    if (Status schema = ensureSchema(); !schema)
        return schema;
    sqlite3 *db = m_twin.handle();
    const QString target = targetOf(name);
    if (Status allowed = m_twin.mayPerform(actor, kSetBindings, target); !allowed)
        return allowed;
    if (Status current = checkActorCurrent(db, actor); !current)
        return current;
    const QStringList normalized = normalizedBindings(bindings);
    return m_twin.perform(actor, kSetBindings, target, [&](store::TwinStore &, QJsonObject &before, QJsonObject &after) -> Status {
        auto account = readAccount(db, name);
        if (!account)
            return account.error();
        if (Status written = writeBindings(db, name, normalized); !written)
            return written;
        before = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("bindings"), QJsonArray::fromStringList(account->bindings)}};
        after = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("bindings"), QJsonArray::fromStringList(normalized)}};
        return {};
    });
}

Status AccountStore::setRole(const Actor &actor, const QString &name, Role role)
{
    if (role == Role::System)
        return Error::invalidInput(QCoreApplication::translate("Auth", "\"system\" is not a role for an account"));
    if (Status schema = ensureSchema(); !schema)
        return schema;
    sqlite3 *db = m_twin.handle();
    const QString target = targetOf(name);
    if (Status allowed = m_twin.mayPerform(actor, kSetRole, target); !allowed)
        return allowed;
    if (Status current = checkActorCurrent(db, actor); !current)
        return current;
    return m_twin.perform(actor, kSetRole, target, [&](store::TwinStore &, QJsonObject &before, QJsonObject &after) -> Status {
        auto account = readAccount(db, name);
        if (!account)
            return account.error();
        if (account->role == Role::Administrator && role != Role::Administrator && !account->disabled
            && enabledAdministrators(db) <= 1)
            return lastAdministrator(name);
        if (Status updated = updateColumn(db, "UPDATE ct_account SET role = ? WHERE name = ?", name, core::roleName(role), 0, true);
            !updated)
            return updated;
        before = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), core::roleName(account->role)}};
        after = QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("role"), core::roleName(role)}};
        return {};
    });
}

// --- sign-in ------------------------------------------------------------------------------------

Result<Actor> AccountStore::signIn(const QString &name, const QString &password)
{
    const QString trimmed = name.trimmed();
    const Error refused = Error::refused(QCoreApplication::translate("Auth", "unknown account or wrong password"));
    sqlite3 *db = m_twin.handle();
    auto recordRefusal = [&](const QString &reason) {
        if (!m_twin.isReadOnly() && !m_twin.inTransaction())
            (void)m_twin.appendEvent(QStringLiteral("auth"), QStringLiteral("sign-in-refused"),
                                     QJsonObject{{QStringLiteral("account"), trimmed}, {QStringLiteral("reason"), reason}});
    };

    QString hash;
    auto account = readAccount(db, trimmed, &hash);
    if (!account) {
        if (account.error().kind != Error::Kind::NotFound)
            return account.error();
        PasswordHash::verifyNothing(password);
        recordRefusal(QStringLiteral("unknown account"));
        return refused;
    }
    if (!PasswordHash::verify(hash, password)) {
        recordRefusal(QStringLiteral("wrong password"));
        return refused;
    }
    if (account->disabled) {
        recordRefusal(QStringLiteral("disabled"));
        return Error::refused(QCoreApplication::translate("Auth", "the account \"%1\" is disabled").arg(trimmed));
    }
    const Actor actor = account->actor();
    if (!m_twin.isReadOnly()) {
        // Not a change of the twin, so not a perform(): an audit row of its own transaction,
        // telling who was on duty from when.
        store::Transaction transaction(m_twin);
        if (!transaction.status())
            return transaction.status().error();
        if (Status audited = m_twin.appendAudit(actor, kSignIn, targetOf(trimmed), {},
                                                QJsonObject{{QStringLiteral("displayName"), account->displayName}});
            !audited)
            return audited.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return actor;
}

} // namespace ct::auth
