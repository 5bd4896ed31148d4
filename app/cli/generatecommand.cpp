// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "generatecommand.h"

#include "cliplugins.h"

#include "ct/citygen/citygenerator.h"
#include "ct/store/twinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace ct::cli {

int runGenerate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Generate the deterministic demo city (Tsukuba-sized at scale 1: ≈ 256,000 people, ≈ 100,000 buildings, "
        "≈ 50,000 road nodes, ≈ 125 shelters) into a new twin. The same seed and scale always give the same city. "
        "With --real-data, the real boundary, shelters, river gauges and weather stations replace the generated ones."));
    parser.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QCoreApplication::translate("Cli", "multiplies counts and area (default 1; 0.01 for tests)"),
                                   QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("Cli", "random seed, a non-negative integer (default 1)"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption realData(QStringLiteral("real-data"), QCoreApplication::translate("Cli", "folder like ../shared/data/tsukuba"),
                                      QStringLiteral("DIR"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "the twin to create (.gpkg)"), QStringLiteral("TWIN"));
    const QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("Cli", "replace the output file if it exists"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QCoreApplication::translate("Cli", "no progress lines"));
    parser.addOptions({scale, seed, realData, output, force, quiet});
    if (!parser.parse(QStringList{QStringLiteral("citytwin-cli generate")} + arguments)) {
        err << "citytwin-cli generate: " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "unexpected argument %1").arg(parser.positionalArguments().first()) << "\n";
        return 2;
    }
    citygen::GeneratorOptions options;
    bool ok = false;
    options.scale = parser.value(scale).toDouble(&ok);
    if (!ok || !std::isfinite(options.scale) || options.scale <= 0.0 || options.scale > 64.0) {
        err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "--scale must be a number > 0 and <= 64, got %1").arg(parser.value(scale)) << "\n";
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "--seed must be a non-negative integer, got %1").arg(parser.value(seed)) << "\n";
        return 2;
    }
    if (parser.isSet(realData)) {
        options.realDataDirectory = parser.value(realData);
        if (!QFileInfo(options.realDataDirectory).isDir()) {
            err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "--real-data %1 is not a folder").arg(options.realDataDirectory) << "\n";
            return 2;
        }
    }
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "-o TWIN.gpkg is required") << "\n";
        return 2;
    }
    const QString path = parser.value(output);
    const QFileInfo info(path);
    if (info.exists()) {
        if (!parser.isSet(force)) {
            err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "%1 exists; use --force to replace it").arg(path) << "\n";
            return 2;
        }
        if (!info.isFile()) {
            err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "%1 is not a regular file; refusing to replace it").arg(path) << "\n";
            return 2;
        }
        // The twin and its SQLite sidecars (a stale -wal would be replayed into the new file).
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            if (QFileInfo::exists(file) && !QFile::remove(file)) {
                err << "citytwin-cli generate: " << QCoreApplication::translate("Cli", "cannot remove %1").arg(file) << "\n";
                return 1;
            }
    }

    const bool showProgress = !parser.isSet(quiet);
    auto report = citygen::CityGenerator::generate(path, options, [&](int percent, const QString &stage) {
        if (showProgress) {
            out << QStringLiteral("[%1%] %2\n").arg(percent, 3).arg(stage);
            out.flush();
        }
    });
    if (!report) {
        err << "citytwin-cli generate: " << report.error().toString() << "\n";
        return 1;
    }
    // The twin leaves with every loaded plugin's tables, as the console would give it on open, so
    // read-only commands (report, export, …) find the domains' schemas in place.
    {
        auto twin = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadWrite);
        if (!twin) {
            err << "citytwin-cli generate: " << twin.error().toString() << "\n";
            return 1;
        }
        if (!migrateTwin(QStringLiteral("generate"), *twin.value(), err))
            return 1;
        QStringList schemas;
        for (const auto &[component, version] : twin.value()->components())
            schemas << QStringLiteral("%1 %2").arg(component).arg(version);
        report->notes << QCoreApplication::translate("Cli", "schemas: %1").arg(schemas.join(QStringLiteral(", ")));
    }
    out << QCoreApplication::translate("Cli", "Generated %1 (scale %2, seed %3) in %4 s")
               .arg(path, QString::number(options.scale), QString::number(options.seed), QString::number(report->seconds, 'f', 2))
        << "\n";
    out << QCoreApplication::translate("Cli", "  area %1 km², population %2")
               .arg(QString::number(report->areaKm2, 'f', 2), QString::number(report->population))
        << "\n";
    if (!options.realDataDirectory.isEmpty()) {
        const QString yes = QCoreApplication::translate("Cli", "yes");
        const QString no = QCoreApplication::translate("Cli", "no");
        out << QCoreApplication::translate("Cli", "  real data: boundary %1, shelters %2, gauges and weather stations %3")
                   .arg(report->realBoundary ? yes : no, report->realShelters ? yes : no, report->realSensors ? yes : no)
            << "\n";
    }
    for (const auto &[layer, count] : report->layerCounts)
        out << "  " << layer.leftJustified(18) << " " << count << "\n";
    for (const auto &note : report->notes)
        out << QCoreApplication::translate("Cli", "  note: %1").arg(note) << "\n";
    return 0;
}

} // namespace ct::cli
