// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/envelope.h"
#include "ct/geo/geometry.h"
#include "ct/store/featurewriter.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <unordered_map>
#include <utility>
#include <vector>

namespace ct::store {

/// \brief What a FeatureWriter holds while its batch is open.
///
/// The R-tree insert trigger is dropped for the batch; the envelopes of the rows written are kept
/// here and put into the R-tree with one prepared statement in finish(), then the trigger comes back.
struct FeatureWriter::State
{
    sqlite3 *db = nullptr;
    QString layer;
    int srsId = 0;
    geo::GeometryType geometryType = geo::GeometryType::Point;
    int fieldCount = 0;
    bool hasSpatialIndex = false;
    int stableIdIndex = -1;          //!< position of the stable id among the writer's fields
    bool ownsTransaction = false;    //!< began its own transaction (none was open)
    bool triggerDropped = false;
    bool finished = false;
    sqlite3_stmt *insertStatement = nullptr;
    sqlite3_stmt *findStatement = nullptr;    //!< fid by stable id
    sqlite3_stmt *updateStatement = nullptr;
    sqlite3_stmt *rtreeStatement = nullptr;
    geo::Envelope extent;             //!< layer extent so far (gpkg_contents), grown by each write
    QByteArray blob;                  //!< reused encoding buffer
    std::vector<std::pair<qint64, geo::Envelope>> pending; //!< R-tree rows to add in finish()
    std::unordered_map<qint64, std::size_t> pendingIndex;  //!< fid → pending row (upserts only)
    qint64 inserted = 0;
    qint64 updated = 0;

    ~State();
};

} // namespace ct::store
