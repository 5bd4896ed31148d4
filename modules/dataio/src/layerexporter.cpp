// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/layerexporter.h"

#include "ogrsupport.h"

#include "ct/geo/crstransform.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <optional>

namespace ct::dataio {

using core::Error;

namespace {

OGRwkbGeometryType ogrType(geo::GeometryType type)
{
    return OGRwkbGeometryType(int(type)); // our enum values are the WKB codes
}

std::unique_ptr<OGRGeometry> toOgr(const geo::Geometry &g)
{
    auto ring = [&](int r) {
        auto *lr = new OGRLinearRing;
        for (const auto &p : g.ring(r))
            lr->addPoint(p.x, p.y);
        return lr;
    };
    auto line = [&](int r) {
        auto *ls = new OGRLineString;
        for (const auto &p : g.ring(r))
            ls->addPoint(p.x, p.y);
        return ls;
    };
    auto polygon = [&](int part) {
        auto *poly = new OGRPolygon;
        for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r)
            poly->addRingDirectly(ring(r));
        return poly;
    };
    switch (g.type()) {
    case geo::GeometryType::Point:
        return std::make_unique<OGRPoint>(g.points()[0].x, g.points()[0].y);
    case geo::GeometryType::LineString:
        return std::unique_ptr<OGRGeometry>(line(0));
    case geo::GeometryType::Polygon:
        return std::unique_ptr<OGRGeometry>(polygon(0));
    case geo::GeometryType::MultiPoint: {
        auto mp = std::make_unique<OGRMultiPoint>();
        for (const auto &p : g.points())
            mp->addGeometryDirectly(new OGRPoint(p.x, p.y));
        return mp;
    }
    case geo::GeometryType::MultiLineString: {
        auto ml = std::make_unique<OGRMultiLineString>();
        for (int part = 0; part < g.partCount(); ++part)
            ml->addGeometryDirectly(line(g.firstRingOfPart(part)));
        return ml;
    }
    case geo::GeometryType::MultiPolygon: {
        auto mp = std::make_unique<OGRMultiPolygon>();
        for (int part = 0; part < g.partCount(); ++part)
            mp->addGeometryDirectly(polygon(part));
        return mp;
    }
    }
    return nullptr;
}

} // namespace

core::Result<qint64> LayerExporter::exportLayer(const store::TwinStore &store, const QString &layerName,
                                                ExportFormat format, const QString &outputPath)
{
    if (format == ExportFormat::Sumo)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "use SumoExporter for the SUMO network"));
    if (QFileInfo::exists(outputPath))
        return Error::refused(QCoreApplication::translate("DataIo", "output exists; refusing to overwrite"), outputPath);
    auto info = store.layer(layerName);
    if (!info)
        return info.error();
    auto table = store.read(layerName);
    if (!table)
        return table.error();

    ogr::ensureRegistered();
    ogr::ErrorCollector errors;
    const char *driverName = format == ExportFormat::GeoJson ? "GeoJSON" : format == ExportFormat::Csv ? "CSV" : "GPKG";
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return Error::unsupported(QCoreApplication::translate("DataIo", "GDAL has no %1 driver").arg(QString::fromLatin1(driverName)));
    ogr::DatasetPtr dataset(driver->Create(outputPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return Error::io(QCoreApplication::translate("DataIo", "cannot create the file: %1").arg(errors.last()), outputPath);

    const bool wgs84 = format != ExportFormat::GeoPackage;
    const int srsId = wgs84 ? 4326 : (table->srsId > 0 ? table->srsId : info->srsId);
    OGRSpatialReference srs;
    srs.importFromEPSG(srsId);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::optional<geo::CrsTransform> transform;
    if (wgs84) {
        auto t = geo::CrsTransform::create(info->srsId, 4326);
        if (!t)
            return t.error();
        transform.emplace(std::move(t.value()));
    }
    CPLStringList layerOptions;
    if (format == ExportFormat::Csv)
        layerOptions.SetNameValue("GEOMETRY", info->geometryType == geo::GeometryType::Point ? "AS_XY" : "AS_WKT");
    if (format == ExportFormat::GeoJson)
        layerOptions.SetNameValue("RFC7946", "YES");
    OGRLayer *out = dataset->CreateLayer(layerName.toUtf8().constData(), &srs, ogrType(info->geometryType), layerOptions.List());
    if (!out)
        return Error::io(QCoreApplication::translate("DataIo", "cannot create the layer: %1").arg(errors.last()), outputPath);
    std::vector<store::FieldDefinition::Type> types;
    for (const QString &column : table->columnNames) {
        store::FieldDefinition::Type type = store::FieldDefinition::Type::Text;
        for (const auto &f : info->fields) {
            if (f.name == column)
                type = f.type;
        }
        types.push_back(type);
        using Type = store::FieldDefinition::Type;
        OGRFieldType ogrType = type == Type::Integer ? OFTInteger64 : type == Type::Real ? OFTReal
                             : type == Type::Boolean ? OFTInteger : type == Type::Blob ? OFTBinary : OFTString;
        OGRFieldDefn defn(column.toUtf8().constData(), ogrType);
        if (type == Type::Boolean)
            defn.SetSubType(OFSTBoolean);
        if (out->CreateField(&defn) != OGRERR_NONE)
            return Error::io(QCoreApplication::translate("DataIo", "cannot create field %1: %2").arg(column, errors.last()), outputPath);
    }
    dataset->StartTransaction();
    qint64 written = 0;
    for (std::size_t row = 0; row < table->size(); ++row) {
        ogr::FeaturePtr feature(OGRFeature::CreateFeature(out->GetLayerDefn()));
        geo::Geometry g = table->geometries[row];
        if (transform && !transform->forward(g))
            return Error::internal(QStringLiteral("cannot transform feature %1 to WGS84").arg(table->fids[row]), layerName);
        if (!g.isEmpty()) {
            std::unique_ptr<OGRGeometry> ogrGeometry = toOgr(g);
            feature->SetGeometryDirectly(ogrGeometry.release());
        }
        for (int c = 0; c < int(table->columnNames.size()); ++c) {
            const QVariant &v = table->columns[c][row];
            if (!v.isValid() || v.isNull()) {
                feature->SetFieldNull(c);
                continue;
            }
            using Type = store::FieldDefinition::Type;
            switch (types[c]) {
            case Type::Integer: feature->SetField(c, GIntBig(v.toLongLong())); break;
            case Type::Real: feature->SetField(c, v.toDouble()); break;
            case Type::Boolean: feature->SetField(c, v.toBool() ? 1 : 0); break;
            case Type::Blob: {
                const QByteArray b = v.toByteArray();
                feature->SetField(c, int(b.size()), reinterpret_cast<const GByte *>(b.constData()));
                break;
            }
            default: feature->SetField(c, v.toString().toUtf8().constData()); break;
            }
        }
        if (out->CreateFeature(feature.get()) != OGRERR_NONE)
            return Error::io(QCoreApplication::translate("DataIo", "cannot write feature %1: %2").arg(table->fids[row]).arg(errors.last()), outputPath);
        ++written;
    }
    dataset->CommitTransaction();
    dataset.reset();
    if (errors.hasErrors())
        return Error::io(QCoreApplication::translate("DataIo", "GDAL failed while writing: %1").arg(errors.last()), outputPath);
    return written;
}

} // namespace ct::dataio
