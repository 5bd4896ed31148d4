// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli generate [--scale S] [--seed N] [--real-data DIR] [--force] -o TWIN.gpkg`: writes
/// the deterministic demo city into a new twin and prints the features per layer.
/// Exit 0, 1 when generation or writing fails, 2 for bad arguments (an existing output without
/// --force included).
int runGenerate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
