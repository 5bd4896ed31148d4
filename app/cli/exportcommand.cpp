// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "exportcommand.h"

#include "ct/dataio/exportformat.h"
#include "ct/dataio/layerexporter.h"
#include "ct/dataio/sumoexporter.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ct::cli {

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Export a twin layer as GeoJSON (WGS84), CSV (WGS84 lon/lat or WKT) or GeoPackage (the twin's CRS), or the "
        "road network as SUMO plain XML (nodes.nod.xml, edges.edg.xml) for netconvert."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TWIN"), QCoreApplication::translate("Cli", "the twin (.gpkg) to read"));
    const QCommandLineOption layer(QStringLiteral("layer"), QCoreApplication::translate("Cli", "layer to export (not needed for sumo)"), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("Cli", "geojson, csv, gpkg or sumo"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "output file (a directory for sumo)"), QStringLiteral("OUT"));
    parser.addOptions({layer, format, output});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli export")} + arguments)) {
        err << "citytwin-cli export: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "citytwin-cli export: " << QCoreApplication::translate("Cli", "expected exactly one TWIN") << "\n" << parser.helpText();
        return 2;
    }
    dataio::ExportFormat exportFormat = dataio::ExportFormat::GeoJson;
    if (!parser.isSet(format) || !dataio::exportFormatFromName(parser.value(format), &exportFormat)) {
        err << "citytwin-cli export: " << QCoreApplication::translate("Cli", "--format must be geojson, csv, gpkg or sumo") << "\n";
        return 2;
    }
    if (!parser.isSet(output)) {
        err << "citytwin-cli export: " << QCoreApplication::translate("Cli", "-o OUT is required") << "\n";
        return 2;
    }
    if (exportFormat != dataio::ExportFormat::Sumo && !parser.isSet(layer)) {
        err << "citytwin-cli export: " << QCoreApplication::translate("Cli", "--layer NAME is required for %1").arg(parser.value(format)) << "\n";
        return 2;
    }
    auto store = store::TwinStore::open(parser.positionalArguments().first(), store::TwinStore::OpenMode::ReadOnly);
    if (!store) {
        err << "citytwin-cli export: " << store.error().toString() << "\n";
        return 1;
    }
    if (exportFormat == dataio::ExportFormat::Sumo) {
        auto counts = dataio::SumoExporter::exportNetwork(*store.value(), parser.value(output));
        if (!counts) {
            err << "citytwin-cli export: " << counts.error().toString() << "\n";
            return 1;
        }
        out << QCoreApplication::translate("Cli", "SUMO network: %1 nodes, %2 edges in %3")
                   .arg(QString::number(counts->nodes), QString::number(counts->edges), parser.value(output))
            << "\n";
        return 0;
    }
    auto written = dataio::LayerExporter::exportLayer(*store.value(), parser.value(layer), exportFormat, parser.value(output));
    if (!written) {
        err << "citytwin-cli export: " << written.error().toString() << "\n";
        return 1;
    }
    out << QCoreApplication::translate("Cli", "%1: %2 features written to %3")
               .arg(parser.value(layer), QString::number(written.value()), parser.value(output))
        << "\n";
    return 0;
}

} // namespace ct::cli
