// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli series TWIN SENSOR [--from T] [--to T] [--bucket DURATION] [--json]`: the
/// readings of one sensor (id, source id or alias), or exact per-bucket min/max/mean/count.
/// Exit 0, 1 when the twin or the sensor is not found, 2 for bad arguments.
int runSeries(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
