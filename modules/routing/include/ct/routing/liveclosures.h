// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/point.h"
#include "ct/routing/roadclosure.h"
#include "ct/store/migration.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace ct::store {
class TwinStore;
}

namespace ct::routing {

class Closures;

/// \brief The roads closed in the twin's live state (a verified damage report, an operator's
/// order), kept in the `road_closure` table so that every reader of the twin — `citytwin-cli
/// route`, a simulation branched from the live state, the console — sees the same closures.
///
/// Rows are never deleted: reopening a road sets `until`, so the table is also the history.
/// A road closed by several sources stays closed until every one of them has reopened it.
/// Roads are named by their fid in the `roads` layer; RoadGraph and Closures name them by the
/// `road_id` attribute, so activeRoadIds() and apply() translate with the rule
/// RoadGraph::fromTwin() uses (an integer as it is, numeric text as its number, other text as
/// its FNV-1a hash, the fid when road_id is NULL or missing).
///
/// The table belongs to the schema component "routing" (migrations()); writers call migrate()
/// (close() and reopen() do it themselves), readers of a twin without the table see no closures.
class LiveClosures
{
public:
    /// The component under which `road_closure` is recorded in `ct_schema`.
    static QString component() { return QStringLiteral("routing"); }
    /// The routing component's schema steps.
    static store::MigrationList migrations();
    /// Brings the routing component's schema up to date (a no-op when it is).
    static core::Status migrate(store::TwinStore &store);
    /// Whether the twin has the `road_closure` table.
    static bool hasTable(const store::TwinStore &store);

    /// Closes the roads `roadFids` (fids of the `roads` layer) for `source` from `since` on.
    /// Inside the caller's transaction when one is open (TwinStore::perform()), else in its own.
    /// A road that `source` has already closed is not closed twice. Refuses, writing nothing, an
    /// empty source or a fid the roads layer does not have. Returns the new rows' ids.
    static core::Result<std::vector<qint64>> close(store::TwinStore &store, const std::vector<qint64> &roadFids,
                                                   const QString &source, const QString &reason,
                                                   const QDateTime &since = QDateTime::currentDateTimeUtc());
    /// Ends every active closure of `source` at `until` (in the caller's transaction, or its own).
    /// Returns the fids of the roads it reopened (ascending; a road still closed by another
    /// source is listed too, as `source` no longer closes it).
    static core::Result<std::vector<qint64>> reopen(store::TwinStore &store, const QString &source,
                                                    const QDateTime &until = QDateTime::currentDateTimeUtc());

    /// Closures active at `at`, by road fid then id; empty for a twin without the table.
    static core::Result<std::vector<RoadClosure>> active(const store::TwinStore &store,
                                                         const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// Every closure ever recorded for `source` (all sources when empty), oldest first.
    static core::Result<std::vector<RoadClosure>> history(const store::TwinStore &store, const QString &source = {});
    /// Road ids (RoadGraph numbering) of the roads closed at `at`, ascending, without repeats.
    static core::Result<std::vector<qint64>> activeRoadIds(const store::TwinStore &store,
                                                           const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// Closes in `closures` (made for a graph of the same twin) every road closed at `at`.
    /// Returns how many roads it closed (roads missing from the graph's mode are skipped).
    static core::Result<int> apply(const store::TwinStore &store, Closures &closures,
                                   const QDateTime &at = QDateTime::currentDateTimeUtc());

    /// Fids of the `roads` features whose line passes within `radiusM` metres of `p` (EPSG:6677),
    /// ascending by distance: the R-tree picks the candidates, the exact point-to-segment
    /// distance decides.
    static core::Result<std::vector<qint64>> roadsWithin(const store::TwinStore &store, geo::Point p, double radiusM);
};

} // namespace ct::routing
