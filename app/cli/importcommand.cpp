// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "importcommand.h"

#include "cliplugins.h"
#include "pluginimport.h"
#include "urldownload.h"

#include "ct/dataio/dataimporter.h"
#include "ct/pluginapi/importer.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ct::cli {

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national "
        "shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station "
        "lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged. "
        "A domain plugin that recognises a file (GTFS zip, GTFS-Realtime feed, police crime CSV, …) imports it, as File → Import does. "
        "A FILE may be an http(s) URL: it is fetched once and imported like a saved file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TWIN"), QCoreApplication::translate("Cli", "the twin (.gpkg) to import into"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "one or more files to import"), QStringLiteral("FILE..."));
    const QCommandLineOption layer(QStringLiteral("layer"), QCoreApplication::translate("Cli", "target layer for generic sources"), QStringLiteral("NAME"));
    const QCommandLineOption lonField(QStringLiteral("lon-field"), QCoreApplication::translate("Cli", "CSV column with longitude / easting"), QStringLiteral("F"));
    const QCommandLineOption latField(QStringLiteral("lat-field"), QCoreApplication::translate("Cli", "CSV column with latitude / northing"), QStringLiteral("F"));
    const QCommandLineOption crs(QStringLiteral("crs"), QCoreApplication::translate("Cli", "source CRS, overriding the file's (EPSG:N)"), QStringLiteral("CRS"));
    const QCommandLineOption idField(QStringLiteral("id-field"), QCoreApplication::translate("Cli", "generic sources: field holding the stable id"), QStringLiteral("F"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"), QCoreApplication::translate("Cli", "import the good rows of a file with bad rows, listing every skipped row"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "print a JSON summary per file"));
    const QCommandLineOption create(QStringLiteral("create"), QCoreApplication::translate("Cli", "create TWIN first when it does not exist"));
    const QCommandLineOption pluginPath(QStringLiteral("plugin-path"), QCoreApplication::translate("Cli", "also load domain plugins from DIR (repeatable)"), QStringLiteral("DIR"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QCoreApplication::translate("Cli", "URLs: give up after SECONDS without a complete answer (default 30)"), QStringLiteral("SECONDS"), QStringLiteral("30"));
    parser.addOptions({layer, lonField, latField, crs, idField, skipBad, json, create, pluginPath, timeout});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli import")} + arguments)) {
        err << "citytwin-cli import: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << "citytwin-cli import: " << QCoreApplication::translate("Cli", "expected TWIN and at least one FILE") << "\n" << parser.helpText();
        return 2;
    }
    if (parser.isSet(lonField) != parser.isSet(latField)) {
        err << "citytwin-cli import: " << QCoreApplication::translate("Cli", "--lon-field and --lat-field go together") << "\n";
        return 2;
    }
    if (parser.isSet(crs) && !parser.value(crs).contains(QLatin1Char(':'))) {
        err << "citytwin-cli import: " << QCoreApplication::translate("Cli", "--crs expects AUTHORITY:CODE, e.g. EPSG:4326") << "\n";
        return 2;
    }
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 3600) {
        err << "citytwin-cli import: " << QCoreApplication::translate("Cli", "--timeout expects seconds above 0 and at most 3600, got %1").arg(parser.value(timeout)) << "\n";
        return 2;
    }
    dataio::ImportOptions options;
    options.layer = parser.value(layer);
    options.lonField = parser.value(lonField);
    options.latField = parser.value(latField);
    options.crs = parser.value(crs);
    options.idField = parser.value(idField);
    options.skipBad = parser.isSet(skipBad);

    const bool createTwin = parser.isSet(create) && !QFileInfo::exists(positional.first());
    auto store = createTwin ? store::TwinStore::create(positional.first())
                            : store::TwinStore::open(positional.first(), store::TwinStore::OpenMode::ReadWrite);
    if (!store) {
        err << "citytwin-cli import: " << store.error().toString() << "\n";
        return 1;
    }
    // The console's schema on open (accounts, loaded plugins); a failure is listed and the import goes on.
    const auto plugins = loadPlugins(QStringLiteral("import"), pluginLanguage(), err, parser.values(pluginPath));
    migrateTwin(QStringLiteral("import"), *store.value(), err, plugins.get());
    const core::Actor actor = core::Actor::system(QStringLiteral("citytwin-cli"));
    const PluginImport domainImporters(*plugins);
    dataio::DataImporter importer(*store.value(), actor);
    QTemporaryDir downloads;
    QJsonArray summaries;
    bool failed = false;
    for (const QString &file : positional.mid(1)) {
        // A URL is fetched first into a file named after it; nothing is written when that fails.
        QString path = file;
        if (UrlDownload::isUrl(file)) {
            auto fetched = downloads.isValid() ? UrlDownload::fetch(QUrl(file), downloads.path(), int(timeoutSeconds * 1000))
                                               : core::Result<QString>(core::Error::io(downloads.errorString(), file));
            if (!fetched) {
                failed = true;
                err << "citytwin-cli import: " << fetched.error().toString() << "\n";
                summaries.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), fetched.error().toString()}});
                continue;
            }
            path = fetched.value();
        }
        // A plugin's own format first, when a plugin is confident it reads this file (as File → Import).
        if (plugin::Importer *domain = domainImporters.importerFor(path)) {
            // The audit target: the file's name, as File → Import writes it, or the whole URL.
            const QString target = UrlDownload::isUrl(file) ? file : QFileInfo(file).fileName();
            QJsonObject summary = PluginImport::run(*store.value(), actor, *domain, path, target);
            summary.insert(QStringLiteral("file"), file);
            summaries.append(summary);
            const QString error = summary.value(QStringLiteral("error")).toString();
            if (!error.isEmpty()) {
                failed = true;
                err << "citytwin-cli import: " << error << "\n";
            } else if (!parser.isSet(json)) {
                out << file << " (" << domain->title() << "):"
                    << QCoreApplication::translate("Cli", " %1 %2 imported, %3 updated;")
                           .arg(summary.value(QStringLiteral("layer")).toString(),
                                QString::number(summary.value(QStringLiteral("imported")).toInteger()),
                                QString::number(summary.value(QStringLiteral("updated")).toInteger()))
                    << QCoreApplication::translate("Cli", " %1 skipped").arg(summary.value(QStringLiteral("skipped")).toInteger()) << "\n";
                for (const QJsonValue row : summary.value(QStringLiteral("skippedRows")).toArray())
                    out << QCoreApplication::translate("Cli", "  skipped %1: %2")
                               .arg(row.toObject().value(QStringLiteral("where")).toString(), row.toObject().value(QStringLiteral("reason")).toString())
                        << "\n";
            }
            continue;
        }
        dataio::ImportReport report = importer.importFile(path, options);
        report.file = file;
        summaries.append(report.toJson());
        if (!report.error.isEmpty()) {
            failed = true;
            err << "citytwin-cli import: " << report.error << "\n";
        }
        if (!parser.isSet(json)) {
            if (report.error.isEmpty()) {
                out << file << " (" << dataio::formatName(report.format);
                if (!report.encoding.isEmpty())
                    out << ", " << report.encoding;
                out << "):";
                for (const auto &l : report.layers)
                    out << QCoreApplication::translate("Cli", " %1 %2 imported, %3 updated;")
                               .arg(l.layer, QString::number(l.imported), QString::number(l.updated));
                out << QCoreApplication::translate("Cli", " %1 skipped").arg(report.skipped()) << "\n";
            }
            for (const auto &row : report.skippedRows)
                out << QCoreApplication::translate("Cli", "  skipped %1: %2").arg(row.where, row.reason) << "\n";
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(summaries).toJson(QJsonDocument::Indented);
    return failed ? 1 : 0;
}

} // namespace ct::cli
