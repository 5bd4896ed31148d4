// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/assets/assettype.h"
#include "ct/assets/grade.h"
#include "ct/geo/geometry.h"

#include <QDate>
#include <QString>

namespace ct::assets {

/// \brief One inventory item: a bridge, a pavement segment or a pipe.
///
/// `importance` is what a failure would hit: vehicles per day for bridges and pavement (from the
/// road class and lanes of the twin's road), persons served for pipes (residents of the twin's
/// buildings near the pipe); `importanceBasis` says which, in words.
struct Asset
{
    qint64 fid = 0;              //!< row in the `asset` layer (0 before it is written)
    QString id;                  //!< stable id, e.g. "BR-0012", "PV-00345", "WP-00345"
    AssetType type = AssetType::Pavement;
    QString name;
    int installYear = 1980;
    double lengthM = 0.0;        //!< metres
    double areaM2 = 0.0;         //!< square metres (deck or pavement; 0 for pipes)
    QString material;
    double importance = 0.0;     //!< vehicles/day (bridge, pavement) or persons served (pipes)
    Grade grade = Grade::I;
    QDate lastInspection;
    QString sourceLayer;         //!< twin layer it was derived from ("roads"), or "csv"
    qint64 sourceFid = 0;
    geo::Geometry geometry;      //!< line in EPSG:6677

    //! The quantity the unit costs multiply: area for bridges and pavement, length for pipes.
    double size() const;
};

} // namespace ct::assets
