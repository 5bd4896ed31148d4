// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// `citytwin-cli export TWIN --layer safety_alerts --as ROLE`, run as a user runs it: the command
// line applies the same rules as the console.
#include "safetytestsupport.h"

#include "ct/safety/alertstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ct;
using namespace ct::safety;
using core::Actor;
using core::Role;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// A file's text, or every file's text of a directory (cap, mail).
QString readAll(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        QString all;
        for (const QString &name : QDir(path).entryList(QDir::Files, QDir::Name))
            all += readAll(QDir(path).filePath(name));
        return all;
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli")), "citytwin-cli must be built first");
        m_path = m_dir.filePath(QStringLiteral("t.gpkg"));
        auto twin = test::writeSafetyTwin(m_path, false);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AlertStore store(*twin, [now] { return now; });
        const Actor police{QStringLiteral("police"), Role::PoliceLiaison, {}};
        for (int i = 0; i < 2; ++i) {
            AlertDraft d;
            d.occurredFrom = now.addSecs(-3600 * (i + 2));
            d.place = AlertPlace::mapPoint({21234.5 + i * 2000, 8765.4});
            d.category = QStringLiteral("露出");
            d.schoolFid = i + 1;
            d.personal = PersonalData{QStringLiteral("中学生"), QStringLiteral("中%1").arg(i + 1), QStringLiteral("tel-secret-%1").arg(i)};
            auto id = store.record(police, d);
            QVERIFY(id.ok());
            QVERIFY(store.transition(police, *id, AlertStatus::Verified).ok());
            QVERIFY(store.transition(police, *id, AlertStatus::Published).ok());
        }
    }

    void rolesApply_data()
    {
        QTest::addColumn<QStringList>("as");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("secrets");   // how many of the two reporter contacts the file holds
        QTest::newRow("police geojson") << QStringList{QStringLiteral("--as"), QStringLiteral("police-liaison")} << QStringLiteral("geojson") << 0 << 2;
        QTest::newRow("police csv") << QStringList{QStringLiteral("--as"), QStringLiteral("police-liaison")} << QStringLiteral("csv") << 0 << 2;
        QTest::newRow("school 1 csv") << QStringList{QStringLiteral("--as"), QStringLiteral("school-liaison"), QStringLiteral("--binding"), QStringLiteral("school:1")}
                                      << QStringLiteral("csv") << 0 << 1;
        QTest::newRow("planner geojson") << QStringList{QStringLiteral("--as"), QStringLiteral("planner")} << QStringLiteral("geojson") << 0 << 0;
        QTest::newRow("hq csv") << QStringList{QStringLiteral("--as"), QStringLiteral("hq-commander")} << QStringLiteral("csv") << 0 << 0;
        // CAP and mail never carry personal data, whoever exports them.
        QTest::newRow("police cap") << QStringList{QStringLiteral("--as"), QStringLiteral("police-liaison")} << QStringLiteral("cap") << 0 << 0;
        QTest::newRow("planner cap") << QStringList{QStringLiteral("--as"), QStringLiteral("planner")} << QStringLiteral("cap") << 0 << 0;
        QTest::newRow("school 2 mail") << QStringList{QStringLiteral("--as"), QStringLiteral("school-liaison"), QStringLiteral("--binding"), QStringLiteral("school:2")}
                                       << QStringLiteral("mail") << 0 << 0;
        QTest::newRow("dispatcher cap refused") << QStringList{QStringLiteral("--as"), QStringLiteral("mobility-dispatcher")} << QStringLiteral("cap") << 1 << 0;
        QTest::newRow("dispatcher refused") << QStringList{QStringLiteral("--as"), QStringLiteral("mobility-dispatcher")} << QStringLiteral("geojson") << 1 << 0;
        QTest::newRow("no role") << QStringList{} << QStringLiteral("geojson") << 2 << 0;
        QTest::newRow("unknown role") << QStringList{QStringLiteral("--as"), QStringLiteral("mayor")} << QStringLiteral("geojson") << 2 << 0;
        QTest::newRow("gpkg not offered") << QStringList{QStringLiteral("--as"), QStringLiteral("police-liaison")} << QStringLiteral("gpkg") << 2 << 0;
    }
    void rolesApply()
    {
        QFETCH(QStringList, as);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        QFETCH(int, secrets);
        const QString out = m_dir.filePath(QStringLiteral("out-%1.%2").arg(QTest::currentDataTag()).arg(format).replace(QLatin1Char(' '), QLatin1Char('_')));
        const Run run = cli(QStringList{QStringLiteral("export"), m_path, QStringLiteral("--layer"), QStringLiteral("safety_alerts"),
                                        QStringLiteral("--format"), format, QStringLiteral("-o"), out} + as);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        if (exitCode != 0) {
            QVERIFY(!QFileInfo::exists(out));
            QVERIFY(!run.err.isEmpty());
            return;
        }
        const QString text = readAll(out);
        QVERIFY(text.contains(QStringLiteral("露出")));
        if (format == QLatin1String("cap")) {
            QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);   // one message per published alert
            QCOMPARE(int(text.count(QStringLiteral("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"))), 2);
        }
        int found = 0;
        for (int i = 0; i < 2; ++i)
            found += text.contains(QStringLiteral("tel-secret-%1").arg(i)) ? 1 : 0;
        QCOMPARE(found, secrets);
        QCOMPARE(text.contains(QStringLiteral("reporter_contact")), secrets > 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
