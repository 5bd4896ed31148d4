// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citymodel.h"
#include "ct/citygen/generationreport.h"
#include "ct/citygen/generatoroptions.h"
#include "ct/core/result.h"

#include <QString>

#include <functional>

namespace ct::citygen {

/// \brief Builds the deterministic demo city (Tsukuba-sized at scale 1) and writes it as a twin.
///
/// The console must run without any real data, so the demo city is the default twin for the UI,
/// the plugins and the benchmarks. Generation happens in memory first (build()), then the model is
/// written into a new GeoPackage twin in one transaction (write()); generate() does both.
/// Deterministic: each stage draws from its own seeded stream, nothing depends on hash order,
/// threads or the clock.
class CityGenerator
{
public:
    /// Progress callback: percent 0–100 and the stage name ("roads", "buildings", …).
    using Progress = std::function<void(int percent, const QString &stage)>;

    /// Generates the city in memory. Fails on bad options or unreadable real data (the error names
    /// the file). `stageSeconds`, when given, receives the time of each stage.
    static core::Result<CityModel> build(const GeneratorOptions &options, const Progress &progress = {},
                                         std::vector<std::pair<QString, double>> *stageSeconds = nullptr);

    /// Writes `model` into a new twin at `twinPath`; refuses an existing file.
    static core::Status write(const CityModel &model, const QString &twinPath, const GeneratorOptions &options,
                              const Progress &progress = {});

    /// build() then write(); the report has the counts per layer and the timings.
    static core::Result<GenerationReport> generate(const QString &twinPath, const GeneratorOptions &options,
                                                   const Progress &progress = {});

    /// Version recorded in the twin's `generator.version` metadata; bumped whenever the output of
    /// a given seed changes.
    static QString version();

    /// The layer names the generator writes, in write order.
    static QStringList layerNames();
};

} // namespace ct::citygen
