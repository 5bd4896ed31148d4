// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "importcommand.h"

#include "cliplugins.h"

#include "ct/dataio/dataimporter.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ct::cli {

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Import GIS files into a twin. The format is recognised from the content: GSI shelter GeoJSON, the national "
        "shelter CSV (UTF-8 or Shift_JIS), PLATEAU CityGML, OpenStreetMap XML/PBF, MLIT gauge and JMA AMeDAS station "
        "lists, and any GDAL vector source. Each file is one transaction: a file with errors leaves the twin unchanged."));
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
    parser.addOptions({layer, lonField, latField, crs, idField, skipBad, json, create});
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
    migrateTwin(QStringLiteral("import"), *store.value(), err);
    dataio::DataImporter importer(*store.value());
    QJsonArray summaries;
    bool failed = false;
    for (const QString &file : positional.mid(1)) {
        const dataio::ImportReport report = importer.importFile(file, options);
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
