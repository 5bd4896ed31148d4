// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// TwinStore's feature-layer half: GeoPackage feature tables, their R-trees and their contents rows.
#include "ct/store/twinstore.h"

#include "featurewriterstate.h"
#include "gpkgbatchdecoder.h"
#include "gpkgschema.h"
#include "sqlitestatement.h"
#include "storestate.h"

#include "ct/geo/gpkgblob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace ct::store {

using core::Error;
using core::Result;
using core::Status;
using detail::SqliteStatement;
namespace gpkg = detail::gpkg;

namespace {

bool isValidLayerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("gpkg_"))
        && !name.startsWith(QLatin1String("rtree_")) && !name.startsWith(QLatin1String("sqlite_"))
        && !name.startsWith(QLatin1String("ct_"));
}

bool isValidFieldName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch() && name.compare(QLatin1String(gpkg::kFidColumn), Qt::CaseInsensitive) != 0
        && name.compare(QLatin1String(gpkg::kGeometryColumn), Qt::CaseInsensitive) != 0;
}

QString fieldTypeSql(FieldDefinition::Type type)
{
    switch (type) {
    case FieldDefinition::Type::Integer: return QStringLiteral("INTEGER");
    case FieldDefinition::Type::Real: return QStringLiteral("REAL");
    case FieldDefinition::Type::Text: return QStringLiteral("TEXT");
    case FieldDefinition::Type::Boolean: return QStringLiteral("BOOLEAN");
    case FieldDefinition::Type::DateTime: return QStringLiteral("DATETIME");
    case FieldDefinition::Type::Blob: return QStringLiteral("BLOB");
    }
    return QStringLiteral("TEXT");
}

FieldDefinition::Type fieldTypeFromSql(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t == QLatin1String("BOOLEAN"))
        return FieldDefinition::Type::Boolean;
    if (t == QLatin1String("DATETIME") || t == QLatin1String("DATE"))
        return FieldDefinition::Type::DateTime;
    if (t.contains(QLatin1String("INT")))
        return FieldDefinition::Type::Integer;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return FieldDefinition::Type::Real;
    if (t.startsWith(QLatin1String("BLOB")))
        return FieldDefinition::Type::Blob;
    return FieldDefinition::Type::Text;
}

/// Attribute columns of a feature table (without the primary key and the geometry column).
std::vector<FieldDefinition> attributeFields(sqlite3 *db, const QString &table, const QString &geometryColumn)
{
    std::vector<FieldDefinition> fields;
    sqlite3_stmt *raw = nullptr;
    const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(gpkg::quoted(table)).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return fields;
    SqliteStatement query(raw, SqliteStatement::Ownership::Owned);
    while (query.step() == SQLITE_ROW) {
        const QString name = query.text(1);
        if (query.int64(5) > 0 || name.compare(geometryColumn, Qt::CaseInsensitive) == 0)
            continue;
        fields.push_back(FieldDefinition{name, fieldTypeFromSql(query.text(2)), query.int64(3) != 0});
    }
    return fields;
}

/// The layer's stable id column: the single column of a UNIQUE index made by CREATE INDEX.
QString stableIdField(sqlite3 *db, const QString &table)
{
    QStringList uniqueIndexes;
    {
        sqlite3_stmt *raw = nullptr;
        const QByteArray sql = QStringLiteral("PRAGMA index_list(%1)").arg(gpkg::quoted(table)).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
            return {};
        SqliteStatement query(raw, SqliteStatement::Ownership::Owned);
        while (query.step() == SQLITE_ROW) {
            if (query.int64(2) == 1 && query.text(3) == QLatin1String("c"))
                uniqueIndexes << query.text(1);
        }
    }
    for (const QString &index : std::as_const(uniqueIndexes)) {
        sqlite3_stmt *raw = nullptr;
        const QByteArray sql = QStringLiteral("PRAGMA index_info(%1)").arg(gpkg::quoted(index)).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
            continue;
        QStringList columns;
        {
            SqliteStatement query(raw, SqliteStatement::Ownership::Owned);
            while (query.step() == SQLITE_ROW)
                columns << query.text(2);
        }
        if (columns.size() == 1)
            return columns.first();
    }
    return {};
}

bool tableExists(sqlite3 *db, const QString &name, const char *type = "table")
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", -1, &raw, nullptr) != SQLITE_OK)
        return false;
    bool found = false;
    {
        SqliteStatement query(raw, SqliteStatement::Ownership::Owned);
        query.bind(1, QString::fromLatin1(type));
        query.bind(2, name);
        found = query.step() == SQLITE_ROW;
    }
    return found;
}

/// Runs `body` inside a savepoint, so a multi-statement change is whole or absent, inside or
/// outside the caller's transaction.
Status inSavepoint(sqlite3 *db, const QString &path, const std::function<Status()> &body)
{
    if (Status begun = detail::execSql(db, QStringLiteral("SAVEPOINT ct_layer"), path); !begun)
        return begun;
    Status status = body();
    if (status)
        status = detail::execSql(db, QStringLiteral("RELEASE ct_layer"), path);
    if (!status)
        (void)detail::execSql(db, QStringLiteral("ROLLBACK TO ct_layer; RELEASE ct_layer"), path);
    return status;
}

/// What layer() returns; `withCount` false skips the COUNT(*) scan for callers that do not need it.
Result<LayerInfo> layerInfo(sqlite3 *db, const QString &path, const QString &name, bool withCount)
{
    auto prepare = [db](const QString &sql) {
        sqlite3_stmt *raw = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK)
            raw = nullptr;
        return raw;
    };
    auto failure = [db, &path](const QString &what) { return detail::sqliteError(db, what, path); };
    LayerInfo info;
    QString geometryColumn;
    {
        SqliteStatement query(prepare(QStringLiteral(
            "SELECT c.identifier, g.geometry_type_name, c.srs_id, c.min_x, c.min_y, c.max_x, c.max_y, g.column_name "
            "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
            "WHERE c.table_name = ? AND c.data_type = 'features'")),
                              SqliteStatement::Ownership::Owned);
        if (!query.isValid())
            return failure(QCoreApplication::translate("Store", "cannot read the layer list"));
        query.bind(1, name);
        if (query.step() != SQLITE_ROW)
            return Error::notFound(QCoreApplication::translate("Store", "%1 has no layer \"%2\"").arg(path, name));
        info.name = name;
        info.title = query.text(0);
        if (!gpkg::geometryTypeFromName(query.text(1), &info.geometryType))
            return Error::unsupported(QCoreApplication::translate("Store", "layer %1 has geometry type %2, which the console does not handle")
                                          .arg(name, query.text(1)),
                                      path);
        info.srsId = int(query.int64(2));
        if (!query.isNull(3) && !query.isNull(4) && !query.isNull(5) && !query.isNull(6))
            info.extent = geo::Envelope{query.real(3), query.real(4), query.real(5), query.real(6)};
        geometryColumn = query.text(7);
    }
    if (withCount) {
        SqliteStatement count(prepare(QStringLiteral("SELECT count(*) FROM %1").arg(gpkg::quoted(name))),
                              SqliteStatement::Ownership::Owned);
        if (!count.isValid() || count.step() != SQLITE_ROW)
            return failure(QCoreApplication::translate("Store", "cannot count the features of %1").arg(name));
        info.featureCount = count.int64(0);
    }
    info.fields = attributeFields(db, name, geometryColumn);
    {
        SqliteStatement extension(prepare(QStringLiteral(
            "SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND column_name = ? AND extension_name = 'gpkg_rtree_index'")),
                                  SqliteStatement::Ownership::Owned);
        if (extension.isValid()) {
            extension.bind(1, name);
            extension.bind(2, geometryColumn);
            info.hasSpatialIndex = extension.step() == SQLITE_ROW
                && tableExists(db, QStringLiteral("rtree_%1_%2").arg(name, geometryColumn));
        }
    }
    return info;
}

QVariant columnValue(sqlite3_stmt *statement, int column, FieldDefinition::Type type)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(statement, column);
        if (type == FieldDefinition::Type::Boolean)
            return QVariant(v != 0);
        return QVariant(v);
    }
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(statement, column)));
    }
    default: {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const QString text = QString::fromUtf8(data, sqlite3_column_bytes(statement, column));
        if (type == FieldDefinition::Type::DateTime) {
            const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (dt.isValid())
                return QVariant(dt);
        }
        return QVariant(text);
    }
    }
}

} // namespace

// --- layers -----------------------------------------------------------------------------------

Status TwinStore::createLayer(const LayerDefinition &definition)
{
    State &s = *m_state;
    if (s.readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only").arg(s.path));
    const QString &name = definition.name;
    if (!isValidLayerName(name))
        return Error::invalidInput(QCoreApplication::translate("Store", "layer name \"%1\" must be lower case letters, digits and _ , start "
                                                  "with a letter and not use a reserved prefix (gpkg_, rtree_, ct_, sqlite_)")
                                       .arg(name),
                                   s.path);
    if (tableExists(s.db, name) || tableExists(s.db, name, "view"))
        return Error::refused(QCoreApplication::translate("Store", "a table named \"%1\" already exists in %2").arg(name, s.path));
    QStringList seen;
    bool stableFound = definition.stableIdField.isEmpty();
    QString columns = QStringLiteral("\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \"geom\" %1")
                          .arg(gpkg::geometryTypeName(definition.geometryType));
    for (const FieldDefinition &field : definition.fields) {
        if (!isValidFieldName(field.name) || seen.contains(field.name, Qt::CaseInsensitive))
            return Error::invalidInput(QCoreApplication::translate("Store", "field name \"%1\" of layer %2 is invalid or repeated")
                                           .arg(field.name, name),
                                       s.path);
        seen << field.name;
        columns += QStringLiteral(", %1 %2%3")
                       .arg(gpkg::quoted(field.name), fieldTypeSql(field.type),
                            field.notNull ? QStringLiteral(" NOT NULL") : QString());
        if (field.name == definition.stableIdField) {
            if (field.type != FieldDefinition::Type::Text)
                return Error::invalidInput(QCoreApplication::translate("Store", "the stable id field %1 of layer %2 must be Text")
                                               .arg(field.name, name),
                                           s.path);
            stableFound = true;
        }
    }
    if (!stableFound)
        return Error::invalidInput(QCoreApplication::translate("Store", "the stable id field %1 is not among the fields of layer %2")
                                       .arg(definition.stableIdField, name),
                                   s.path);

    return inSavepoint(s.db, s.path, [&]() -> Status {
        Status status = s.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(gpkg::quoted(name), columns));
        if (status && !definition.stableIdField.isEmpty())
            status = s.exec(QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (%3)")
                                .arg(gpkg::quoted(name + QStringLiteral("_stable_id")), gpkg::quoted(name),
                                     gpkg::quoted(definition.stableIdField)));
        if (!status)
            return status;
        {
            SqliteStatement contents(s.prepare(QStringLiteral(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
                "VALUES (?, 'features', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?)")));
            if (!contents.isValid())
                return s.lastError(QCoreApplication::translate("Store", "cannot register layer %1").arg(name));
            contents.bind(1, name);
            contents.bind(2, definition.title.isEmpty() ? name : definition.title);
            contents.bind(3, definition.description);
            contents.bind(4, definition.srsId);
            if (contents.step() != SQLITE_DONE)
                return s.lastError(QCoreApplication::translate("Store", "cannot register layer %1 (is SRS %2 known?)").arg(name).arg(definition.srsId));
        }
        {
            SqliteStatement columnsRow(s.prepare(QStringLiteral(
                "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
                "VALUES (?, 'geom', ?, ?, 0, 0)")));
            if (!columnsRow.isValid())
                return s.lastError(QCoreApplication::translate("Store", "cannot register layer %1").arg(name));
            columnsRow.bind(1, name);
            columnsRow.bind(2, gpkg::geometryTypeName(definition.geometryType));
            columnsRow.bind(3, definition.srsId);
            if (columnsRow.step() != SQLITE_DONE)
                return s.lastError(QCoreApplication::translate("Store", "cannot register the geometry column of %1").arg(name));
        }
        {
            SqliteStatement extension(s.prepare(QStringLiteral(
                "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                "VALUES (?, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', "
                "'write-only')")));
            if (!extension.isValid())
                return s.lastError(QCoreApplication::translate("Store", "cannot register the spatial index of %1").arg(name));
            extension.bind(1, name);
            if (extension.step() != SQLITE_DONE)
                return s.lastError(QCoreApplication::translate("Store", "cannot register the spatial index of %1").arg(name));
        }
        for (const QString &sql : gpkg::rtreeSql(name)) {
            if (Status created = s.exec(sql); !created)
                return created;
        }
        return {};
    });
}

Status TwinStore::dropLayer(const QString &name)
{
    State &s = *m_state;
    if (s.readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only").arg(s.path));
    if (!hasLayer(name))
        return Error::notFound(QCoreApplication::translate("Store", "%1 has no layer \"%2\"").arg(s.path, name));
    return inSavepoint(s.db, s.path, [&]() -> Status {
        Status status = s.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(gpkg::quoted(gpkg::rtreeName(name))));
        if (status)
            status = s.exec(QStringLiteral("DROP TABLE %1").arg(gpkg::quoted(name)));
        for (const char *table : {"gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents"}) {
            if (!status)
                break;
            SqliteStatement remove(s.prepare(QStringLiteral("DELETE FROM %1 WHERE table_name = ?").arg(QLatin1String(table))));
            remove.bind(1, name);
            if (!remove.isValid() || remove.step() != SQLITE_DONE)
                status = s.lastError(QCoreApplication::translate("Store", "cannot unregister layer %1").arg(name));
        }
        return status;
    });
}

bool TwinStore::hasLayer(const QString &name) const
{
    SqliteStatement query(m_state->prepare(QStringLiteral(
        "SELECT 1 FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
        "WHERE c.table_name = ? AND c.data_type = 'features'")));
    if (!query.isValid())
        return false;
    query.bind(1, name);
    return query.step() == SQLITE_ROW;
}

std::vector<LayerInfo> TwinStore::layers() const
{
    std::vector<LayerInfo> result;
    QStringList names;
    {
        SqliteStatement query(m_state->prepare(QStringLiteral(
            "SELECT c.table_name FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
            "WHERE c.data_type = 'features' ORDER BY c.table_name")));
        if (!query.isValid())
            return result;
        while (query.step() == SQLITE_ROW)
            names << query.text(0);
    }
    for (const QString &name : std::as_const(names)) {
        auto info = layer(name);
        if (info.ok())
            result.push_back(std::move(info.value()));
    }
    return result;
}

Result<LayerInfo> TwinStore::layer(const QString &name) const
{
    return layerInfo(m_state->db, m_state->path, name, true);
}

// --- writing and reading ----------------------------------------------------------------------

Result<FeatureWriter> TwinStore::writer(const QString &layerName, const QStringList &fields)
{
    State &s = *m_state;
    if (s.readOnly)
        return Error::refused(QCoreApplication::translate("Store", "%1 is open read-only").arg(s.path));
    auto info = layerInfo(s.db, s.path, layerName, false);
    if (!info.ok())
        return info.error();
    for (const QString &field : fields) {
        const bool known = std::any_of(info->fields.begin(), info->fields.end(),
                                       [&](const FieldDefinition &f) { return f.name == field; });
        if (!known)
            return Error::notFound(QCoreApplication::translate("Store", "layer %1 has no field \"%2\"").arg(layerName, field), s.path);
    }

    auto state = std::make_unique<FeatureWriter::State>();
    state->db = s.db;
    state->layer = layerName;
    state->srsId = info->srsId;
    state->geometryType = info->geometryType;
    state->fieldCount = int(fields.size());
    state->hasSpatialIndex = info->hasSpatialIndex;
    const QString stableId = stableIdField(s.db, layerName);
    if (!stableId.isEmpty())
        state->stableIdIndex = int(fields.indexOf(stableId));

    QString columnList = QStringLiteral("\"geom\"");
    QString placeholders = QStringLiteral("?");
    QString assignments = QStringLiteral("\"geom\" = ?");
    for (const QString &field : fields) {
        columnList += QStringLiteral(", ") + gpkg::quoted(field);
        placeholders += QStringLiteral(", ?");
        assignments += QStringLiteral(", %1 = ?").arg(gpkg::quoted(field));
    }
    auto prepare = [&](const QString &sql, sqlite3_stmt **out) -> Status {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(s.db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, out, nullptr)
            != SQLITE_OK)
            return s.lastError(QCoreApplication::translate("Store", "cannot prepare the writer of %1").arg(layerName));
        return {};
    };
    const QString table = gpkg::quoted(layerName);
    Status status = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columnList, placeholders),
                            &state->insertStatement);
    if (status && state->stableIdIndex >= 0) {
        status = prepare(QStringLiteral("SELECT fid FROM %1 WHERE %2 = ?").arg(table, gpkg::quoted(stableId)),
                         &state->findStatement);
        if (status)
            status = prepare(QStringLiteral("UPDATE %1 SET %2 WHERE fid = ?").arg(table, assignments),
                             &state->updateStatement);
    }
    if (status && state->hasSpatialIndex)
        status = prepare(QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?, ?)")
                             .arg(gpkg::quoted(gpkg::rtreeName(layerName))),
                         &state->rtreeStatement);
    if (!status)
        return status.error();

    if (!s.inTransaction()) {
        if (Status begun = begin(); !begun)
            return begun.error();
        state->ownsTransaction = true;
    }
    // The insert trigger would compute each envelope again in SQL; the writer has them already and
    // fills the R-tree in one pass in finish().
    if (state->hasSpatialIndex && tableExists(s.db, gpkg::insertTriggerName(layerName), "trigger")) {
        if (Status dropped = s.exec(QStringLiteral("DROP TRIGGER %1").arg(gpkg::quoted(gpkg::insertTriggerName(layerName))));
            !dropped) {
            if (state->ownsTransaction)
                rollback();
            return dropped.error();
        }
        state->triggerDropped = true;
    }
    {
        SqliteStatement extent(s.prepare(QStringLiteral(
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?")));
        extent.bind(1, layerName);
        if (extent.isValid() && extent.step() == SQLITE_ROW && !extent.isNull(0) && !extent.isNull(1)
            && !extent.isNull(2) && !extent.isNull(3))
            state->extent = geo::Envelope{extent.real(0), extent.real(1), extent.real(2), extent.real(3)};
    }
    return FeatureWriter(std::move(state));
}

Result<FeatureTable> TwinStore::read(const QString &layerName, const QStringList &columns, const geo::Envelope &filter) const
{
    State &s = *m_state;
    auto info = layerInfo(s.db, s.path, layerName, false);
    if (!info.ok())
        return info.error();
    FeatureTable table;
    table.layer = layerName;
    table.srsId = info->srsId;
    std::vector<FieldDefinition::Type> types;
    if (columns.isEmpty()) {
        for (const FieldDefinition &field : info->fields) {
            table.columnNames << field.name;
            types.push_back(field.type);
        }
    } else {
        for (const QString &column : columns) {
            auto it = std::find_if(info->fields.begin(), info->fields.end(),
                                   [&](const FieldDefinition &f) { return f.name == column; });
            if (it == info->fields.end())
                return Error::notFound(QCoreApplication::translate("Store", "layer %1 has no field \"%2\"").arg(layerName, column), s.path);
            table.columnNames << column;
            types.push_back(it->type);
        }
    }
    QString sql = QStringLiteral("SELECT fid, geom");
    for (const QString &column : std::as_const(table.columnNames))
        sql += QStringLiteral(", ") + gpkg::quoted(column);
    sql += QStringLiteral(" FROM %1").arg(gpkg::quoted(layerName));
    const bool filtered = !filter.isEmpty();
    if (filtered) {
        if (info->hasSpatialIndex)
            sql += QStringLiteral(" WHERE fid IN (SELECT id FROM %1 WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)")
                       .arg(gpkg::quoted(gpkg::rtreeName(layerName)));
    }
    sql += QStringLiteral(" ORDER BY fid");

    SqliteStatement query(s.prepare(sql));
    if (!query.isValid())
        return s.lastError(QCoreApplication::translate("Store", "cannot read layer %1").arg(layerName));
    if (filtered && info->hasSpatialIndex) {
        query.bind(1, filter.maxX);
        query.bind(2, filter.minX);
        query.bind(3, filter.maxY);
        query.bind(4, filter.minY);
    }
    const int columnCount = int(table.columnNames.size());
    table.columns.resize(std::size_t(columnCount));
    if (!filtered) {
        // max(fid) is one B-tree descent, unlike count(*); it bounds the row count from above.
        SqliteStatement maxFid(s.prepare(QStringLiteral("SELECT max(fid) FROM %1").arg(gpkg::quoted(layerName))));
        if (maxFid.isValid() && maxFid.step() == SQLITE_ROW) {
            const auto expected = std::size_t(std::max<qint64>(0, maxFid.int64(0)));
            table.fids.reserve(expected);
            table.geometries.reserve(expected);
            for (auto &column : table.columns)
                column.reserve(expected);
        }
    }
    sqlite3_stmt *statement = query.get();
    int rc;
    while ((rc = query.step()) == SQLITE_ROW) {
        geo::Geometry geometry;
        if (sqlite3_column_type(statement, 1) == SQLITE_BLOB) {
            auto decoded = geo::GpkgBlob::decode(sqlite3_column_blob(statement, 1),
                                                 std::size_t(sqlite3_column_bytes(statement, 1)));
            if (!decoded.ok())
                return Error::invalidInput(decoded.error().message,
                                           QStringLiteral("%1: %2 fid %3").arg(s.path, layerName).arg(query.int64(0)));
            geometry = std::move(decoded.value());
        }
        // Without an R-tree, or for the exact test against the index's float-rounded boxes.
        if (filtered && !geometry.isEmpty() && !geometry.envelope().intersects(filter))
            continue;
        if (filtered && geometry.isEmpty())
            continue;
        table.fids.push_back(query.int64(0));
        table.geometries.push_back(std::move(geometry));
        for (int c = 0; c < columnCount; ++c)
            table.columns[std::size_t(c)].push_back(columnValue(statement, c + 2, types[std::size_t(c)]));
    }
    if (rc != SQLITE_DONE)
        return s.lastError(QCoreApplication::translate("Store", "cannot read layer %1").arg(layerName));
    return table;
}

Result<LayerColumns> TwinStore::readColumns(const QString &layerName, const QStringList &columns,
                                            const geo::Envelope &filter) const
{
    State &s = *m_state;
    auto info = layerInfo(s.db, s.path, layerName, false);
    if (!info.ok())
        return info.error();
    LayerColumns out;
    out.layer = layerName;
    out.srsId = info->srsId;
    if (columns.isEmpty()) {
        for (const FieldDefinition &field : info->fields)
            out.columns.emplace_back(field.name, field.type);
    } else {
        for (const QString &column : columns) {
            auto it = std::find_if(info->fields.begin(), info->fields.end(),
                                   [&](const FieldDefinition &f) { return f.name == column; });
            if (it == info->fields.end())
                return Error::notFound(QCoreApplication::translate("Store", "layer %1 has no field \"%2\"").arg(layerName, column), s.path);
            out.columns.emplace_back(column, it->type);
        }
    }
    QString sql = QStringLiteral("SELECT fid, geom");
    for (const AttributeColumn &column : out.columns)
        sql += QStringLiteral(", ") + gpkg::quoted(column.name());
    sql += QStringLiteral(" FROM %1").arg(gpkg::quoted(layerName));
    const bool filtered = !filter.isEmpty();
    if (filtered && info->hasSpatialIndex)
        sql += QStringLiteral(" WHERE fid IN (SELECT id FROM %1 WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)")
                   .arg(gpkg::quoted(gpkg::rtreeName(layerName)));
    sql += QStringLiteral(" ORDER BY fid");

    SqliteStatement query(s.prepare(sql));
    if (!query.isValid())
        return s.lastError(QCoreApplication::translate("Store", "cannot read layer %1").arg(layerName));
    if (filtered && info->hasSpatialIndex) {
        query.bind(1, filter.maxX);
        query.bind(2, filter.minX);
        query.bind(3, filter.maxY);
        query.bind(4, filter.minY);
    }
    if (!filtered) {
        // max(fid) is one B-tree descent, unlike count(*); it bounds the row count from above.
        SqliteStatement maxFid(s.prepare(QStringLiteral("SELECT max(fid) FROM %1").arg(gpkg::quoted(layerName))));
        if (maxFid.isValid() && maxFid.step() == SQLITE_ROW) {
            const auto expected = std::size_t(std::max<qint64>(0, maxFid.int64(0)));
            // Eight points per feature covers rectangles and most L-shaped footprints, so a building
            // layer never reallocates (a copy of the whole coordinate array); the part never
            // written is never touched, so it costs address space, not memory.
            out.fids.reserve(expected);
            out.geometries.reserve(expected, info->geometryType == geo::GeometryType::Point ? 1 : 8);
            for (AttributeColumn &column : out.columns)
                column.reserve(expected);
        }
    }
    sqlite3_stmt *statement = query.get();
    const int columnCount = int(out.columns.size());
    // Cells are read through sqlite3_column_value() and the sqlite3_value_*() accessors: one API
    // call per cell that takes the connection's (no-op) mutex instead of three, which measured a
    // fifth of a 5-column read. SQLite calls this use of an unprotected value "not threadsafe";
    // a TwinStore is used by one thread at a time, so it is safe here.
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 fid = sqlite3_column_int64(statement, 0);
        bool decoded = true;
        sqlite3_value *geometry = sqlite3_column_value(statement, 1);
        if (sqlite3_value_type(geometry) == SQLITE_BLOB) {
            const void *blob = sqlite3_value_blob(geometry);
            decoded = detail::GpkgBatchDecoder::decode(blob, std::size_t(sqlite3_value_bytes(geometry)), out.geometries);
        } else {
            out.geometries.beginFeature(geo::GeometryType::Point); // NULL: empty, as read() gives it
        }
        if (!decoded)
            return Error::invalidInput(QCoreApplication::translate("Store", "truncated, corrupt or unsupported GeoPackage geometry"),
                                       QStringLiteral("%1: %2 fid %3").arg(s.path, layerName).arg(fid));
        if (filtered) {
            // Without an R-tree, or for the exact test against the index's float-rounded boxes.
            const std::size_t last = out.geometries.size() - 1;
            if (out.geometries.isEmpty(last) || !out.geometries.envelope(last).intersects(filter)) {
                out.geometries.removeLast();
                continue;
            }
        }
        out.fids.push_back(fid);
        for (int c = 0; c < columnCount; ++c) {
            AttributeColumn &column = out.columns[std::size_t(c)];
            sqlite3_value *cell = sqlite3_column_value(statement, c + 2);
            switch (sqlite3_value_type(cell)) {
            case SQLITE_NULL:
                column.appendNull();
                break;
            case SQLITE_INTEGER:
                column.appendInteger(sqlite3_value_int64(cell));
                break;
            case SQLITE_FLOAT:
                column.appendReal(sqlite3_value_double(cell));
                break;
            case SQLITE_BLOB: {
                const auto *data = static_cast<const char *>(sqlite3_value_blob(cell));
                column.appendBytes(AttributeColumn::Storage::Blob, data, std::size_t(sqlite3_value_bytes(cell)));
                break;
            }
            default: {
                const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(cell));
                column.appendBytes(AttributeColumn::Storage::Text, data, std::size_t(sqlite3_value_bytes(cell)));
                break;
            }
            }
        }
    }
    if (rc != SQLITE_DONE)
        return s.lastError(QCoreApplication::translate("Store", "cannot read layer %1").arg(layerName));
    return out;
}

Result<std::vector<std::pair<QString, QVariant>>> TwinStore::attributes(const QString &layerName, qint64 fid) const
{
    State &s = *m_state;
    auto info = layerInfo(s.db, s.path, layerName, false);
    if (!info.ok())
        return info.error();
    QString sql = QStringLiteral("SELECT fid");
    for (const FieldDefinition &field : info->fields)
        sql += QStringLiteral(", ") + gpkg::quoted(field.name);
    sql += QStringLiteral(" FROM %1 WHERE fid = ?").arg(gpkg::quoted(layerName));
    SqliteStatement query(s.prepare(sql));
    if (!query.isValid())
        return s.lastError(QCoreApplication::translate("Store", "cannot read layer %1").arg(layerName));
    query.bind(1, fid);
    if (query.step() != SQLITE_ROW)
        return Error::notFound(QCoreApplication::translate("Store", "layer %1 has no feature %2").arg(layerName).arg(fid), s.path);
    std::vector<std::pair<QString, QVariant>> result;
    for (std::size_t i = 0; i < info->fields.size(); ++i)
        result.emplace_back(info->fields[i].name, columnValue(query.get(), int(i) + 1, info->fields[i].type));
    return result;
}

} // namespace ct::store
