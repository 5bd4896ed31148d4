// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli route TWIN --from LON,LAT --to LON,LAT [--mode car|walk] [--close ID,...] [--json]`:
/// the fastest route (plain Dijkstra: one query) between two WGS84 positions, each snapped to the nearest road node, avoiding
/// the closed road ids. Prints time (min), distance (km) and road ids; --json prints a GeoJSON
/// Feature with the path in WGS84. Exit 0, 1 when the twin cannot be read or the target is
/// unreachable, 2 for bad arguments.
int runRoute(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
