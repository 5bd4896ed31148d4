// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "reportcommand.h"

#include "cliplugins.h"

#include "ct/pluginapi/pluginregistry.h"
#include "ct/report/reportgenerator.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ct::cli {

namespace {

const QString kCommand = QStringLiteral("report");

QString prefix()
{
    return QStringLiteral("citytwin-cli report: ");
}

/// The language the messages are in now: that of the catalogue main() installed, else English.
QString currentLanguage()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        if (QFileInfo(translator->filePath()).fileName().startsWith(QLatin1String("citytwin_")))
            return translator->language().left(2).toLower();
    }
    return QStringLiteral("en");
}

/// Makes `language` the language of the report and of the messages from here on: main()'s
/// catalogues (children of the application) are replaced by that language's.
void switchLanguage(const QString &language)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    const QString directory = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../" CITYTWIN_DATA_SUBDIR "/translations"));
    if (own->load(QStringLiteral("citytwin_%1").arg(language), directory))
        QCoreApplication::installTranslator(own);
}

/// ISO 8601 ("2026-03-11T14:46", "2026-03-11 14:46:00+09:00", "…Z", or a date alone); local time
/// when no offset is given.
QDateTime parseTime(QString text)
{
    text = text.trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    return time;
}

} // namespace

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Write the situation report of a twin as a PDF: a map of the city and the sections of the loaded plugins "
               "(shelters, damage, power …). The twin is only read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TWIN"), QCoreApplication::translate("Cli", "the twin (.gpkg)"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "the PDF to write"), QStringLiteral("REPORT.pdf"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QCoreApplication::translate("Cli", "the moment the report describes, ISO 8601 (2026-03-11T14:46, "
                                                                   "local time unless an offset is given; default: now)"),
                                QStringLiteral("TIME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("Cli", "language of the report: ja or en (default: that of the messages)"),
                                  QStringLiteral("LANG"));
    const QCommandLineOption operatorName(QStringLiteral("operator"),
                                          QCoreApplication::translate("Cli", "name shown as the report's operator (default: the system account)"),
                                          QStringLiteral("NAME"));
    parser.addOptions({output, at, lang, operatorName});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli report")} + arguments)) {
        err << prefix() << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    QString language = currentLanguage();
    if (parser.isSet(lang)) {
        language = parser.value(lang);
        if (language != QLatin1String("ja") && language != QLatin1String("en")) {
            err << prefix() << QCoreApplication::translate("Cli", "--lang takes ja or en, not \"%1\"").arg(language) << "\n";
            return 2;
        }
        switchLanguage(language);
    }
    if (parser.positionalArguments().size() != 1) {
        err << prefix() << QCoreApplication::translate("Cli", "expected exactly one TWIN") << "\n";
        return 2;
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        err << prefix() << QCoreApplication::translate("Cli", "-o REPORT.pdf is required") << "\n";
        return 2;
    }
    ct::report::ReportRequest request;
    request.language = language;
    if (parser.isSet(at)) {
        request.at = parseTime(parser.value(at));
        if (!request.at.isValid()) {
            err << prefix()
                << QCoreApplication::translate("Cli", "--at: cannot read \"%1\" as a time; use ISO 8601, e.g. 2026-03-11T14:46 "
                                                      "or 2026-03-11T14:46+09:00")
                       .arg(parser.value(at))
                << "\n";
            return 2;
        }
    }
    QString name = parser.value(operatorName);
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("citytwin-cli"));
    request.actor = core::Actor::system(name);

    const QString outputPath = QFileInfo(parser.value(output)).absoluteFilePath();
    if (QFileInfo(outputPath).isDir()) {
        err << prefix() << outputPath << ": " << QCoreApplication::translate("Cli", "is a folder; -o names the PDF to write") << "\n";
        return 2;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << prefix() << QCoreApplication::translate("Cli", "painting the report needs a QGuiApplication") << "\n";
        return 1;
    }

    auto store = store::TwinStore::open(parser.positionalArguments().first(), store::TwinStore::OpenMode::ReadOnly);
    if (!store) {
        err << prefix() << store.error().toString() << "\n";
        return 1;
    }
    const auto plugins = loadPlugins(kCommand, language, err);
    ct::report::ReportGenerator generator(*store.value(), plugins->loaded());
    const auto written = generator.write(outputPath, request);
    if (!written) {
        err << prefix() << written.error().toString() << "\n";
        return 1;
    }
    out << QCoreApplication::translate("Cli", "Report written to %1").arg(QDir::toNativeSeparators(outputPath)) << "\n";
    return 0;
}

} // namespace ct::cli
