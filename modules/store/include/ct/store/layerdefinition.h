// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/crs.h"
#include "ct/geo/envelope.h"
#include "ct/geo/geometry.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ct::store {

/// \brief One attribute column of a feature layer.
struct FieldDefinition
{
    enum class Type { Integer, Real, Text, Boolean, DateTime, Blob };
    QString name;
    Type type = Type::Text;
    bool notNull = false;
};

/// \brief What a new GeoPackage feature table looks like.
///
/// Every layer gets `fid INTEGER PRIMARY KEY`, a geometry column `geom`, the fields below and, when
/// `stableIdField` is set, a UNIQUE index on that field so that re-importing the same source
/// updates rows instead of duplicating them.
struct LayerDefinition
{
    QString name;                 //!< table name: lower case, [a-z0-9_]
    geo::GeometryType geometryType = geo::GeometryType::Point;
    int srsId = geo::crs::kJgd2011ZoneIX;
    QString title;                //!< gpkg_contents.identifier (English; the UI translates)
    QString description;          //!< gpkg_contents.description
    std::vector<FieldDefinition> fields;
    QString stableIdField;        //!< optional: name of a Text field that identifies a feature at its source
};

/// \brief A feature layer as found in a twin.
struct LayerInfo
{
    QString name;
    QString title;
    geo::GeometryType geometryType = geo::GeometryType::Point;
    int srsId = 0;
    qint64 featureCount = 0;
    geo::Envelope extent;         //!< in the layer's CRS
    std::vector<FieldDefinition> fields; //!< attribute columns, without fid and geom
    bool hasSpatialIndex = false;
};

} // namespace ct::store
