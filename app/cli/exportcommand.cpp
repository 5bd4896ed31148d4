// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "exportcommand.h"

#include "ct/dataio/exportformat.h"
#include "ct/dataio/layerexporter.h"
#include "ct/dataio/sumoexporter.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>

namespace ct::cli {

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a twin layer as GeoJSON (WGS84), CSV (WGS84 lon/lat or WKT) or GeoPackage (the twin's CRS), or the "
        "road network as SUMO plain XML (nodes.nod.xml, edges.edg.xml) for netconvert."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TWIN"), QStringLiteral("the twin (.gpkg) to read"));
    const QCommandLineOption layer(QStringLiteral("layer"), QStringLiteral("layer to export (not needed for sumo)"), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("geojson, csv, gpkg or sumo"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("output file (a directory for sumo)"), QStringLiteral("OUT"));
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
        err << "citytwin-cli export: expected exactly one TWIN\n" << parser.helpText();
        return 2;
    }
    dataio::ExportFormat exportFormat = dataio::ExportFormat::GeoJson;
    if (!parser.isSet(format) || !dataio::exportFormatFromName(parser.value(format), &exportFormat)) {
        err << "citytwin-cli export: --format must be geojson, csv, gpkg or sumo\n";
        return 2;
    }
    if (!parser.isSet(output)) {
        err << "citytwin-cli export: -o OUT is required\n";
        return 2;
    }
    if (exportFormat != dataio::ExportFormat::Sumo && !parser.isSet(layer)) {
        err << "citytwin-cli export: --layer NAME is required for " << parser.value(format) << "\n";
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
        out << "SUMO network: " << counts->nodes << " nodes, " << counts->edges << " edges in " << parser.value(output) << "\n";
        return 0;
    }
    auto written = dataio::LayerExporter::exportLayer(*store.value(), parser.value(layer), exportFormat, parser.value(output));
    if (!written) {
        err << "citytwin-cli export: " << written.error().toString() << "\n";
        return 1;
    }
    out << parser.value(layer) << ": " << written.value() << " features written to " << parser.value(output) << "\n";
    return 0;
}

} // namespace ct::cli
