// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli ingest TWIN (--mqtt HOST:PORT [--topics PATTERN] [--for DURATION] | --csv FILE)`:
/// sensor readings into the twin (the sensors schema is applied first; the sensor_sites layer is
/// registered as sensors). Prints stored and refused counts per reason, and the alarms raised.
/// Exit 0, 1 when the twin or the feed fails, 2 for bad arguments.
int runIngest(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
