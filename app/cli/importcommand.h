// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli import TWIN FILE... [--layer NAME] [--lon-field F --lat-field F] [--crs EPSG:N]
/// [--id-field F] [--skip-bad] [--json]`: each file in its own audited transaction. Exit 0 when every
/// file imported, 1 when any failed (those files left no trace in the twin), 2 for bad arguments.
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
