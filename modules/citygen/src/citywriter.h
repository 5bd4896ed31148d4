// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/citygen/citygenerator.h"
#include "ct/citygen/citymodel.h"
#include "ct/core/result.h"

#include <QString>

namespace ct::citygen {

/// \brief Writes a CityModel into a new twin: every layer of the contract (even when empty), in
/// one transaction, then the generator metadata.
class CityWriter
{
public:
    static core::Status write(const CityModel &model, const QString &path, const GeneratorOptions &options,
                              const CityGenerator::Progress &progress,
                              std::vector<std::pair<QString, qint64>> *counts = nullptr);
};

} // namespace ct::citygen
