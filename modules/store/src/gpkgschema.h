// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/geo/geometry.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace ct::store::detail {

/// \brief The GeoPackage 1.3 pieces the store writes: system tables, the R-tree extension's
/// table and triggers, and the SQL functions those triggers call.
namespace gpkg {

inline constexpr int kApplicationId = 0x47504B47; //!< 'GPKG'
inline constexpr int kUserVersion = 10300;        //!< GeoPackage 1.3.0
inline constexpr const char *kGeometryColumn = "geom";
inline constexpr const char *kFidColumn = "fid";

/// CREATE TABLE statements of gpkg_spatial_ref_sys, gpkg_contents, gpkg_geometry_columns and
/// gpkg_extensions, as in the specification's annex C.
QString systemTablesSql();

/// "POINT", "MULTIPOLYGON", … as gpkg_geometry_columns.geometry_type_name wants it.
QString geometryTypeName(geo::GeometryType type);
bool geometryTypeFromName(const QString &name, geo::GeometryType *type);

/// Name of the R-tree virtual table of a layer: rtree_<table>_geom.
QString rtreeName(const QString &table);
/// Name of the trigger that feeds the R-tree on insert; writers drop it during a bulk batch.
QString insertTriggerName(const QString &table);
/// CREATE TRIGGER statement of the insert trigger.
QString insertTriggerSql(const QString &table);
/// CREATE VIRTUAL TABLE and the update/delete triggers (spec §F.3, the 1.3 forms GDAL 3.6 expects).
QStringList rtreeSql(const QString &table);

/// Registers ST_MinX, ST_MaxX, ST_MinY, ST_MaxY and ST_IsEmpty on `db`, so the standard R-tree
/// triggers work on the store's own connection without SpatiaLite.
bool registerSpatialFunctions(sqlite3 *db);

/// Double-quotes an SQL identifier.
QString quoted(const QString &identifier);

} // namespace gpkg
} // namespace ct::store::detail
