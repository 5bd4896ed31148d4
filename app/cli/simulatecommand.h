// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/sim/modelfactory.h"

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli simulate SCENARIO.json --twin TWIN [--seed N] [--until DURATION] [--sample-interval DURATION]
/// [--plugin-path DIR]… [--record] [--json]` runs a scenario headless, with the simulation models of
/// the domain plugins (loaded as the console loads them, --plugin-path first), and prints its KPIs,
/// every model's under its id (a progress bar on stderr when it is a terminal);
/// `citytwin-cli simulate --compare RUN1 RUN2 --twin TWIN [--json]` compares two recorded runs.
/// Exit 0; 2 for bad arguments or a bad scenario (every problem listed as `path: problem`);
/// 1 when the twin cannot be used (missing, no roads) or the run cannot be recorded. Nothing is
/// written to the twin unless the run completes and --record is given.
int runSimulate(const QStringList &arguments, QTextStream &out, QTextStream &err);
//! The same, with `extraModels` beside the plugins' (tests register their models this way).
int runSimulateWith(const QStringList &arguments, QTextStream &out, QTextStream &err, const sim::ModelFactoryList &extraModels);

} // namespace ct::cli
