// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/plateauimporter.h"

#include "namesanitizer.h"
#include "ogrsupport.h"

#include "ct/dataio/importsession.h"
#include "ct/dataio/layercontracts.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::dataio {

using core::Error;

namespace {

//! Schema for the feature types mapped to console layers. GDAL's schema guess takes the first
//! geometry it meets in a feature, which for PLATEAU roads with LOD3 traffic areas is a nested
//! member and leaves the LOD1 surface empty; naming the geometry elements avoids that.
const char *const kTemplate = R"(<GMLFeatureClassList>
  <GMLFeatureClass><Name>Road</Name><ElementPath>Road</ElementPath>
    <GeomPropertyDefn><Name>lod1MultiSurface</Name><ElementPath>lod1MultiSurface</ElementPath><Type>Unknown</Type></GeomPropertyDefn>
    <PropertyDefn><Name>name</Name><ElementPath>name</ElementPath><Type>String</Type></PropertyDefn>
    <PropertyDefn><Name>class</Name><ElementPath>class</ElementPath><Type>String</Type></PropertyDefn>
    <PropertyDefn><Name>function</Name><ElementPath>function</ElementPath><Type>String</Type></PropertyDefn>
  </GMLFeatureClass>
  <GMLFeatureClass><Name>Building</Name><ElementPath>Building</ElementPath>
    <GeomPropertyDefn><Name>lod0FootPrint</Name><ElementPath>lod0FootPrint</ElementPath><Type>Unknown</Type></GeomPropertyDefn>
    <GeomPropertyDefn><Name>lod0RoofEdge</Name><ElementPath>lod0RoofEdge</ElementPath><Type>Unknown</Type></GeomPropertyDefn>
    <GeomPropertyDefn><Name>lod1Solid</Name><ElementPath>lod1Solid</ElementPath><Type>Unknown</Type></GeomPropertyDefn>
    <PropertyDefn><Name>name</Name><ElementPath>name</ElementPath><Type>String</Type></PropertyDefn>
    <PropertyDefn><Name>usage</Name><ElementPath>usage</ElementPath><Type>String</Type></PropertyDefn>
    <PropertyDefn><Name>measuredHeight</Name><ElementPath>measuredHeight</ElementPath><Type>Real</Type></PropertyDefn>
    <PropertyDefn><Name>storeysAboveGround</Name><ElementPath>storeysAboveGround</ElementPath><Type>Integer</Type></PropertyDefn>
  </GMLFeatureClass>
  <GMLFeatureClass><Name>UrbanPlanningArea</Name><ElementPath>UrbanPlanningArea</ElementPath>
    <GeomPropertyDefn><Name>lod1MultiSurface</Name><ElementPath>lod1MultiSurface</ElementPath><Type>Unknown</Type></GeomPropertyDefn>
    <PropertyDefn><Name>name</Name><ElementPath>name</ElementPath><Type>String</Type></PropertyDefn>
  </GMLFeatureClass>
</GMLFeatureClassList>
)";

//! The first non-empty geometry of a feature, in the order of its geometry fields (footprint
//! before roof edge before solid in the template).
const OGRGeometry *firstGeometry(const OGRFeature *feature)
{
    for (int i = 0; i < feature->GetGeomFieldCount(); ++i) {
        const OGRGeometry *g = feature->GetGeomFieldRef(i);
        if (g && !g->IsEmpty())
            return g;
    }
    return nullptr;
}

//! A building's footprint: of all faces of the solid, the one covering most ground (the floor or
//! the roof; walls project to almost nothing).
core::Result<geo::Geometry> footprint(const geo::Geometry &solid)
{
    if (solid.type() == geo::GeometryType::Polygon)
        return solid;
    int best = -1;
    double bestArea = 0.0;
    for (int part = 0; part < solid.partCount(); ++part) {
        if (solid.firstRingOfPart(part) >= solid.endRingOfPart(part))
            continue;
        const double a = std::abs(geo::signedArea(solid.ring(solid.firstRingOfPart(part))));
        if (a > bestArea) {
            bestArea = a;
            best = part;
        }
    }
    if (best < 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "building geometry has no face with an area"));
    geo::Geometry out;
    out.setType(geo::GeometryType::Polygon);
    out.beginPart();
    for (int r = solid.firstRingOfPart(best); r < solid.endRingOfPart(best); ++r) {
        out.beginRing();
        for (const auto &p : solid.ring(r))
            out.append(p);
    }
    return out;
}

} // namespace

core::Status PlateauImporter::run(ImportSession &session)
{
    ogr::ErrorCollector errors;
    auto opened = ogr::openSource(session.path(), session.fileName(), QStringLiteral("GML"),
                                  {QStringLiteral("WRITE_GFS=NO")});
    if (!opened)
        return opened.error();
    GDALDataset *dataset = opened.value().get();
    ogr::MemoryFile templateFile(QByteArray(kTemplate), QStringLiteral(".gfs"));
    ogr::DatasetPtr mapped; // the file again, read with the template, for the mapped feature types
    qint64 total = 0;
    for (int li = 0; li < dataset->GetLayerCount(); ++li) {
        OGRLayer *layer = dataset->GetLayer(li);
        if (layer->GetLayerDefn()->GetGeomFieldCount() == 0)
            continue; // Appearance and other non-spatial members
        const QString type = QString::fromUtf8(layer->GetName());
        if (type == QLatin1String("Road") || type == QLatin1String("Building") || type == QLatin1String("UrbanPlanningArea")) {
            if (!mapped) {
                auto reopened = ogr::openSource(session.path(), session.fileName(), QStringLiteral("GML"),
                                                {QStringLiteral("WRITE_GFS=NO"),
                                                 QStringLiteral("GFS_TEMPLATE=") + QString::fromUtf8(templateFile.path())});
                if (!reopened)
                    return reopened.error();
                mapped = std::move(reopened.value());
            }
            if (OGRLayer *l = mapped->GetLayerByName(layer->GetName()))
                layer = l;
        }
        const OGRFeatureDefn *defn = layer->GetLayerDefn();
        const int geomField = 0;
        QString crs = session.options().crs;
        if (crs.isEmpty())
            crs = ogr::crsString(defn->GetGeomFieldDefn(geomField)->GetSpatialRef());
        if (crs.isEmpty())
            crs = QStringLiteral("EPSG:6668"); // PLATEAU: JGD2011 geographic (EPSG:6697 without height)
        auto transform = session.transformFrom(crs);
        if (!transform)
            return transform.error();

        enum class Kind { Boundary, RoadArea, Building, Other } kind = Kind::Other;
        store::LayerDefinition definition;
        std::vector<int> otherFields;
        if (type == QLatin1String("UrbanPlanningArea")) {
            kind = Kind::Boundary;
            definition = contracts::boundary();
        } else if (type == QLatin1String("Road")) {
            kind = Kind::RoadArea;
            definition = contracts::roadAreas();
        } else if (type == QLatin1String("Building")) {
            kind = Kind::Building;
            definition = contracts::buildings();
        } else {
            definition.name = QStringLiteral("plateau_") + sanitizeLayerName(type);
            definition.title = type;
            definition.srsId = session.targetSrsId();
            definition.geometryType = geo::GeometryType::MultiPolygon;
            definition.stableIdField = QStringLiteral("source_id");
            definition.fields.push_back({QStringLiteral("source_id"), store::FieldDefinition::Type::Text, false});
            for (int i = 0; i < defn->GetFieldCount(); ++i) {
                const QString name = sanitizeFieldName(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), i + 1);
                if (name == QLatin1String("gml_id") || name == QLatin1String("source_id"))
                    continue;
                definition.fields.push_back({name, store::FieldDefinition::Type::Text, false});
                otherFields.push_back(i);
            }
            const OGRwkbGeometryType g = wkbFlatten(defn->GetGeomFieldDefn(geomField)->GetType());
            if (g == wkbPoint || g == wkbMultiPoint)
                definition.geometryType = geo::GeometryType::MultiPoint;
            else if (g == wkbLineString || g == wkbMultiLineString || g == wkbMultiCurve || g == wkbCompoundCurve)
                definition.geometryType = geo::GeometryType::MultiLineString;
        }
        auto sink = session.layer(definition);
        if (!sink)
            return sink.error();
        auto field = [&](const char *name) { return defn->GetFieldIndex(name); };
        const int gmlId = field("gml_id");

        layer->ResetReading();
        qint64 index = 0;
        for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            ++index;
            const QString id = ogr::fieldText(f.get(), gmlId);
            const QString where = session.whereFeature(id.isEmpty() ? QStringLiteral("%1 #%2").arg(type).arg(index) : id);
            if (id.isEmpty()) {
                if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "feature has no gml:id")); !s)
                    return s;
                continue;
            }
            auto geometry = ogr::toGeometry(firstGeometry(f.get()));
            if (geometry && kind == Kind::Building)
                geometry = footprint(geometry.value());
            if (geometry) {
                for (const geo::Point &p : geometry->points()) {
                    if (!ImportSession::insideJapan(p.x, p.y)) {
                        geometry = Error::invalidInput(QCoreApplication::translate("DataIo", "position outside Japan (longitude %1, latitude %2)"
                                                                      " — latitude and longitude swapped?").arg(p.x).arg(p.y));
                        break;
                    }
                }
            }
            if (geometry && !transform.value()->forward(geometry.value()))
                geometry = Error::invalidInput(QCoreApplication::translate("DataIo", "geometry cannot be transformed"));
            if (!geometry) {
                if (auto s = session.badRow(where, geometry.error().message); !s)
                    return s;
                continue;
            }
            std::vector<QVariant> values;
            auto textOrNull = [&](int i) { const QString t = ogr::fieldText(f.get(), i); return t.isEmpty() ? QVariant() : QVariant(t); };
            switch (kind) {
            case Kind::Boundary:
                values = {id, textOrNull(field("name"))};
                break;
            case Kind::RoadArea:
                values = {id, textOrNull(field("class")), textOrNull(field("function")), textOrNull(field("name"))};
                break;
            case Kind::Building: {
                QVariant height = ogr::fieldValue(f.get(), field("measuredHeight"));
                if (height.isValid() && height.toDouble() <= 0)   // PLATEAU marks unknown heights with -9999
                    height = QVariant();
                QVariant floors = ogr::fieldValue(f.get(), field("storeysAboveGround"));
                if (floors.isValid() && floors.toInt() <= 0)
                    floors = QVariant();
                values = {id, textOrNull(field("usage")), height, floors, QVariant(), textOrNull(field("name"))};
                break;
            }
            case Kind::Other:
                values.push_back(id);
                for (int i : otherFields)
                    values.push_back(ogr::fieldValue(f.get(), i));
                break;
            }
            if (auto s = sink.value()->write(std::move(geometry.value()), values); !s) {
                if (auto b = session.badRow(where, s.error().message); !b)
                    return b;
            }
            ++total;
        }
    }
    if (errors.hasErrors())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "malformed CityGML: %1").arg(errors.last()), session.fileName());
    if (total == 0 && session.report().skipped() == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no city objects with geometry"), session.fileName());
    return {};
}

} // namespace ct::dataio
