// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// What the .deb installs: `cmake --install` into a scratch prefix (the same install rules CPack
// packs), then the installed console finds its plugins and translations from there.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QProcess::ProcessError runProcess(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.start(program, arguments);
    process.waitForFinished(300000);
    return process.error();
}
} // namespace

class TestInstallation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installsTheFilesAUserNeeds_data();
    void installsTheFilesAUserNeeds();
    void installedConsoleFindsItsPlugins();
    void librariesArePrivateAndResolve();
    void desktopEntryAndAppStreamAreValid();
    void packageDependsOnTheRunList();

private:
    QTemporaryDir m_prefix;
};

void TestInstallation::initTestCase()
{
    QProcess install;
    runProcess(install, QStringLiteral(CITYTWIN_CMAKE),
               {QStringLiteral("--install"), QStringLiteral(CITYTWIN_BINARY_DIR), QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
}

void TestInstallation::installsTheFilesAUserNeeds_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"bin/citytwin", "bin/citytwin-cli", "lib/citytwin/plugins/citytwin_plugin_shelters.so",
                             "lib/citytwin/plugins/citytwin_plugin_hydrogen.so", "lib/citytwin/plugins/citytwin_plugin_safety.so",
                             "lib/citytwin/plugins/citytwin_plugin_sensors.so", "lib/citytwin/plugins/citytwin_plugin_fleets.so",
                             "lib/citytwin/plugins/citytwin_plugin_damage.so", "lib/citytwin/plugins/citytwin_plugin_assets.so",
                             "share/citytwin/translations/citytwin_ja.qm", "share/citytwin/translations/citytwin_en.qm",
                             "share/applications/org.citytwin.Console.desktop",
                             "share/icons/hicolor/scalable/apps/org.citytwin.Console.svg",
                             "share/metainfo/org.citytwin.Console.metainfo.xml"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestInstallation::installsTheFilesAUserNeeds()
{
    QFETCH(QString, file);
    QVERIFY2(QFile::exists(m_prefix.filePath(file)), qPrintable(file));
}

void TestInstallation::installedConsoleFindsItsPlugins()
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CITYTWIN_PLUGIN_PATH"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(environment);
    runProcess(console, m_prefix.filePath(QStringLiteral("bin/citytwin")), {QStringLiteral("--list-plugins")});
    const QString out = QString::fromUtf8(console.readAllStandardOutput());
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
    QCOMPARE(out.count(QStringLiteral(" loaded ")), 7); // the seven domain plugins
    QVERIFY2(out.contains(m_prefix.filePath(QStringLiteral("lib/citytwin/plugins"))), qPrintable(out));
}

void TestInstallation::librariesArePrivateAndResolve()
{
    // Nothing of ours lands directly in lib/ where it could clash with other packages.
    const QStringList shared = QDir(m_prefix.filePath(QStringLiteral("lib"))).entryList({QStringLiteral("*.so*")}, QDir::Files);
    QVERIFY2(shared.isEmpty(), qPrintable(shared.join(QLatin1Char(' '))));
    QStringList binaries{m_prefix.filePath(QStringLiteral("bin/citytwin")), m_prefix.filePath(QStringLiteral("bin/citytwin-cli"))};
    const QDir plugins(m_prefix.filePath(QStringLiteral("lib/citytwin/plugins")));
    for (const QString &plugin : plugins.entryList({QStringLiteral("*.so")}, QDir::Files))
        binaries << plugins.absoluteFilePath(plugin);
    QCOMPARE(binaries.size(), 9); // two programs and seven plugins
    for (const QString &binary : binaries) {
        // Each binary finds our libraries through its own RPATH, plugins included.
        QProcess ldd;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LD_LIBRARY_PATH"));
        ldd.setProcessEnvironment(environment);
        runProcess(ldd, QStringLiteral("ldd"), {binary});
        const QString out = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(!out.contains(QStringLiteral("not found")), qPrintable(binary + QLatin1Char('\n') + out));
        QVERIFY2(!out.contains(QStringLiteral(CITYTWIN_BINARY_DIR)), qPrintable(binary + QStringLiteral(" uses the build tree:\n") + out));
    }
}

void TestInstallation::desktopEntryAndAppStreamAreValid()
{
    const QString desktopValidate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    QVERIFY2(!desktopValidate.isEmpty() && !appstream.isEmpty(),
             "desktop-file-validate and appstreamcli come from the test packages in packaging/debian-packages.txt");
    QProcess desktop;
    runProcess(desktop, desktopValidate, {m_prefix.filePath(QStringLiteral("share/applications/org.citytwin.Console.desktop"))});
    QVERIFY2(desktop.exitCode() == 0, desktop.readAllStandardOutput().constData());
    QProcess metainfo;
    runProcess(metainfo, appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                     m_prefix.filePath(QStringLiteral("share/metainfo/org.citytwin.Console.metainfo.xml"))});
    QVERIFY2(metainfo.exitCode() == 0, metainfo.readAllStandardOutput().constData());
}

void TestInstallation::packageDependsOnTheRunList()
{
    QFile config(QStringLiteral(CITYTWIN_BINARY_DIR "/CPackConfig.cmake"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(config.readAll());
    const auto line = text.indexOf(QStringLiteral("CPACK_DEBIAN_PACKAGE_DEPENDS"));
    QVERIFY(line >= 0);
    const QString depends = text.mid(line, text.indexOf(QLatin1Char('\n'), line) - line);
    for (const char *package : {"fonts-noto-cjk", "qml6-module-quick3d", "libgdal32", "libopenscenegraph161"})
        QVERIFY2(depends.contains(QLatin1String(package)), qPrintable(depends));
    QVERIFY2(!depends.contains(QStringLiteral("xvfb")), "test-only packages must not be run-time dependencies");
}

QTEST_GUILESS_MAIN(TestInstallation)
#include "tst_installation.moc"
