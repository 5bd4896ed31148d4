// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli info TWIN [--json]`: layers with feature counts, CRS, schema versions,
/// the plugins' tables. Exit 0, 1 when the twin cannot be opened, 2 for bad arguments.
int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
