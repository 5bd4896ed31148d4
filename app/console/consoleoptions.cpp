// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "consoleoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace ct::app {

bool ConsoleOptions::parse(const QCoreApplication &app, ConsoleOptions *options, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ConsoleOptions", "CityTwin Console — digital twin and operations console for Tsukuba."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption twin(QStringLiteral("twin"), QCoreApplication::translate("ConsoleOptions", "Open the twin FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("ConsoleOptions", "Render the first complete frame to OUT.png and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption view(QStringLiteral("view"), QCoreApplication::translate("ConsoleOptions", "Start in the 2d map or the 3d view."),
                                  QStringLiteral("2d|3d"), QStringLiteral("2d"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("ConsoleOptions", "Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption listPlugins(QStringLiteral("list-plugins"),
                                         QCoreApplication::translate("ConsoleOptions", "List the plugins with their status and exit."));
    const QCommandLineOption language(QStringLiteral("lang"), QCoreApplication::translate("ConsoleOptions", "Use this language for this run."),
                                      QStringLiteral("ja|en"));
    const QCommandLineOption pluginPath(QStringLiteral("plugin-path"),
                                        QCoreApplication::translate("ConsoleOptions", "Also load plugins from DIR."), QStringLiteral("DIR"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("ConsoleOptions", "Seconds to wait for the first frame with --screenshot."),
                                     QStringLiteral("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption importFile(QStringLiteral("import"),
                                        QCoreApplication::translate("ConsoleOptions", "Import FILE into the twin at start (repeatable)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption centre(QStringLiteral("center"),
                                    QCoreApplication::translate("ConsoleOptions", "Centre the first view on this WGS84 position."),
                                    QStringLiteral("LON,LAT"));
    const QCommandLineOption zoom(QStringLiteral("zoom"),
                                  QCoreApplication::translate("ConsoleOptions", "Scale of the first view in metres per pixel."),
                                  QStringLiteral("M/PX"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QCoreApplication::translate("ConsoleOptions", "Start a simulation of the scenario FILE on the twin."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QCoreApplication::translate("ConsoleOptions", "Run the simulation to this simulated time, then pause."),
                                   QStringLiteral("HH:MM"));
    const QCommandLineOption operatorName(
        QStringLiteral("operator"),
        QCoreApplication::translate("ConsoleOptions", "Sign in to the twin as NAME, with the password in the environment variable CITYTWIN_PASSWORD."),
        QStringLiteral("NAME"));
    const QCommandLineOption panel(QStringLiteral("panel"),
                                   QCoreApplication::translate("ConsoleOptions", "Show the domain panel of the plugin ID (e.g. shelters) at start."),
                                   QStringLiteral("ID"));
    parser.addOptions({twin, screenshot, view, size, listPlugins, language, pluginPath, timeout, importFile, centre, zoom,
                       scenario, until, operatorName, panel});
    parser.addPositionalArgument(QStringLiteral("twin"), QCoreApplication::translate("ConsoleOptions", "The twin to open."),
                                 QStringLiteral("[TWIN.gpkg]"));

    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "citytwin: %s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(QCoreApplication::translate("ConsoleOptions", "Try 'citytwin --help'.")));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    auto fail = [exitCode](const QString &message) {
        std::fprintf(stderr, "citytwin: %s\n", qPrintable(message));
        *exitCode = 2;
        return false;
    };

    options->twinPath = parser.value(twin);
    if (options->twinPath.isEmpty() && !parser.positionalArguments().isEmpty())
        options->twinPath = parser.positionalArguments().constFirst();
    options->screenshotPath = parser.value(screenshot);
    options->view = parser.value(view);
    if (options->view != QLatin1String("2d") && options->view != QLatin1String("3d"))
        return fail(QCoreApplication::translate("ConsoleOptions", "--view takes 2d or 3d, not \"%1\"").arg(options->view));
    const auto match = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
    if (!match.hasMatch())
        return fail(QCoreApplication::translate("ConsoleOptions", "--size takes WIDTHxHEIGHT such as 1280x720, not \"%1\"").arg(parser.value(size)));
    options->size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    options->listPlugins = parser.isSet(listPlugins);
    options->language = parser.value(language);
    if (!options->language.isEmpty() && options->language != QLatin1String("ja") && options->language != QLatin1String("en"))
        return fail(QCoreApplication::translate("ConsoleOptions", "--lang takes ja or en, not \"%1\"").arg(options->language));
    options->pluginPaths = parser.values(pluginPath);
    options->importFiles = parser.values(importFile);
    options->scenarioPath = parser.value(scenario);
    options->until = parser.value(until);
    if (!options->scenarioPath.isEmpty() && options->twinPath.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--scenario needs a twin to simulate on (--twin FILE)"));
    if (!options->until.isEmpty() && options->scenarioPath.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--until goes with --scenario"));
    if (parser.isSet(centre)) {
        const QStringList parts = parser.value(centre).split(QLatin1Char(','));
        bool okLon = false, okLat = false;
        if (parts.size() == 2) {
            options->centreLongitude = parts[0].trimmed().toDouble(&okLon);
            options->centreLatitude = parts[1].trimmed().toDouble(&okLat);
        }
        if (!okLon || !okLat || std::abs(options->centreLatitude) > 90 || std::abs(options->centreLongitude) > 180)
            return fail(QCoreApplication::translate("ConsoleOptions", "--center takes LON,LAT in degrees such as 140.1115,36.0825, not \"%1\"").arg(parser.value(centre)));
    }
    if (parser.isSet(zoom)) {
        bool ok = false;
        options->metresPerPixel = parser.value(zoom).toDouble(&ok);
        if (!ok || options->metresPerPixel <= 0)
            return fail(QCoreApplication::translate("ConsoleOptions", "--zoom takes a positive number of metres per pixel, not \"%1\"").arg(parser.value(zoom)));
    }
    if (!options->importFiles.isEmpty() && options->twinPath.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--import needs a twin to import into (--twin FILE)"));
    options->operatorName = parser.value(operatorName);
    options->panel = parser.value(panel);
    if (!options->operatorName.isEmpty() && options->twinPath.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--operator needs a twin to sign in to (--twin FILE)"));
    if (!options->importFiles.isEmpty() && options->operatorName.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--import needs an operator allowed to import (--operator NAME)"));
    bool ok = false;
    options->timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options->timeoutSeconds <= 0)
        return fail(QCoreApplication::translate("ConsoleOptions", "--timeout takes a positive number of seconds"));
    if (!options->screenshotPath.isEmpty() && options->twinPath.isEmpty())
        return fail(QCoreApplication::translate("ConsoleOptions", "--screenshot needs a twin (--twin FILE)"));
    return true;
}

} // namespace ct::app
