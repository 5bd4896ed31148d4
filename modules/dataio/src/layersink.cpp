// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/layersink.h"

#include "ct/geo/geometry.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <cmath>

namespace ct::dataio {

using core::Error;
using geo::GeometryType;

namespace {

GeometryType multiOf(GeometryType t)
{
    switch (t) {
    case GeometryType::Point: return GeometryType::MultiPoint;
    case GeometryType::LineString: return GeometryType::MultiLineString;
    case GeometryType::Polygon: return GeometryType::MultiPolygon;
    default: return t;
    }
}

QString typeName(GeometryType t)
{
    switch (t) {
    case GeometryType::Point: return QStringLiteral("Point");
    case GeometryType::LineString: return QStringLiteral("LineString");
    case GeometryType::Polygon: return QStringLiteral("Polygon");
    case GeometryType::MultiPoint: return QStringLiteral("MultiPoint");
    case GeometryType::MultiLineString: return QStringLiteral("MultiLineString");
    case GeometryType::MultiPolygon: return QStringLiteral("MultiPolygon");
    }
    return QStringLiteral("?");
}

//! Size of one part, to choose the part kept when a multi geometry goes into a single-part layer.
double partSize(const geo::Geometry &g, int part)
{
    const int first = g.firstRingOfPart(part);
    if (first >= g.endRingOfPart(part))
        return 0.0;
    const auto ring = g.ring(first);
    switch (g.type()) {
    case GeometryType::MultiPolygon: return std::abs(geo::signedArea(ring));
    case GeometryType::MultiLineString: return geo::length(ring);
    default: return 0.0;
    }
}

geo::Geometry extractPart(const geo::Geometry &g, int part, GeometryType type)
{
    geo::Geometry out;
    out.setType(type);
    out.beginPart();
    for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r) {
        out.beginRing();
        for (const auto &p : g.ring(r))
            out.append(p);
    }
    return out;
}

core::Result<QVariant> convertValue(const QVariant &value, store::FieldDefinition::Type type, const QString &field)
{
    using Type = store::FieldDefinition::Type;
    if (!value.isValid() || value.isNull())
        return QVariant();
    bool ok = true;
    switch (type) {
    case Type::Integer: {
        if (value.typeId() == QMetaType::Bool)
            return QVariant(qlonglong(value.toBool() ? 1 : 0));
        qlonglong v = value.toLongLong(&ok);
        if (!ok) {
            const double d = value.toString().trimmed().toDouble(&ok);
            ok = ok && std::isfinite(d) && d == std::floor(d);
            v = qlonglong(d);
        }
        if (!ok)
            return Error::invalidInput(QCoreApplication::translate("DataIo", "field %1: \"%2\" is not a whole number").arg(field, value.toString()));
        return QVariant(v);
    }
    case Type::Real: {
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return Error::invalidInput(QCoreApplication::translate("DataIo", "field %1: \"%2\" is not a number").arg(field, value.toString()));
        return QVariant(v);
    }
    case Type::Boolean: {
        if (value.typeId() == QMetaType::Bool)
            return value;
        const QString t = value.toString().trimmed().toLower();
        if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes"))
            return QVariant(true);
        if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no"))
            return QVariant(false);
        return Error::invalidInput(QCoreApplication::translate("DataIo", "field %1: \"%2\" is not a yes/no value").arg(field, value.toString()));
    }
    case Type::Text:
        if (value.typeId() == QMetaType::Bool)
            return QVariant(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        return QVariant(value.toString());
    case Type::DateTime:
        if (value.typeId() == QMetaType::QDateTime)
            return value;
        return QVariant(value.toString());
    case Type::Blob:
        return QVariant(value.toByteArray());
    }
    return value;
}

//! Whether `column` of `table` carries a single-column UNIQUE index — what makes the store's writer
//! update instead of insert. A layer made elsewhere (the demo city generator) may have the column
//! without the index.
bool hasUniqueIndex(sqlite3 *db, const QString &table, const QString &column)
{
    auto quoted = [](QString name) { return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'); };
    QStringList unique;
    sqlite3_stmt *statement = nullptr;
    QByteArray sql = QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table)).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return false;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (sqlite3_column_int(statement, 2) == 1)
            unique << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
    }
    sqlite3_finalize(statement);
    for (const QString &index : std::as_const(unique)) {
        sql = QStringLiteral("PRAGMA index_info(%1)").arg(quoted(index)).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            continue;
        QStringList columns;
        while (sqlite3_step(statement) == SQLITE_ROW)
            columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2)));
        sqlite3_finalize(statement);
        if (columns.size() == 1 && columns.front().compare(column, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

LayerSink::~LayerSink() = default;

core::Result<std::unique_ptr<LayerSink>> LayerSink::open(store::TwinStore &store,
                                                         const store::LayerDefinition &definition)
{
    std::unique_ptr<LayerSink> sink(new LayerSink);
    sink->m_definition = definition;
    if (!store.hasLayer(definition.name)) {
        if (auto created = store.createLayer(definition); !created)
            return created.error();
    }
    auto info = store.layer(definition.name);
    if (!info)
        return info.error();
    sink->m_geometryType = info->geometryType;
    QStringList columns;
    for (int i = 0; i < int(definition.fields.size()); ++i) {
        const QString &name = definition.fields[i].name;
        for (const auto &existing : info->fields) {
            if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                columns.append(existing.name);
                sink->m_sourceIndex.push_back(i);
                sink->m_columnTypes.push_back(existing.type);
                if (name == definition.stableIdField)
                    sink->m_hasStableId = hasUniqueIndex(store.handle(), definition.name, existing.name);
                break;
            }
        }
    }
    auto writer = store.writer(definition.name, columns);
    if (!writer)
        return writer.error();
    sink->m_writer.emplace(std::move(writer.value()));
    sink->m_row.resize(columns.size());
    return sink;
}

core::Status LayerSink::write(geo::Geometry geometry, const std::vector<QVariant> &values)
{
    const GeometryType target = m_geometryType;
    if (geometry.type() != target) {
        if (multiOf(geometry.type()) == target && geometry.partCount() == 1) {
            geometry.setType(target);
        } else if (multiOf(target) == geometry.type()) {
            if (geometry.partCount() == 1) {
                geometry.setType(target);
            } else {
                int best = 0;
                double bestSize = -1.0;
                for (int p = 0; p < geometry.partCount(); ++p) {
                    const double s = partSize(geometry, p);
                    if (s > bestSize) {
                        bestSize = s;
                        best = p;
                    }
                }
                geometry = extractPart(geometry, best, target);
            }
        } else {
            return Error::invalidInput(QCoreApplication::translate("DataIo", "a %1 cannot go into layer \"%2\" of %3 features")
                                           .arg(typeName(geometry.type()), m_definition.name, typeName(target)));
        }
    }
    for (std::size_t c = 0; c < m_sourceIndex.size(); ++c) {
        const int source = m_sourceIndex[c];
        const QVariant &value = source < int(values.size()) ? values[source] : QVariant();
        auto converted = convertValue(value, m_columnTypes[c], m_definition.fields[source].name);
        if (!converted)
            return converted.error();
        m_row[c] = std::move(converted.value());
    }
    store::FeatureWriter::Outcome outcome = store::FeatureWriter::Outcome::Inserted;
    auto fid = m_writer->insert(geometry, m_row, &outcome);
    if (!fid)
        return fid.error();
    if (outcome == store::FeatureWriter::Outcome::Updated)
        ++m_updated;
    else
        ++m_inserted;
    return {};
}

std::optional<store::FieldDefinition::Type> LayerSink::columnType(const QString &field) const
{
    for (std::size_t c = 0; c < m_sourceIndex.size(); ++c) {
        if (m_definition.fields[m_sourceIndex[c]].name == field)
            return m_columnTypes[c];
    }
    return std::nullopt;
}

core::Status LayerSink::finish()
{
    return m_writer ? m_writer->finish() : core::Status();
}

} // namespace ct::dataio
