// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/genericimporter.h"

#include "csvsource.h"
#include "namesanitizer.h"
#include "ogrsupport.h"

#include "ct/dataio/importsession.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace ct::dataio {

using core::Error;
using geo::GeometryType;

namespace {

const QStringList kLonNames{QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("long"), QStringLiteral("longitude"),
                            QStringLiteral("経度"), QStringLiteral("x")};
const QStringList kLatNames{QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("緯度"), QStringLiteral("y")};
const QStringList kIdNames{QStringLiteral("source_id"), QStringLiteral("id"), QStringLiteral("gml_id"), QStringLiteral("osm_id")};

//! 1 point, 2 line, 3 polygon, 0 unknown.
int familyOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint: case wkbMultiPoint: return 1;
    case wkbLineString: case wkbMultiLineString: case wkbCircularString: case wkbCompoundCurve: case wkbMultiCurve: return 2;
    case wkbPolygon: case wkbMultiPolygon: case wkbCurvePolygon: case wkbMultiSurface: case wkbPolyhedralSurface: case wkbTIN: return 3;
    default: return 0;
    }
}

bool isMultiType(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbMultiPoint: case wkbMultiLineString: case wkbMultiPolygon: case wkbMultiCurve: case wkbMultiSurface:
    case wkbPolyhedralSurface: case wkbTIN: case wkbGeometryCollection: return true;
    default: return false;
    }
}

int familyOf(GeometryType type)
{
    switch (type) {
    case GeometryType::Point: case GeometryType::MultiPoint: return 1;
    case GeometryType::LineString: case GeometryType::MultiLineString: return 2;
    default: return 3;
    }
}

GeometryType typeFor(int family, bool multi)
{
    if (family == 1) return multi ? GeometryType::MultiPoint : GeometryType::Point;
    if (family == 2) return multi ? GeometryType::MultiLineString : GeometryType::LineString;
    return multi ? GeometryType::MultiPolygon : GeometryType::Polygon;
}

QString familyName(int family)
{
    return family == 1   ? QCoreApplication::translate("DataIo", "points")
           : family == 2 ? QCoreApplication::translate("DataIo", "lines")
                         : QCoreApplication::translate("DataIo", "polygons");
}

store::FieldDefinition::Type fieldType(const OGRFieldDefn *defn)
{
    using Type = store::FieldDefinition::Type;
    switch (defn->GetType()) {
    case OFTInteger: return defn->GetSubType() == OFSTBoolean ? Type::Boolean : Type::Integer;
    case OFTInteger64: return Type::Integer;
    case OFTReal: return Type::Real;
    case OFTBinary: return Type::Blob;
    default: return Type::Text;
    }
}

//! Column types of a CSV read as text: Integer when every value is a whole number written without
//! a leading zero (so codes like "0001" stay text), Real when every value is a number, else Text.
std::vector<store::FieldDefinition::Type> inferCsvTypes(OGRLayer *layer)
{
    using Type = store::FieldDefinition::Type;
    const int n = layer->GetLayerDefn()->GetFieldCount();
    std::vector<bool> integer(n, true);
    std::vector<bool> real(n, true);
    std::vector<bool> seen(n, false);
    layer->ResetReading();
    for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        for (int i = 0; i < n; ++i) {
            const QString text = ogr::fieldText(f.get(), i);
            if (text.isEmpty())
                continue;
            seen[i] = true;
            bool ok = false;
            text.toLongLong(&ok);
            const bool leadingZero = text.size() > 1 && (text.startsWith(QLatin1Char('0')) || text.startsWith(QLatin1String("-0")));
            if (!ok || leadingZero)
                integer[i] = false;
            text.toDouble(&ok);
            if (!ok || (leadingZero && !text.contains(QLatin1Char('.'))))
                real[i] = false;
        }
    }
    layer->ResetReading();
    std::vector<Type> types(n, Type::Text);
    for (int i = 0; i < n; ++i) {
        if (seen[i] && integer[i])
            types[i] = Type::Integer;
        else if (seen[i] && real[i])
            types[i] = Type::Real;
    }
    return types;
}

struct LayerPlan
{
    OGRLayer *layer = nullptr;
    QString target;
    QString crs;
    bool geographic = false;
    int lonField = -1;
    int latField = -1;
    int idField = -1;
    bool idFromSourceIdColumn = false;
    std::vector<int> sourceFields;   //!< OGR field index for each definition field after source_id
    store::LayerDefinition definition;
};

core::Status importLayer(ImportSession &session, LayerPlan &plan, bool csv)
{
    OGRLayer *layer = plan.layer;
    // Geometry type: declared, or found by a first pass when the source does not declare one.
    int family = 0;
    bool multi = false;
    if (csv && plan.lonField >= 0) {
        family = 1;
    } else {
        const OGRwkbGeometryType declared = layer->GetGeomType();
        family = familyOf(declared);
        multi = isMultiType(declared);
        if (family == 0) {
            QSet<int> families;
            layer->ResetReading();
            for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
                const OGRGeometry *g = f->GetGeometryRef();
                if (!g || g->IsEmpty())
                    continue;
                int fam = familyOf(g->getGeometryType());
                if (fam == 0 && wkbFlatten(g->getGeometryType()) == wkbGeometryCollection && !g->toGeometryCollection()->IsEmpty())
                    fam = familyOf(g->toGeometryCollection()->getGeometryRef(0)->getGeometryType());
                if (fam == 0)
                    continue;
                if (family == 0 || families.size() == 0 || fam == family)
                    family = family == 0 ? fam : family;
                families.insert(fam);
                if (fam == family && isMultiType(g->getGeometryType()))
                    multi = true;
            }
            // The most frequent family would be nicer; the first found keeps the rule simple to explain.
        }
    }
    if (family == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "layer \"%1\" has no point, line or polygon geometries")
                                       .arg(QString::fromUtf8(layer->GetName())),
                                   session.fileName());
    plan.definition.geometryType = typeFor(family, multi);

    auto sinkResult = session.layer(plan.definition);
    if (!sinkResult)
        return sinkResult.error();
    LayerSink *sink = sinkResult.value();
    const bool identity = plan.crs == QStringLiteral("EPSG:%1").arg(session.targetSrsId());
    auto transform = session.transformFrom(plan.crs);
    if (!transform)
        return transform.error();
    const geo::CrsTransform *toLonLat = nullptr;
    if (!plan.geographic) {
        auto back = session.transform(plan.crs, QStringLiteral("EPSG:4326"));
        if (!back)
            return back.error();
        toLonLat = back.value();
    }

    std::vector<QVariant> values(plan.definition.fields.size());
    layer->ResetReading();
    qint64 count = 0;
    for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++count;
        const QString where = csv ? session.where(CsvSource::lineOf(f.get()))
                                  : session.whereFeature(QStringLiteral("%1 of layer %2").arg(f->GetFID()).arg(QString::fromUtf8(layer->GetName())));
        core::Result<geo::Geometry> geometry = Error::internal(QString());
        if (csv && plan.lonField >= 0) {
            geometry = pointFromLonLat(session, ogr::fieldText(f.get(), plan.lonField), ogr::fieldText(f.get(), plan.latField), plan.crs);
        } else {
            geometry = ogr::toGeometry(f->GetGeometryRef());
            if (geometry && familyOf(geometry->type()) != family)
                geometry = Error::invalidInput(QCoreApplication::translate("DataIo", "%1 in a layer of %2").arg(familyName(familyOf(geometry->type())), familyName(family)));
            if (geometry) {
                bool inside = true;
                geo::Point bad;
                if (plan.geographic) {
                    for (const geo::Point &p : geometry->points()) {
                        if (!ImportSession::insideJapan(p.x, p.y)) {
                            inside = false;
                            bad = p;
                            break;
                        }
                    }
                } else {
                    const geo::Envelope e = geometry->envelope();
                    geo::Point corners[2] = {{e.minX, e.minY}, {e.maxX, e.maxY}};
                    for (geo::Point c : corners) {
                        if (!toLonLat->forward(c) || !ImportSession::insideJapan(c.x, c.y)) {
                            inside = false;
                            bad = c;
                        }
                    }
                }
                if (!inside)
                    geometry = Error::invalidInput(QCoreApplication::translate("DataIo", "position outside Japan (longitude %1, latitude %2)").arg(bad.x).arg(bad.y));
                else if (!identity && !transform.value()->forward(geometry.value()))
                    geometry = Error::invalidInput(QCoreApplication::translate("DataIo", "geometry cannot be transformed to the twin's CRS"));
            }
        }
        if (!geometry) {
            if (auto s = session.badRow(where, geometry.error().message); !s)
                return s;
            continue;
        }
        for (std::size_t i = 0; i < plan.sourceFields.size(); ++i)
            values[i + 1] = ogr::fieldValue(f.get(), plan.sourceFields[i]);
        QString id = plan.idField >= 0 ? ogr::fieldText(f.get(), plan.idField) : QString();
        if (id.isEmpty()) {
            // No id at the source: the content itself identifies the feature, so an unchanged
            // re-import finds the same rows.
            QCryptographicHash hash(QCryptographicHash::Sha1);
            const auto points = geometry->points();
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(points.data()), qsizetype(points.size_bytes())));
            for (std::size_t i = 1; i < values.size(); ++i) {
                hash.addData(values[i].toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            id = QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex().left(20));
        }
        values[0] = id;
        if (auto s = sink->write(std::move(geometry.value()), values); !s) {
            if (auto b = session.badRow(where, s.error().message); !b)
                return b;
        }
    }
    if (count == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "layer \"%1\" has no features").arg(QString::fromUtf8(layer->GetName())),
                                   session.fileName());
    return {};
}

} // namespace

core::Status GenericImporter::run(ImportSession &session)
{
    const QString driver = session.detection().driver;
    const bool csv = driver == QLatin1String("CSV");
    std::unique_ptr<CsvSource> csvSource;
    ogr::DatasetPtr dataset;
    std::vector<OGRLayer *> layers;
    ogr::ErrorCollector errors;
    if (csv) {
        auto opened = CsvSource::open(session, false);
        if (!opened)
            return opened.error();
        csvSource = std::move(opened.value());
        layers.push_back(csvSource->layer());
    } else {
        QStringList openOptions;
        if (driver == QLatin1String("GML"))
            openOptions << QStringLiteral("WRITE_GFS=NO");
        auto opened = ogr::openSource(session.path(), session.fileName(), driver, openOptions);
        if (!opened)
            return opened.error();
        dataset = std::move(opened.value());
        for (int i = 0; i < dataset->GetLayerCount(); ++i) {
            OGRLayer *l = dataset->GetLayer(i);
            if (l->GetLayerDefn()->GetGeomFieldCount() > 0)
                layers.push_back(l);
        }
    }
    if (layers.empty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no layer with geometries"), session.fileName());

    const ImportOptions &options = session.options();
    const QString baseName = sanitizeLayerName(QFileInfo(session.path()).completeBaseName());
    for (OGRLayer *layer : layers) {
        LayerPlan plan;
        plan.layer = layer;
        const OGRFeatureDefn *defn = layer->GetLayerDefn();
        QString target = options.layer;
        if (target.isEmpty() && !csv) // a CSV layer is named after the in-memory copy; use the file name
            target = sanitizeLayerName(QString::fromUtf8(layer->GetName()));
        if (target.isEmpty())
            target = baseName;
        if (target.isEmpty())
            target = QStringLiteral("imported");
        if (target != sanitizeLayerName(target))
            return Error::invalidInput(QCoreApplication::translate("DataIo", "layer name \"%1\" must be lower case letters, digits and _").arg(target),
                                       QStringLiteral("--layer"));
        plan.target = target;

        auto findField = [&](const QString &name) {
            for (int i = 0; i < defn->GetFieldCount(); ++i) {
                if (QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return i;
            }
            return -1;
        };
        if (csv && defn->GetGeomFieldCount() == 0) {
            if (!options.lonField.isEmpty() || !options.latField.isEmpty()) {
                plan.lonField = findField(options.lonField);
                plan.latField = findField(options.latField);
                if (plan.lonField < 0 || plan.latField < 0)
                    return Error::invalidInput(QCoreApplication::translate("DataIo", "the header has no column \"%1\"")
                                                   .arg(plan.lonField < 0 ? options.lonField : options.latField),
                                               session.where(1));
            } else {
                for (const QString &n : kLonNames) {
                    if ((plan.lonField = findField(n)) >= 0)
                        break;
                }
                for (const QString &n : kLatNames) {
                    if ((plan.latField = findField(n)) >= 0)
                        break;
                }
                if (plan.lonField < 0 || plan.latField < 0)
                    return Error::invalidInput(QCoreApplication::translate("DataIo", "no coordinate columns (looked for lon/lng/longitude/経度/x and "
                                                              "lat/latitude/緯度/y); give --lon-field and --lat-field"),
                                               session.where(1));
            }
        }
        plan.crs = options.crs;
        if (plan.crs.isEmpty())
            plan.crs = ogr::crsString(layer->GetSpatialRef());
        if (plan.crs.isEmpty() && csv) // CSV carries no CRS: degrees (lon/lat or a WKT column) unless --crs says otherwise
            plan.crs = QStringLiteral("EPSG:4326");
        if (plan.crs.isEmpty())
            return Error::invalidInput(QCoreApplication::translate("DataIo", "layer \"%1\" has no CRS; give --crs EPSG:<code>")
                                           .arg(QString::fromUtf8(layer->GetName())),
                                       session.fileName());
        {
            OGRSpatialReference srs;
            ogr::ErrorCollector quiet;
            if (srs.SetFromUserInput(plan.crs.toUtf8().constData()) != OGRERR_NONE)
                return Error::unsupported(QCoreApplication::translate("DataIo", "unknown CRS \"%1\"").arg(plan.crs.left(80)), session.fileName());
            plan.geographic = srs.IsGeographic();
        }

        // Fields: source_id first (the stable id), then the source's own, renamed to be safe.
        plan.definition.name = target;
        plan.definition.title = QString::fromUtf8(layer->GetName());
        plan.definition.srsId = session.targetSrsId();
        plan.definition.stableIdField = QStringLiteral("source_id");
        plan.definition.fields.push_back({QStringLiteral("source_id"), store::FieldDefinition::Type::Text, false});
        if (!options.idField.isEmpty()) {
            plan.idField = findField(options.idField);
            if (plan.idField < 0)
                return Error::invalidInput(QCoreApplication::translate("DataIo", "no field \"%1\" for --id-field").arg(options.idField), session.fileName());
        } else {
            for (const QString &n : kIdNames) {
                if ((plan.idField = findField(n)) >= 0)
                    break;
            }
        }
        const std::vector<store::FieldDefinition::Type> csvTypes = csv ? inferCsvTypes(layer) : std::vector<store::FieldDefinition::Type>();
        QSet<QString> used{QStringLiteral("source_id")};
        QStringList renamed;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            if (i == plan.lonField || i == plan.latField)
                continue;
            const OGRFieldDefn *fd = defn->GetFieldDefn(i);
            const QString original = QString::fromUtf8(fd->GetNameRef());
            QString name = sanitizeFieldName(original, i + 1);
            if (name == QLatin1String("source_id"))
                continue; // it is the stable id column already
            QString unique = name;
            for (int n = 2; used.contains(unique); ++n)
                unique = QStringLiteral("%1_%2").arg(name).arg(n);
            used.insert(unique);
            if (unique != original)
                renamed << QStringLiteral("%1=%2").arg(unique, original);
            plan.definition.fields.push_back({unique, csv ? csvTypes[i] : fieldType(fd), false});
            plan.sourceFields.push_back(i);
        }
        if (!renamed.isEmpty()) // keep the source's own column names findable
            plan.definition.description = QStringLiteral("Imported from %1; source columns: %2")
                                              .arg(session.fileName(), renamed.join(QStringLiteral(", ")));
        if (auto s = importLayer(session, plan, csv); !s)
            return s;
    }
    if (errors.hasErrors())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "GDAL reported an error while reading: %1").arg(errors.last()), session.fileName());
    return {};
}

} // namespace ct::dataio
