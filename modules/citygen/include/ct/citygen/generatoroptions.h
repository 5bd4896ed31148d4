// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

#include <cstdint>

namespace ct::citygen {

/// \brief What city to generate. The same options always give the same city, byte for byte.
struct GeneratorOptions
{
    /// Multiplies every count and the area: 1 is Tsukuba-sized (≈ 284 km², 256,000 people),
    /// 0.01 is a quick test city, 4 a benchmark city. Must be > 0.
    double scale = 1.0;
    /// Seed of every random stream; each stage derives its own stream from it.
    std::uint64_t seed = 1;
    /// Folder like `../shared/data/tsukuba`; when set, the real boundary, shelters, river gauges and
    /// weather stations replace the generated ones. Empty: everything is generated.
    QString realDataDirectory;
};

} // namespace ct::citygen
