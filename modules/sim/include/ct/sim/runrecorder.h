// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/core/result.h"
#include "ct/sim/recordedevent.h"
#include "ct/sim/runinfo.h"
#include "ct/sim/snapshot.h"
#include "ct/store/migration.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::sim {

class Simulation;

/// \brief Runs are data: a finished (or stopped) run is written into the twin's own tables
/// (`sim_run`, `sim_event`, `sim_sample`, schema component "sim"), listed, replayed as the very
/// snapshots the live run published, and compared.
///
/// A run is written in one transaction with one audit row, so a failure leaves nothing behind.
/// Samples keep every array of the Snapshot bit for bit (little-endian blobs), which is what
/// makes replay() equal to the live samples; the layers' FeatureStates of each sample go to
/// `sim_feature_state` (fids and numbers as blobs too).
class RunRecorder
{
public:
    //! The component name in ct_schema.
    static QString component() { return QStringLiteral("sim"); }
    static store::MigrationList migrations();
    //! Creates or migrates the tables (needs a read-write twin).
    static core::Status ensureSchema(store::TwinStore &twin);

    /// Writes `simulation`'s scenario, seed, KPIs, recorded events and samples; returns the run id.
    static core::Result<qint64> record(store::TwinStore &twin, const core::Actor &actor, const Simulation &simulation,
                                       const QDateTime &startedAt, const QDateTime &finishedAt);

    //! Every recorded run, oldest first (empty when the twin has no run tables).
    static core::Result<std::vector<RunInfo>> runs(const store::TwinStore &twin);
    static core::Result<RunInfo> run(const store::TwinStore &twin, qint64 runId);
    static core::Result<std::vector<RecordedEvent>> events(const store::TwinStore &twin, qint64 runId);
    //! The recorded samples as snapshots, in time order.
    static core::Result<std::vector<std::shared_ptr<const Snapshot>>> replay(const store::TwinStore &twin, qint64 runId);

    /// Two runs side by side: {"a": {...}, "b": {...}, "differences": {kpi: {a, b, delta}}} for the
    /// numeric and time KPIs of each model (times as seconds in the differences).
    static core::Result<QJsonObject> compare(const store::TwinStore &twin, qint64 runA, qint64 runB);
};

} // namespace ct::sim
