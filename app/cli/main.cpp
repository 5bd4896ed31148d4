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

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

namespace {

using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

struct Entry
{
    Command run;
    const char *summary;
};

std::map<QString, Entry> commands()
{
    std::map<QString, Entry> table;
    table[QStringLiteral("info")] = {ct::cli::runInfo, "layers, CRS, schema versions and plugin tables of a twin"};
#ifdef CITYTWIN_HAS_GENERATE
    table[QStringLiteral("generate")] = {ct::cli::runGenerate, "generate the demo city at any scale"};
#endif
#ifdef CITYTWIN_HAS_IMPORT
    table[QStringLiteral("import")] = {ct::cli::runImport, "import GIS files (GSI, PLATEAU, OSM, CSV, any GDAL source)"};
#endif
#ifdef CITYTWIN_HAS_EXPORT
    table[QStringLiteral("export")] = {ct::cli::runExport, "export a layer (GeoJSON, CSV, GeoPackage, SUMO)"};
#endif
    return table;
}

void usage(QTextStream &stream)
{
    stream << "Usage: citytwin-cli COMMAND [ARGUMENTS]\n\nCommands:\n";
    for (const auto &[name, entry] : commands())
        stream << "  " << name.leftJustified(10) << " " << entry.summary << "\n";
    stream << "\n'citytwin-cli COMMAND --help' explains a command.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citytwin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITYTWIN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments().mid(1);
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
        err << "citytwin-cli: unknown command \"" << name << "\"\n";
        usage(err);
        return 2;
    }
    const int code = found->second.run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
