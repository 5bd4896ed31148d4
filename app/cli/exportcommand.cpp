// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "exportcommand.h"

#include "ct/dataio/exportformat.h"
#include "ct/dataio/layerexporter.h"
#include "ct/dataio/sumoexporter.h"
#include "ct/store/twinstore.h"
#if __has_include("ct/safety/alertexporter.h")
#include "ct/safety/alertexporter.h"
#include "ct/safety/safetyschema.h"
#define CITYTWIN_HAS_SAFETY 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ct::cli {

#ifdef CITYTWIN_HAS_SAFETY
namespace {
/// The safety alerts go through the safety domain's reader, which applies the role's rules:
/// what `--as ROLE` (with `--binding` keys such as school:12) may see, no more.
int exportSafetyAlerts(const QCommandLineParser &parser, const QString &twin, QTextStream &out, QTextStream &err)
{
    const QString format = parser.value(QStringLiteral("format"));
    safety::AlertExporter::Format safetyFormat = safety::AlertExporter::Format::GeoJson;
    if (!safety::AlertExporter::formatFromName(format, &safetyFormat)) {
        err << "citytwin-cli export: " << QCoreApplication::translate("Cli", "--format must be cap, mail, geojson or csv for %1").arg(safety::SafetySchema::alertLayer()) << "\n";
        return 2;
    }
    core::Actor actor{QStringLiteral("citytwin-cli"), core::Role::System, parser.values(QStringLiteral("binding"))};
    if (!parser.isSet(QStringLiteral("as")) || !core::roleFromName(parser.value(QStringLiteral("as")), &actor.role)) {
        err << "citytwin-cli export: " << QCoreApplication::translate("Cli", "%1 needs --as ROLE (police-liaison, school-liaison, hq-commander, planner, …): the export holds what that role may see")
                   .arg(safety::SafetySchema::alertLayer()) << "\n";
        return 2;
    }
    auto store = store::TwinStore::open(twin, store::TwinStore::OpenMode::ReadOnly);
    if (!store) {
        err << "citytwin-cli export: " << store.error().toString() << "\n";
        return 1;
    }
    // Read-only: a twin never opened for writing with the safety plugin has no alert tables yet.
    if (store.value()->schemaVersion(safety::SafetySchema::component()) == 0) {
        err << "citytwin-cli export: "
            << QCoreApplication::translate("Cli", "%1: no safety data yet in %2: the safety plugin's tables are created when the twin is "
                                                  "first opened for writing (in the console, or by a writing citytwin-cli command)")
                   .arg(safety::SafetySchema::alertLayer(), twin)
            << "\n";
        return 1;
    }
    auto written = safety::AlertExporter::exportAlerts(*store.value(), actor, safetyFormat, parser.value(QStringLiteral("output")));
    if (!written) {
        err << "citytwin-cli export: " << written.error().toString() << "\n";
        return 1;
    }
    out << QCoreApplication::translate("Cli", "%1: %2 alerts written to %3 as %4")
               .arg(safety::SafetySchema::alertLayer(), QString::number(written.value()), parser.value(QStringLiteral("output")), core::roleName(actor.role))
        << "\n";
    return 0;
}
} // namespace
#endif

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
#ifdef CITYTWIN_HAS_SAFETY
    parser.addOption(QCommandLineOption(QStringLiteral("as"), QCoreApplication::translate("Cli", "safety_alerts: export what this role may see (format cap or mail: a directory; geojson or csv)"), QStringLiteral("ROLE")));
    parser.addOption(QCommandLineOption(QStringLiteral("binding"), QCoreApplication::translate("Cli", "with --as: a scope the operator is bound to, e.g. school:12 (repeatable)"), QStringLiteral("KEY")));
#endif
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
#ifdef CITYTWIN_HAS_SAFETY
    if (parser.value(layer) == safety::SafetySchema::alertLayer() && parser.isSet(output))
        return exportSafetyAlerts(parser, parser.positionalArguments().first(), out, err);
#endif
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
