// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// citytwin-cli: the twin without a window. Dispatches to one sub-command per file.
#include "infocommand.h"
#if __has_include("generatecommand.h")
#include "generatecommand.h"
#define CITYTWIN_HAS_GENERATE 1
#endif
#if __has_include("importcommand.h")
#include "importcommand.h"
#define CITYTWIN_HAS_IMPORT 1
#endif
#if __has_include("exportcommand.h")
#include "exportcommand.h"
#define CITYTWIN_HAS_EXPORT 1
#endif
#if __has_include("simulatecommand.h")
#include "simulatecommand.h"
#define CITYTWIN_HAS_SIMULATE 1
#endif
#if __has_include("routecommand.h")
#include "routecommand.h"
#define CITYTWIN_HAS_ROUTE 1
#endif
#if __has_include("accountcommand.h")
#include "accountcommand.h"
#define CITYTWIN_HAS_ACCOUNT 1
#endif
#if __has_include("ingestcommand.h")
#include "ingestcommand.h"
#include "seriescommand.h"
#define CITYTWIN_HAS_SENSORS 1
#endif
#if __has_include("reportcommand.h")
#include "reportcommand.h"
#define CITYTWIN_HAS_REPORT 1
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

struct Entry
{
    Command run;
    const char *summary; //!< untranslated; marked with QT_TRANSLATE_NOOP and translated when printed
};

std::map<QString, Entry> commands()
{
    std::map<QString, Entry> table;
    table[QStringLiteral("info")] = {ct::cli::runInfo, QT_TRANSLATE_NOOP("Cli", "layers, CRS, schema versions and plugin tables of a twin")};
#ifdef CITYTWIN_HAS_ACCOUNT
    table[QStringLiteral("account")] = {ct::cli::runAccount, QT_TRANSLATE_NOOP("Cli", "operators' accounts: first administrator, add, list, passwords")};
#endif
#ifdef CITYTWIN_HAS_GENERATE
    table[QStringLiteral("generate")] = {ct::cli::runGenerate, QT_TRANSLATE_NOOP("Cli", "generate the demo city at any scale")};
#endif
#ifdef CITYTWIN_HAS_IMPORT
    table[QStringLiteral("import")] = {ct::cli::runImport, QT_TRANSLATE_NOOP("Cli", "import GIS files (GSI, PLATEAU, OSM, CSV, any GDAL source)")};
#endif
#ifdef CITYTWIN_HAS_EXPORT
    table[QStringLiteral("export")] = {ct::cli::runExport, QT_TRANSLATE_NOOP("Cli", "export a layer (GeoJSON, CSV, GeoPackage, SUMO)")};
#endif
#ifdef CITYTWIN_HAS_ROUTE
    table[QStringLiteral("route")] = {ct::cli::runRoute, QT_TRANSLATE_NOOP("Cli", "fastest route between two positions, avoiding closed roads")};
#endif
#ifdef CITYTWIN_HAS_SIMULATE
    table[QStringLiteral("simulate")] = {ct::cli::runSimulate, QT_TRANSLATE_NOOP("Cli", "run a simulation scenario and print its KPIs; compare recorded runs")};
#endif
#ifdef CITYTWIN_HAS_SENSORS
    table[QStringLiteral("ingest")] = {ct::cli::runIngest, QT_TRANSLATE_NOOP("Cli", "sensor readings from MQTT or CSV into the twin, with alarms")};
    table[QStringLiteral("series")] = {ct::cli::runSeries, QT_TRANSLATE_NOOP("Cli", "the readings of one sensor, raw or per time bucket")};
#endif
#ifdef CITYTWIN_HAS_REPORT
    table[QStringLiteral("report")] = {ct::cli::runReport, QT_TRANSLATE_NOOP("Cli", "write the situation report of a twin as a PDF")};
#endif
    return table;
}

void usage(QTextStream &stream)
{
    stream << QCoreApplication::translate("Cli", "Usage: citytwin-cli COMMAND [ARGUMENTS]\n\nCommands:\n");
    for (const auto &[name, entry] : commands())
        stream << "  " << name.leftJustified(10) << " " << QCoreApplication::translate("Cli", entry.summary) << "\n";
    stream << QCoreApplication::translate("Cli", "\n'citytwin-cli COMMAND --help' explains a command.\n");
    stream << QCoreApplication::translate("Cli", "\nGlobal option, before COMMAND:\n"
                                                 "  --lang ja|en   language of the messages (default: the system's)\n");
}

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("ja")};

/// The language of the messages: `--lang` if given, else the first of the system's UI languages
/// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that we translate into, else English. Same rule as the
/// console's LanguageController.
QString resolveLanguage(const QString &choice)
{
    if (kLanguages.contains(choice))
        return choice;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (kLanguages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

/// Installs Qt's own catalogue (QCommandLineParser's help and errors) and ours, from
/// <exe dir>/../share/citytwin/translations as the console does. A missing catalogue leaves English.
void installTranslators(QCoreApplication &app, const QString &language)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    const QString directory = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../" CITYTWIN_DATA_SUBDIR "/translations"));
    if (own->load(QStringLiteral("citytwin_%1").arg(language), directory))
        QCoreApplication::installTranslator(own);
}

/// Whether the command paints (the report's PDF: fonts and QPainter need a QGuiApplication).
/// The others keep the lighter QCoreApplication.
bool needsGuiApplication(int argc, char *argv[])
{
    int i = 1;
    if (i < argc && qstrncmp(argv[i], "--lang=", 7) == 0)
        ++i;
    else if (i < argc && qstrcmp(argv[i], "--lang") == 0)
        i += 2;
    return i < argc && qstrcmp(argv[i], "report") == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
#ifdef CITYTWIN_HAS_REPORT
    if (needsGuiApplication(argc, argv)) {
        // No window is ever shown: the offscreen platform works without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("citytwin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYTWIN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments().mid(1);
    // The global --lang comes before the sub-command: `citytwin-cli --lang ja info twin.gpkg`.
    QString language;
    bool languageGiven = false;
    if (!arguments.isEmpty() && arguments.constFirst().startsWith(QLatin1String("--lang="))) {
        languageGiven = true;
        language = arguments.takeFirst().mid(7);
    } else if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("--lang")) {
        languageGiven = true;
        arguments.removeFirst();
        if (!arguments.isEmpty())
            language = arguments.takeFirst();
    }
    installTranslators(app, resolveLanguage(language));
    if (languageGiven && !kLanguages.contains(language)) {
        err << QCoreApplication::translate("Cli", "citytwin-cli: --lang takes ja or en, not \"%1\"").arg(language) << "\n";
        return 2;
    }
    if (arguments.isEmpty()) {
        usage(err);
        return 2;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        usage(out);
        return 0;
    }
    if (name == QLatin1String("--version")) {
        out << "citytwin-cli " << CITYTWIN_VERSION << "\n";
        return 0;
    }
    const auto table = commands();
    const auto found = table.find(name);
    if (found == table.end()) {
        err << QCoreApplication::translate("Cli", "citytwin-cli: unknown command \"%1\"").arg(name) << "\n";
        usage(err);
        return 2;
    }
    const int code = found->second.run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
