// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Generates the demo city and prints the time of each stage, the total, and the features per
// layer, next to the target of the issue ("generate scale 1 in ≤ 10 s").
//   bench_generate [--scale S] [--seed N] [--real-data DIR] [--keep FILE]

#include "ct/citygen/citygenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ct::citygen::GeneratorOptions options;
    QString keep;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--scale") && hasValue)
            options.scale = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && hasValue)
            options.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--real-data") && hasValue)
            options.realDataDirectory = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--keep") && hasValue)
            keep = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(stderr, "usage: bench_generate [--scale S] [--seed N] [--real-data DIR] [--keep FILE]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.gpkg")) : keep;
    auto report = ct::citygen::CityGenerator::generate(path, options);
    if (!report) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("citygen bench: scale %g, seed %llu%s\n", options.scale, static_cast<unsigned long long>(options.seed),
                options.realDataDirectory.isEmpty() ? "" : ", real data");
    std::printf("%-20s %10s\n", "stage", "seconds");
    for (const auto &[stage, seconds] : report->stageSeconds)
        std::printf("%-20s %10.3f\n", qPrintable(stage), seconds);
    std::printf("%-20s %10.3f   (target: <= %.2f s, i.e. 10 s per unit of scale)\n", "total", report->seconds,
                10.0 * options.scale);
    std::printf("\n%-20s %10s\n", "layer", "features");
    for (const auto &[layer, count] : report->layerCounts)
        std::printf("%-20s %10lld\n", qPrintable(layer), static_cast<long long>(count));
    std::printf("\npopulation %lld (target %.0f), area %.2f km2 (target %.2f)\n", static_cast<long long>(report->population),
                256000.0 * options.scale, report->areaKm2, 283.72 * options.scale);
    for (const auto &note : report->notes)
        std::printf("note: %s\n", qPrintable(note));
    return 0;
}
