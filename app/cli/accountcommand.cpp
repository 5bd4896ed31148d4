// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "accountcommand.h"

#include "cliplugins.h"

#include "ct/auth/accountstore.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ct::cli {

namespace {

const QStringList kActions{QStringLiteral("init-admin"), QStringLiteral("add"),    QStringLiteral("list"),
                           QStringLiteral("passwd"),     QStringLiteral("disable"), QStringLiteral("enable"),
                           QStringLiteral("bind"),       QStringLiteral("role")};

QString description()
{
    return QCoreApplication::translate(
        "Cli",
        "Manage the operators' accounts of a twin.\n\n"
        "Actions:\n"
        "  init-admin --name NAME [--display TEXT] --password-stdin\n"
        "                 create the first administrator (only while the twin has no account)\n"
        "  add --name NAME --role ROLE [--display TEXT] [--bind KIND:KEY]... --password-stdin\n"
        "                 add an operator\n"
        "  list [--json]  list the accounts (never their passwords)\n"
        "  passwd --name NAME --password-stdin\n"
        "                 set an account's password\n"
        "  disable --name NAME, enable --name NAME\n"
        "                 stop or allow an account's sign-in\n"
        "  bind --name NAME [--bind KIND:KEY]...\n"
        "                 replace an account's bindings (none clears them)\n"
        "  role --name NAME --role ROLE\n"
        "                 change an account's role\n\n"
        "Roles: administrator, hq-commander, shelter-staff, planner, mobility-dispatcher, police-liaison,\n"
        "school-liaison, viewer. Passwords have at least 8 characters and are read from the first line\n"
        "of standard input, so they never show in the process list or the shell's history.");
}

/// The first line of standard input, without its line end.
QString readPassword()
{
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QString line = in.readLine();
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QJsonObject accountJson(const auth::Account &account)
{
    return QJsonObject{{QStringLiteral("name"), account.name},
                       {QStringLiteral("displayName"), account.displayName},
                       {QStringLiteral("role"), core::roleName(account.role)},
                       {QStringLiteral("bindings"), QJsonArray::fromStringList(account.bindings)},
                       {QStringLiteral("disabled"), account.disabled},
                       {QStringLiteral("createdAt"), account.createdAt.toString(Qt::ISODateWithMs)}};
}

} // namespace

int runAccount(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("citytwin-cli account: ");
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TWIN"), QCoreApplication::translate("Cli", "the twin (.gpkg)"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("Cli", "what to do (see above)"));
    const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("Cli", "the account's sign-in name"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption display(QStringLiteral("display"), QCoreApplication::translate("Cli", "the name shown in the console"),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), QCoreApplication::translate("Cli", "the account's role"), QStringLiteral("ROLE"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QCoreApplication::translate("Cli", "a binding such as shelter:12 (repeatable)"), QStringLiteral("KIND:KEY"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QCoreApplication::translate("Cli", "read the password from the first line of standard input"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "list as JSON"));
    parser.addOptions({name, display, role, bind, passwordStdin, json});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli account")} + arguments)) {
        err << prefix << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !kActions.contains(positional[1])) {
        err << prefix << QCoreApplication::translate("Cli", "expected TWIN and one of %1").arg(kActions.join(QStringLiteral(", ")))
            << "\n";
        return 2;
    }
    const QString action = positional[1];
    const bool needsName = action != QLatin1String("list");
    const bool needsPassword = action == QLatin1String("init-admin") || action == QLatin1String("add")
        || action == QLatin1String("passwd");
    const bool needsRole = action == QLatin1String("add") || action == QLatin1String("role");
    if (needsName && parser.value(name).isEmpty()) {
        err << prefix << QCoreApplication::translate("Cli", "%1 needs --name NAME").arg(action) << "\n";
        return 2;
    }
    if (needsPassword && !parser.isSet(passwordStdin)) {
        err << prefix
            << QCoreApplication::translate("Cli", "%1 reads the password from standard input: add --password-stdin "
                                                  "(a password is never taken from the command line)")
                   .arg(action)
            << "\n";
        return 2;
    }
    core::Role accountRole = core::Role::Viewer;
    if (needsRole) {
        if (!parser.isSet(role)) {
            err << prefix << QCoreApplication::translate("Cli", "%1 needs --role ROLE").arg(action) << "\n";
            return 2;
        }
        if (!core::roleFromName(parser.value(role), &accountRole) || accountRole == core::Role::System) {
            err << prefix << QCoreApplication::translate("Cli", "unknown role \"%1\"").arg(parser.value(role)) << "\n";
            return 2;
        }
    }
    const bool readOnly = action == QLatin1String("list");
    auto store = store::TwinStore::open(positional[0], readOnly ? store::TwinStore::OpenMode::ReadOnly
                                                                : store::TwinStore::OpenMode::ReadWrite);
    if (!store) {
        err << prefix << store.error().toString() << "\n";
        return 1;
    }
    if (!readOnly)
        migrateTwin(QStringLiteral("account"), *store.value(), err);
    auth::AccountStore accounts(*store.value());
    const core::Actor actor = core::Actor::system(QStringLiteral("citytwin-cli"));
    const QString account = parser.value(name);
    const QString password = needsPassword ? readPassword() : QString();

    core::Status status;
    if (action == QLatin1String("list")) {
        const auto all = accounts.accounts();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &a : all)
                array.append(accountJson(a));
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else if (all.empty()) {
            out << QCoreApplication::translate("Cli", "No accounts; create the first administrator with "
                                                      "'citytwin-cli account TWIN init-admin --name NAME --password-stdin'.")
                << "\n";
        } else {
            for (const auto &a : all) {
                out << a.name.leftJustified(16) << " " << core::roleName(a.role).leftJustified(20) << " "
                    << a.displayName;
                if (!a.bindings.isEmpty())
                    out << "  [" << a.bindings.join(QStringLiteral(", ")) << "]";
                if (a.disabled)
                    out << "  " << QCoreApplication::translate("Cli", "(disabled)");
                out << "\n";
            }
        }
        return 0;
    } else if (action == QLatin1String("init-admin")) {
        auto created = accounts.createFirstAdministrator(account, password, parser.value(display), QStringLiteral("citytwin-cli"));
        status = created ? core::Status() : core::Status(created.error());
    } else if (action == QLatin1String("add")) {
        auto created = accounts.createAccount(actor, account, parser.value(display), accountRole, password, parser.values(bind));
        status = created ? core::Status() : core::Status(created.error());
    } else if (action == QLatin1String("passwd")) {
        status = accounts.setPassword(actor, account, password);
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        status = accounts.setDisabled(actor, account, action == QLatin1String("disable"));
    } else if (action == QLatin1String("bind")) {
        status = accounts.setBindings(actor, account, parser.values(bind));
    } else if (action == QLatin1String("role")) {
        status = accounts.setRole(actor, account, accountRole);
    }
    if (!status) {
        err << prefix << status.error().toString() << "\n";
        return status.error().kind == core::Error::Kind::InvalidInput ? 2 : 1;
    }
    out << QCoreApplication::translate("Cli", "%1: done (%2)").arg(account, action) << "\n";
    return 0;
}

} // namespace ct::cli
