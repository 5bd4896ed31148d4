// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli import TWIN FILE|URL... [--layer NAME] [--lon-field F --lat-field F] [--crs EPSG:N]
/// [--id-field F] [--skip-bad] [--json] [--plugin-path DIR] [--timeout SECONDS]`: each file in its own
/// audited transaction (actor citytwin-cli, action layer.import). A loaded domain plugin's importer
/// that is confident it reads the file imports it (as File → Import), else the built-in GDAL import;
/// an http(s) URL is fetched once first. Exit 0 when every file imported, 1 when any failed (those
/// files left no trace in the twin), 2 for bad arguments.
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
