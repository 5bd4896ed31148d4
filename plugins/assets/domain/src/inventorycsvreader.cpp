// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/inventorycsvreader.h"

#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <memory>

namespace ct::assets {

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};

} // namespace

InventoryCsvReader::Outcome InventoryCsvReader::read(const QString &path, int currentYear)
{
    Outcome out;
    const QString file = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        out.errors << QStringLiteral("%1: %2").arg(file, QCoreApplication::translate("InventoryCsvReader", "no such file"));
        return out;
    }
    GDALAllRegister();
    const char *drivers[] = {"CSV", nullptr};
    // every cell as text: the reader checks and converts each itself, naming the line and field
    const char *openOptions[] = {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "GEOM_POSSIBLE_NAMES=__none__", nullptr};
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, openOptions, nullptr));
    if (!dataset || dataset->GetLayerCount() < 1) {
        out.errors << QStringLiteral("%1: %2").arg(file, QCoreApplication::translate("InventoryCsvReader", "not a CSV file GDAL can read"));
        return out;
    }
    OGRLayer *layer = dataset->GetLayer(0);
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    auto field = [definition](const char *name) { return definition->GetFieldIndex(name); };
    const int idField = field("asset_id"), typeField = field("type"), nameField = field("name"), yearField = field("install_year"),
              lengthField = field("length_m"), areaField = field("area_m2"), materialField = field("material"),
              importanceField = field("importance"), gradeField = field("grade"), inspectionField = field("last_inspection"),
              wktField = field("wkt"), lonField = field("lon"), latField = field("lat");
    QStringList missing;
    for (const auto &[index, name] : {std::pair{idField, "asset_id"}, {typeField, "type"}, {yearField, "install_year"},
                                      {lengthField, "length_m"}, {importanceField, "importance"}, {gradeField, "grade"}})
        if (index < 0)
            missing << QString::fromLatin1(name);
    if (wktField < 0 && (lonField < 0 || latField < 0))
        missing << QStringLiteral("wkt | lon,lat");
    if (!missing.isEmpty()) {
        out.errors << QStringLiteral("%1:1: %2").arg(file, QCoreApplication::translate("InventoryCsvReader", "missing columns: %1").arg(missing.join(QStringLiteral(", "))));
        return out;
    }
    auto toWgs = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    QSet<QString> seen;
    layer->ResetReading();
    OGRFeature *raw;
    while ((raw = layer->GetNextFeature()) != nullptr) {
        std::unique_ptr<OGRFeature> feature(raw);
        // the CSV driver numbers data rows from 1; the header is line 1
        const QString line = QStringLiteral("%1:%2").arg(file).arg(feature->GetFID() + 1);
        const int before = int(out.errors.size());
        auto text = [&](int index) { return index >= 0 ? QString::fromUtf8(feature->GetFieldAsString(index)).trimmed() : QString(); };
        auto fail = [&](const char *fieldName, const QString &problem) {
            out.errors << QStringLiteral("%1: %2: %3").arg(line, QString::fromLatin1(fieldName), problem);
        };
        auto number = [&](int index, const char *fieldName, bool required, double *value) {
            const QString t = text(index);
            if (t.isEmpty()) {
                if (required)
                    fail(fieldName, QCoreApplication::translate("InventoryCsvReader", "missing"));
                return;
            }
            bool ok = false;
            *value = t.toDouble(&ok);
            if (!ok || !std::isfinite(*value) || *value < 0)
                fail(fieldName, QCoreApplication::translate("InventoryCsvReader", "expected a number ≥ 0, got \"%1\"").arg(t));
        };
        Asset a;
        a.id = text(idField);
        if (a.id.isEmpty())
            fail("asset_id", QCoreApplication::translate("InventoryCsvReader", "missing"));
        else if (seen.contains(a.id))
            fail("asset_id", QCoreApplication::translate("InventoryCsvReader", "\"%1\" appears twice").arg(a.id));
        seen.insert(a.id);
        if (!parseAssetType(text(typeField), &a.type))
            fail("type", QCoreApplication::translate("InventoryCsvReader", "expected bridge, pavement, water_pipe or sewer_pipe, got \"%1\"").arg(text(typeField)));
        a.name = text(nameField);
        bool yearOk = false;
        a.installYear = text(yearField).toInt(&yearOk);
        if (!yearOk || a.installYear < 1850 || a.installYear > currentYear)
            fail("install_year", QCoreApplication::translate("InventoryCsvReader", "expected a year between 1850 and %1, got \"%2\"").arg(currentYear).arg(text(yearField)));
        number(lengthField, "length_m", true, &a.lengthM);
        number(areaField, "area_m2", isPricedByArea(a.type), &a.areaM2);
        a.material = text(materialField);
        number(importanceField, "importance", true, &a.importance);
        if (!parseGrade(text(gradeField), &a.grade))
            fail("grade", QCoreApplication::translate("InventoryCsvReader", "expected I, II, III or IV, got \"%1\"").arg(text(gradeField)));
        if (const QString d = text(inspectionField); !d.isEmpty()) {
            a.lastInspection = QDate::fromString(d, Qt::ISODate);
            if (!a.lastInspection.isValid() || a.lastInspection.year() > currentYear)
                fail("last_inspection", QCoreApplication::translate("InventoryCsvReader", "expected a past date YYYY-MM-DD, got \"%1\"").arg(d));
        }
        if (const QString wkt = text(wktField); !wkt.isEmpty()) {
            OGRGeometry *parsed = nullptr;
            const QByteArray bytes = wkt.toUtf8();
            if (OGRGeometryFactory::createFromWkt(bytes.constData(), nullptr, &parsed) != OGRERR_NONE || !parsed) {
                fail("wkt", QCoreApplication::translate("InventoryCsvReader", "not a WKT geometry"));
            } else {
                std::unique_ptr<OGRGeometry> g(parsed);
                const auto type = wkbFlatten(g->getGeometryType());
                if (type == wkbLineString) {
                    std::vector<geo::Point> points;
                    const OGRLineString *l = g->toLineString();
                    for (int i = 0; i < l->getNumPoints(); ++i)
                        points.push_back({l->getX(i), l->getY(i)});
                    if (points.size() < 2)
                        fail("wkt", QCoreApplication::translate("InventoryCsvReader", "a line needs two points"));
                    a.geometry = geo::Geometry::lineString(points);
                } else if (type == wkbPoint) {
                    const OGRPoint *p = g->toPoint();
                    a.geometry = geo::Geometry::lineString({{p->getX(), p->getY()}, {p->getX() + 1.0, p->getY()}});
                } else {
                    fail("wkt", QCoreApplication::translate("InventoryCsvReader", "expected a LINESTRING or POINT"));
                }
            }
        } else {
            bool lonOk = false, latOk = false;
            geo::Point p{text(lonField).toDouble(&lonOk), text(latField).toDouble(&latOk)};
            if (!lonOk || p.x < -180 || p.x > 180)
                fail("lon", QCoreApplication::translate("InventoryCsvReader", "expected a longitude in degrees, got \"%1\"").arg(text(lonField)));
            else if (!latOk || p.y < -90 || p.y > 90)
                fail("lat", QCoreApplication::translate("InventoryCsvReader", "expected a latitude in degrees, got \"%1\"").arg(text(latField)));
            else if (!toWgs || !toWgs->forward(p))
                fail("lon", QCoreApplication::translate("InventoryCsvReader", "cannot transform to EPSG:6677"));
            else // a point asset is drawn as a 1 m line so it lives in the line layer
                a.geometry = geo::Geometry::lineString({p, {p.x + 1.0, p.y}});
        }
        a.sourceLayer = QStringLiteral("csv");
        if (int(out.errors.size()) == before)
            out.assets.push_back(std::move(a));
    }
    if (!out.errors.isEmpty())
        out.assets.clear();
    return out;
}

} // namespace ct::assets
