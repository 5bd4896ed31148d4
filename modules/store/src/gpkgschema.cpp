// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "gpkgschema.h"

#include "ct/geo/gpkgblob.h"

#include <QtEndian>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <utility>

namespace ct::store::detail::gpkg {

namespace {

constexpr std::array<std::pair<geo::GeometryType, const char *>, 6> kTypeNames{{
    {geo::GeometryType::Point, "POINT"},
    {geo::GeometryType::LineString, "LINESTRING"},
    {geo::GeometryType::Polygon, "POLYGON"},
    {geo::GeometryType::MultiPoint, "MULTIPOINT"},
    {geo::GeometryType::MultiLineString, "MULTILINESTRING"},
    {geo::GeometryType::MultiPolygon, "MULTIPOLYGON"},
}};

/// Reads the envelope of a GeoPackage blob: from its header when present, else by decoding it.
/// Returns false for NULL, a corrupt blob or an empty geometry.
bool blobEnvelope(sqlite3_value *value, geo::Envelope *envelope, bool *empty)
{
    *empty = false;
    if (sqlite3_value_type(value) != SQLITE_BLOB)
        return false;
    const auto *bytes = static_cast<const unsigned char *>(sqlite3_value_blob(value));
    const int size = sqlite3_value_bytes(value);
    if (size < 8 || bytes[0] != 'G' || bytes[1] != 'P')
        return false;
    const std::uint8_t flags = bytes[3];
    if (flags & 0x10) {
        *empty = true;
        return false;
    }
    const bool littleEndian = flags & 0x01;
    const int envelopeKind = (flags >> 1) & 0x07;
    if (envelopeKind >= 1 && envelopeKind <= 4 && size >= 8 + 32) {
        double v[4];
        for (int i = 0; i < 4; ++i) {
            std::uint64_t raw;
            std::memcpy(&raw, bytes + 8 + 8 * i, 8);
            raw = littleEndian ? qFromLittleEndian(raw) : qFromBigEndian(raw);
            std::memcpy(&v[i], &raw, 8);
        }
        *envelope = geo::Envelope{v[0], v[2], v[1], v[3]};
        return true;
    }
    auto geometry = geo::GpkgBlob::decode(bytes, std::size_t(size));
    if (!geometry.ok())
        return false;
    if (geometry->isEmpty()) {
        *empty = true;
        return false;
    }
    *envelope = geometry->envelope();
    return true;
}

template<int Which>
void envelopeFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    geo::Envelope e;
    bool empty = false;
    if (!blobEnvelope(argv[0], &e, &empty)) {
        sqlite3_result_null(context);
        return;
    }
    const double v[4] = {e.minX, e.maxX, e.minY, e.maxY};
    sqlite3_result_double(context, v[Which]);
}

void isEmptyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    geo::Envelope e;
    bool empty = false;
    const bool ok = blobEnvelope(argv[0], &e, &empty);
    sqlite3_result_int(context, (!ok && empty) ? 1 : 0);
}

} // namespace

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString systemTablesSql()
{
    return QStringLiteral(R"sql(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition  TEXT NOT NULL,
  description TEXT
);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
CREATE TABLE gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
)sql");
}

QString geometryTypeName(geo::GeometryType type)
{
    for (const auto &[t, name] : kTypeNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("GEOMETRY");
}

bool geometryTypeFromName(const QString &name, geo::GeometryType *type)
{
    for (const auto &[t, text] : kTypeNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString rtreeName(const QString &table)
{
    return QStringLiteral("rtree_%1_%2").arg(table, QLatin1String(kGeometryColumn));
}

QString insertTriggerName(const QString &table)
{
    return rtreeName(table) + QStringLiteral("_insert");
}

namespace {
QString fillTemplate(QString sql, const QString &table)
{
    sql.replace(QLatin1String("<t>"), table);
    sql.replace(QLatin1String("<c>"), QLatin1String(kGeometryColumn));
    sql.replace(QLatin1String("<i>"), QLatin1String(kFidColumn));
    return sql;
}
} // namespace

QString insertTriggerSql(const QString &table)
{
    return fillTemplate(QStringLiteral(
        R"sql(CREATE TRIGGER "rtree_<t>_<c>_insert" AFTER INSERT ON "<t>"
WHEN (new."<c>" NOT NULL AND NOT ST_IsEmpty(NEW."<c>"))
BEGIN
  INSERT OR REPLACE INTO "rtree_<t>_<c>" VALUES (
    NEW."<i>",
    ST_MinX(NEW."<c>"), ST_MaxX(NEW."<c>"),
    ST_MinY(NEW."<c>"), ST_MaxY(NEW."<c>")
  );
END)sql"), table);
}

QStringList rtreeSql(const QString &table)
{
    QStringList sql;
    sql << fillTemplate(QStringLiteral(R"sql(CREATE VIRTUAL TABLE "rtree_<t>_<c>" USING rtree(id, minx, maxx, miny, maxy))sql"), table);
    sql << insertTriggerSql(table);
    sql << fillTemplate(QStringLiteral(R"sql(CREATE TRIGGER "rtree_<t>_<c>_update1" AFTER UPDATE OF "<c>" ON "<t>"
WHEN OLD."<i>" = NEW."<i>" AND
     (NEW."<c>" NOTNULL AND NOT ST_IsEmpty(NEW."<c>"))
BEGIN
  INSERT OR REPLACE INTO "rtree_<t>_<c>" VALUES (
    NEW."<i>",
    ST_MinX(NEW."<c>"), ST_MaxX(NEW."<c>"),
    ST_MinY(NEW."<c>"), ST_MaxY(NEW."<c>")
  );
END)sql"), table);
    sql << fillTemplate(QStringLiteral(R"sql(CREATE TRIGGER "rtree_<t>_<c>_update2" AFTER UPDATE OF "<c>" ON "<t>"
WHEN OLD."<i>" = NEW."<i>" AND
     (NEW."<c>" IS NULL OR ST_IsEmpty(NEW."<c>"))
BEGIN
  DELETE FROM "rtree_<t>_<c>" WHERE id = OLD."<i>";
END)sql"), table);
    sql << fillTemplate(QStringLiteral(R"sql(CREATE TRIGGER "rtree_<t>_<c>_update3" AFTER UPDATE ON "<t>"
WHEN OLD."<i>" != NEW."<i>" AND
     (NEW."<c>" NOTNULL AND NOT ST_IsEmpty(NEW."<c>"))
BEGIN
  DELETE FROM "rtree_<t>_<c>" WHERE id = OLD."<i>";
  INSERT OR REPLACE INTO "rtree_<t>_<c>" VALUES (
    NEW."<i>",
    ST_MinX(NEW."<c>"), ST_MaxX(NEW."<c>"),
    ST_MinY(NEW."<c>"), ST_MaxY(NEW."<c>")
  );
END)sql"), table);
    sql << fillTemplate(QStringLiteral(R"sql(CREATE TRIGGER "rtree_<t>_<c>_update4" AFTER UPDATE ON "<t>"
WHEN OLD."<i>" != NEW."<i>" AND
     (NEW."<c>" IS NULL OR ST_IsEmpty(NEW."<c>"))
BEGIN
  DELETE FROM "rtree_<t>_<c>" WHERE id IN (OLD."<i>", NEW."<i>");
END)sql"), table);
    sql << fillTemplate(QStringLiteral(R"sql(CREATE TRIGGER "rtree_<t>_<c>_delete" AFTER DELETE ON "<t>"
WHEN old."<c>" NOT NULL
BEGIN
  DELETE FROM "rtree_<t>_<c>" WHERE id = OLD."<i>";
END)sql"), table);
    return sql;
}

bool registerSpatialFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function(db, "ST_MinX", 1, flags, nullptr, &envelopeFunction<0>, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function(db, "ST_MaxX", 1, flags, nullptr, &envelopeFunction<1>, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function(db, "ST_MinY", 1, flags, nullptr, &envelopeFunction<2>, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function(db, "ST_MaxY", 1, flags, nullptr, &envelopeFunction<3>, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function(db, "ST_IsEmpty", 1, flags, nullptr, &isEmptyFunction, nullptr, nullptr) == SQLITE_OK;
}

} // namespace ct::store::detail::gpkg
