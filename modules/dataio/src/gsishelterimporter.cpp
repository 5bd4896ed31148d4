// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/gsishelterimporter.h"

#include "hazardflag.h"
#include "ogrsupport.h"

#include "ct/dataio/importsession.h"
#include "ct/dataio/layercontracts.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::dataio {

using core::Error;

core::Status GsiShelterImporter::run(ImportSession &session)
{
    auto dataset = ogr::openSource(session.path(), session.fileName(), QStringLiteral("GeoJSON"));
    if (!dataset)
        return dataset.error();
    OGRLayer *layer = dataset.value()->GetLayer(0);
    if (!layer)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no feature collection"), session.fileName());
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    auto col = [&](const char *name) { return defn->GetFieldIndex(name); };
    const int id = col("共通ID");
    const int name = col("施設・場所名");
    const int address = col("住所");
    const int hazards[5] = {col("洪水"), col("崖崩れ、土石流及び地滑り"), col("地震"), col("大規模な火事"), col("内水氾濫")};
    if (name < 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "features lack the property 施設・場所名 (facility name)"), session.fileName());
    const bool emergency = hazards[0] >= 0;
    const QString kind = emergency ? QStringLiteral("emergency") : QStringLiteral("evacuation");

    QString crs = session.options().crs;
    if (crs.isEmpty())
        crs = ogr::crsString(layer->GetSpatialRef());
    if (crs.isEmpty())
        crs = QStringLiteral("EPSG:4326");
    auto transform = session.transformFrom(crs);
    if (!transform)
        return transform.error();
    auto sink = session.layer(contracts::shelters());
    if (!sink)
        return sink.error();

    layer->ResetReading();
    qint64 index = 0;
    for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++index;
        const QString shelterName = ogr::fieldText(f.get(), name);
        const QString where = session.whereFeature(shelterName.isEmpty() ? QStringLiteral("#%1").arg(index)
                                                                         : QStringLiteral("#%1 (%2)").arg(index).arg(shelterName));
        if (shelterName.isEmpty()) {
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "施設・場所名 (name) is empty")); !s)
                return s;
            continue;
        }
        auto geometry = ogr::toGeometry(f->GetGeometryRef());
        if (!geometry || geometry->type() != geo::GeometryType::Point) {
            if (auto s = session.badRow(where, geometry ? QCoreApplication::translate("DataIo", "geometry is not a Point")
                                                        : QCoreApplication::translate("DataIo", "missing coordinates (%1)").arg(geometry.error().message));
                !s)
                return s;
            continue;
        }
        geo::Point p = geometry->points()[0];
        if (!ImportSession::insideJapan(p.x, p.y)) {
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "position outside Japan (longitude %1, latitude %2)").arg(p.x).arg(p.y)); !s)
                return s;
            continue;
        }
        const double lon = p.x;
        const double lat = p.y;
        if (!transform.value()->forward(p)) {
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "position cannot be transformed")); !s)
                return s;
            continue;
        }
        QString sourceId = ogr::fieldText(f.get(), id);
        if (sourceId.isEmpty()) // no 共通ID: name + position rounded to about 1 m (1e-5 degree)
            sourceId = QStringLiteral("gsi:%1@%2,%3").arg(shelterName).arg(std::round(lat * 1e5) / 1e5, 0, 'f', 5)
                           .arg(std::round(lon * 1e5) / 1e5, 0, 'f', 5);
        std::vector<QVariant> flags(5);
        QString badFlag;
        for (int h = 0; h < 5 && emergency; ++h) {
            if (hazards[h] < 0)
                continue;
            bool ok = true;
            const QString text = ogr::fieldText(f.get(), hazards[h]);
            flags[h] = parseFlag(text, &ok);
            if (!ok)
                badFlag = QCoreApplication::translate("DataIo", "%1: \"%2\" is not a hazard mark (1 or empty)")
                              .arg(QString::fromUtf8(defn->GetFieldDefn(hazards[h])->GetNameRef()), text);
        }
        if (!badFlag.isEmpty()) {
            if (auto s = session.badRow(where, badFlag); !s)
                return s;
            continue;
        }
        const QString addr = ogr::fieldText(f.get(), address);
        std::vector<QVariant> values{sourceId, shelterName, QVariant(), kind, QVariant(),
                                     addr.isEmpty() ? QVariant() : QVariant(addr),
                                     flags[0], flags[1], flags[2], flags[3], flags[4]};
        if (auto s = sink.value()->write(geo::Geometry::point(p), values); !s) {
            if (auto b = session.badRow(where, s.error().message); !b)
                return b;
        }
    }
    if (index == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "the feature collection is empty"), session.fileName());
    return {};
}

} // namespace ct::dataio
