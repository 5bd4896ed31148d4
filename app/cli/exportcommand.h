// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli export TWIN --layer NAME --format geojson|csv|gpkg -o FILE` and
/// `citytwin-cli export TWIN --format sumo -o DIR` (SUMO plain XML of the road network), and
/// `citytwin-cli export TWIN --layer safety_alerts --format cap|mail|geojson|csv --as ROLE [--binding KEY] -o OUT`
/// (what ROLE may see of the safety alerts; cap and mail write one file per published alert into the new directory OUT).
/// Exit 0, 1 on failure, 2 for bad arguments.
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
