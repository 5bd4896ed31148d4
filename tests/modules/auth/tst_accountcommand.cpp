// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/auth/accountstore.h"
#include "ct/store/twinstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using ct::auth::AccountStore;
using ct::core::Role;
using ct::store::TwinStore;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

/// \brief `citytwin-cli account`: a headless installation gets its administrator and operators.
class TestAccountCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headlessSetup();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_twin;
};

void TestAccountCommand::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli")),
             "citytwin-cli must be built before this test (it is a build dependency)");
    m_twin = m_dir.filePath(QStringLiteral("twin.gpkg"));
    QVERIFY(TwinStore::create(m_twin).ok());
}

void TestAccountCommand::headlessSetup()
{
    Run list = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("account"), m_twin, QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("No accounts")), qPrintable(list.out));

    Run init = cli({QStringLiteral("account"), m_twin, QStringLiteral("init-admin"), QStringLiteral("--name"), QStringLiteral("admin"),
                    QStringLiteral("--display"), QStringLiteral("管理者"), QStringLiteral("--password-stdin")},
                   "first-admin-pw\n");
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    // Only once.
    Run again = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("account"), m_twin, QStringLiteral("init-admin"),
                     QStringLiteral("--name"), QStringLiteral("root"), QStringLiteral("--password-stdin")},
                    "another-admin-pw\n");
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("has accounts already")), qPrintable(again.err));

    Run add = cli({QStringLiteral("account"), m_twin, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("tanaka"),
                   QStringLiteral("--role"), QStringLiteral("shelter-staff"), QStringLiteral("--bind"), QStringLiteral("shelter:12"),
                   QStringLiteral("--bind"), QStringLiteral("shelter:7"), QStringLiteral("--password-stdin")},
                  "tanaka-pw-2026\r\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));

    Run json = cli({QStringLiteral("account"), m_twin, QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("admin"));
    QCOMPARE(accounts[0].toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("管理者"));
    QCOMPARE(accounts[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    QCOMPARE(accounts[1].toObject().value(QStringLiteral("bindings")).toArray(),
             QJsonArray({QStringLiteral("shelter:12"), QStringLiteral("shelter:7")}));
    QVERIFY(!json.out.contains(QStringLiteral("argon2")));

    // What the CLI wrote, the console signs in with (the CR of a Windows-made file is not part of it).
    {
        auto store = TwinStore::open(m_twin, TwinStore::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        AccountStore accountStore(*store.value());
        auto admin = accountStore.signIn(QStringLiteral("admin"), QStringLiteral("first-admin-pw"));
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().toString()));
        QCOMPARE(admin->role, Role::Administrator);
        auto tanaka = accountStore.signIn(QStringLiteral("tanaka"), QStringLiteral("tanaka-pw-2026"));
        QVERIFY(tanaka.ok());
        QCOMPARE(tanaka->bindings, QStringList({QStringLiteral("shelter:12"), QStringLiteral("shelter:7")}));
    }

    Run passwd = cli({QStringLiteral("account"), m_twin, QStringLiteral("passwd"), QStringLiteral("--name"), QStringLiteral("tanaka"),
                      QStringLiteral("--password-stdin")},
                     "tanaka-new-pw\n");
    QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.err));
    Run disable = cli({QStringLiteral("account"), m_twin, QStringLiteral("disable"), QStringLiteral("--name"), QStringLiteral("tanaka")});
    QCOMPARE(disable.exitCode, 0);
    Run text = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("account"), m_twin, QStringLiteral("list")});
    QVERIFY2(text.out.contains(QStringLiteral("tanaka")) && text.out.contains(QStringLiteral("(disabled)")), qPrintable(text.out));
    {
        auto store = TwinStore::open(m_twin, TwinStore::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        AccountStore accountStore(*store.value());
        auto tanaka = accountStore.signIn(QStringLiteral("tanaka"), QStringLiteral("tanaka-new-pw"));
        QVERIFY(!tanaka);
        QCOMPARE(tanaka.error().message, QStringLiteral("the account \"tanaka\" is disabled"));
        // Audited as the command-line tool.
        const auto log = store.value()->auditLog(1);
        QCOMPARE(log[0].action, QStringLiteral("accounts.set-disabled"));
        QCOMPARE(log[0].operatorName, QStringLiteral("citytwin-cli"));
        QCOMPARE(log[0].role, Role::System);
    }
    // The last administrator cannot be disabled, even from the command line.
    Run lastAdmin = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("account"), m_twin, QStringLiteral("disable"),
                         QStringLiteral("--name"), QStringLiteral("admin")});
    QCOMPARE(lastAdmin.exitCode, 1);
    QVERIFY2(lastAdmin.err.contains(QStringLiteral("last enabled administrator")), qPrintable(lastAdmin.err));
}

void TestAccountCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{QStringLiteral("TWIN")} << QByteArray() << 2 << "expected TWIN and one of";
    QTest::newRow("unknown action") << QStringList{QStringLiteral("TWIN"), QStringLiteral("delete")} << QByteArray() << 2
                                    << "expected TWIN and one of";
    QTest::newRow("password on the command line")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("init-admin"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--password"), QStringLiteral("secret-pw")}
        << QByteArray() << 2 << "Unknown option 'password'";
    QTest::newRow("no --password-stdin")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--role"), QStringLiteral("planner")}
        << QByteArray() << 2 << "add reads the password from standard input";
    QTest::newRow("no name") << QStringList{QStringLiteral("TWIN"), QStringLiteral("disable")} << QByteArray() << 2
                             << "disable needs --name NAME";
    QTest::newRow("unknown role")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--role"), QStringLiteral("superuser"), QStringLiteral("--password-stdin")}
        << QByteArray("long-enough-pw\n") << 2 << "unknown role \"superuser\"";
    QTest::newRow("system role")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--role"), QStringLiteral("system"), QStringLiteral("--password-stdin")}
        << QByteArray("long-enough-pw\n") << 2 << "unknown role \"system\"";
    QTest::newRow("short password")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--password-stdin")}
        << QByteArray("short\n") << 2 << "a password needs at least 8 characters";
    QTest::newRow("bad binding")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("bind"), QStringLiteral("--name"), QStringLiteral("admin"),
                       QStringLiteral("--bind"), QStringLiteral("twelve")}
        << QByteArray() << 2 << "\"twelve\" is not a binding";
    QTest::newRow("unknown account")
        << QStringList{QStringLiteral("TWIN"), QStringLiteral("enable"), QStringLiteral("--name"), QStringLiteral("nobody")}
        << QByteArray() << 1 << "no account named \"nobody\"";
    QTest::newRow("not a twin")
        << QStringList{QStringLiteral("MISSING"), QStringLiteral("list")} << QByteArray() << 1 << "does not exist";
}

void TestAccountCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // A twin of its own, with an administrator, for each row.
    const QString twin = m_dir.filePath(QStringLiteral("bad-%1.gpkg").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    {
        auto store = TwinStore::create(twin);
        QVERIFY(store.ok());
        QVERIFY(AccountStore(*store.value()).createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("admin-pw-123")));
    }
    for (QString &argument : arguments) {
        if (argument == QLatin1String("TWIN"))
            argument = twin;
        else if (argument == QLatin1String("MISSING"))
            argument = m_dir.filePath(QStringLiteral("missing.gpkg"));
    }
    Run run = cli(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("account")} + arguments, input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    auto store = TwinStore::open(twin, TwinStore::OpenMode::ReadOnly);
    QVERIFY(store.ok());
    QCOMPARE(AccountStore(*store.value()).accounts().size(), std::size_t(1));
    QCOMPARE(store.value()->auditLog().size(), std::size_t(1)); // only the administrator's creation
}

QTEST_GUILESS_MAIN(TestAccountCommand)
#include "tst_accountcommand.moc"
