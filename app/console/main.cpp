// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// citytwin: the console. Builds the application context, loads the shell QML and hands it the
// services; everything else lives in modules/ and plugins/.
#include "applicationcontext.h"
#include "consoleoptions.h"
#include "screenshotter.h"

#include "importcontroller.h"
#include "languagecontroller.h"
#include "operatorsession.h"
#include "timelinecontroller.h"
#include "pluginlistmodel.h"
#include "twinsession.h"

#include "ct/pluginapi/pluginregistry.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)
Q_IMPORT_QML_PLUGIN(CityTwin_ShellPlugin)

namespace {

int listPlugins(ct::app::ApplicationContext &context)
{
    int failed = 0;
    for (const auto &info : context.plugins().plugins()) {
        if (info.isLoaded()) {
            std::printf("%-10s %-8s loaded  %s  [%s]\n", qPrintable(info.id), qPrintable(info.version),
                        qPrintable(info.file), qPrintable(info.capabilities.join(QLatin1Char(','))));
        } else {
            ++failed;
            std::printf("%-10s %-8s FAILED  %s: %s\n", qPrintable(info.id), qPrintable(info.version),
                        qPrintable(info.file), qPrintable(info.error));
        }
    }
    if (context.plugins().plugins().empty())
        std::printf("no plugins found in %s\n", qPrintable(ct::app::ApplicationContext::defaultPluginDirectory()));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    // A QApplication, not a QGuiApplication: Qt Charts (Simulation → Compare runs…) draws with
    // Graphics View, which needs QtWidgets' application object.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CityTwin"));
    QCoreApplication::setApplicationName(QStringLiteral("citytwin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYTWIN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CityTwin Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.citytwin.Console"));

    // The options and their errors are shown before the application context (and its language
    // controller) exists: translate them with the language the console is about to use.
    QTranslator earlyTranslator;
    {
        QString language = QSettings().value(QStringLiteral("ui/language")).toString();
        const QStringList arguments = app.arguments();
        const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
        if (langAt >= 0 && langAt + 1 < arguments.size())
            language = arguments[langAt + 1];
        if (earlyTranslator.load(QStringLiteral("citytwin_%1").arg(ct::ui::LanguageController::resolve(language)),
                                 ct::app::ApplicationContext::translationsDirectory()))
            QCoreApplication::installTranslator(&earlyTranslator);
    }
    ct::app::ConsoleOptions options;
    int exitCode = 0;
    if (!ct::app::ConsoleOptions::parse(app, &options, &exitCode))
        return exitCode;
    QCoreApplication::removeTranslator(&earlyTranslator);

    QQmlApplicationEngine engine;
    // Qt 6.4 places the modules' qmldir files at qrc:/<URI path>/; make that an import path.
    engine.addImportPath(QStringLiteral("qrc:/"));
    ct::app::ApplicationContext context(options.pluginPaths, &engine);
    if (!options.language.isEmpty())
        context.languages().applyForSession(options.language);
    if (options.listPlugins)
        return listPlugins(context);

    if (!options.twinPath.isEmpty() && !context.session().open(options.twinPath)) {
        std::fprintf(stderr, "citytwin: %s\n", qPrintable(context.session().errorString()));
        if (!options.screenshotPath.isEmpty())
            return 1;
    }
    // --operator NAME signs in without the dialog (headless runs, kiosks); the password comes from
    // the environment, never the command line, and is taken out of it at once.
    if (!options.operatorName.isEmpty() && context.session().isOpen()) {
        const QString password = qEnvironmentVariable("CITYTWIN_PASSWORD");
        qunsetenv("CITYTWIN_PASSWORD");
        if (!context.operatorSession().signIn(options.operatorName, password)) {
            std::fprintf(stderr, "citytwin: %s\n", qPrintable(context.operatorSession().errorString()));
            if (!options.screenshotPath.isEmpty() || !options.importFiles.isEmpty())
                return 1;
        }
    }

    // --panel ID: a loaded plugin that brings a panel.
    if (!options.panel.isEmpty()) {
        QStringList known;
        for (const QVariant &panel : context.pluginList().panels())
            known << panel.toMap().value(QStringLiteral("id")).toString();
        if (!known.contains(options.panel)) {
            std::fprintf(stderr, "citytwin: %s\n",
                         qPrintable(QCoreApplication::translate("ConsoleOptions", "--panel %1: no loaded plugin has a panel with that id (panels: %2)")
                                        .arg(options.panel, known.join(QStringLiteral(", ")))));
            return 2;
        }
    }

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(&context.session())},
        {QStringLiteral("operatorSession"), QVariant::fromValue(&context.operatorSession())},
        // A screenshot run has nobody to type a password: without --operator it looks as a viewer.
        {QStringLiteral("signInOnOpen"), options.screenshotPath.isEmpty()},
        {QStringLiteral("plugins"), QVariant::fromValue(&context.pluginList())},
        {QStringLiteral("languages"), QVariant::fromValue(&context.languages())},
        {QStringLiteral("importer"), QVariant::fromValue(&context.importer())},
        {QStringLiteral("timeline"), QVariant::fromValue(&context.timeline())},
        {QStringLiteral("initialView"), options.view},
        {QStringLiteral("initialPanel"), options.panel},
        {QStringLiteral("initialLongitude"), options.centreLongitude},
        {QStringLiteral("initialLatitude"), options.centreLatitude},
        {QStringLiteral("initialMetresPerPixel"), options.metresPerPixel},
        {QStringLiteral("width"), options.size.width()},
        {QStringLiteral("height"), options.size.height()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/CityTwin/Shell/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "citytwin: the user interface could not be loaded (see the messages above)\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!options.importFiles.isEmpty() && context.session().isOpen()) {
        QList<QUrl> urls;
        for (const QString &file : std::as_const(options.importFiles))
            urls << QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
        QMetaObject::invokeMethod(window, "importFiles", Q_ARG(QVariant, QVariant::fromValue(urls)));
    }
    if (!options.scenarioPath.isEmpty() && context.session().isOpen()) {
        QMetaObject::invokeMethod(window, "runScenario",
                                  Q_ARG(QVariant, QUrl::fromLocalFile(QFileInfo(options.scenarioPath).absoluteFilePath())),
                                  Q_ARG(QVariant, options.until));
    }
    if (!options.screenshotPath.isEmpty() && window)
        new ct::app::Screenshotter(window, options.screenshotPath, options.timeoutSeconds, sinceLaunch, &app);
    const int code = app.exec();
    // The window goes before the services its bindings read from; hidden first, because Qt 6.4's
    // threaded render loop can crash when a window is destroyed while it still renders.
    for (QObject *object : engine.rootObjects()) {
        if (auto *w = qobject_cast<QQuickWindow *>(object))
            w->hide();
    }
    qDeleteAll(engine.rootObjects());
    return code;
}
