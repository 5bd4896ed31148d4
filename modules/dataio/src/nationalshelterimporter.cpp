// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/dataio/nationalshelterimporter.h"

#include "csvsource.h"
#include "hazardflag.h"

#include "ct/dataio/importsession.h"
#include "ct/dataio/layercontracts.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::dataio {

using core::Error;

core::Status NationalShelterImporter::run(ImportSession &session)
{
    auto source = CsvSource::open(session, false);
    if (!source)
        return source.error();
    CsvSource &csv = *source.value();
    auto col = [&](const char *name) { return csv.fieldIndex({QString::fromUtf8(name)}); };
    const int id = col("ID");
    const int name = col("名称");
    const int nameEn = col("名称_英字");
    const int address = col("所在地_連結表記");
    const int pref = col("所在地_都道府県");
    const int city = col("所在地_市区町村");
    const int town = col("所在地_町字");
    const int rest = col("所在地_番地以下");
    const int lat = col("緯度");
    const int lon = col("経度");
    const int capacity = col("想定収容人数");
    const int hazards[5] = {col("災害種別_洪水"), col("災害種別_崖崩れ、土石流及び地滑り"), col("災害種別_地震"),
                            col("災害種別_大規模な火事"), col("災害種別_内水氾濫")};
    QStringList missing;
    if (id < 0) missing << QStringLiteral("ID");
    if (name < 0) missing << QStringLiteral("名称");
    if (lat < 0) missing << QStringLiteral("緯度");
    if (lon < 0) missing << QStringLiteral("経度");
    if (!missing.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("DataIo", "header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))),
                                   session.where(1));
    const bool emergency = hazards[0] >= 0 || hazards[2] >= 0;
    const QString kind = emergency ? QStringLiteral("emergency") : QStringLiteral("evacuation");

    auto sink = session.layer(contracts::shelters());
    if (!sink)
        return sink.error();
    OGRLayer *layer = csv.layer();
    layer->ResetReading();
    qint64 rows = 0;
    for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ++rows;
        const QString where = session.where(CsvSource::lineOf(f.get()));
        const QString sourceId = ogr::fieldText(f.get(), id);
        if (sourceId.isEmpty()) {
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "ID is empty")); !s)
                return s;
            continue;
        }
        const QString shelterName = ogr::fieldText(f.get(), name);
        if (shelterName.isEmpty()) {
            if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "名称 (name) is empty")); !s)
                return s;
            continue;
        }
        auto point = pointFromLonLat(session, ogr::fieldText(f.get(), lon), ogr::fieldText(f.get(), lat));
        if (!point) {
            if (auto s = session.badRow(where, point.error().message); !s)
                return s;
            continue;
        }
        QVariant cap;
        const QString capText = ogr::fieldText(f.get(), capacity);
        if (!capText.isEmpty()) {
            double v = 0.0;
            if (!ogr::parseNumber(capText, &v) || v < 0 || v != std::floor(v)) {
                if (auto s = session.badRow(where, QCoreApplication::translate("DataIo", "想定収容人数 (capacity) \"%1\" is not a whole number of people").arg(capText)); !s)
                    return s;
                continue;
            }
            cap = qlonglong(v);
        }
        std::vector<QVariant> flags(5);
        QString badFlag;
        for (int h = 0; h < 5; ++h) {
            if (hazards[h] < 0)
                continue;
            bool ok = true;
            const QString text = ogr::fieldText(f.get(), hazards[h]);
            flags[h] = parseFlag(text, &ok);
            if (!ok)
                badFlag = QCoreApplication::translate("DataIo", "%1: \"%2\" is not a hazard mark (1, ○ or empty)")
                              .arg(QString::fromUtf8(layer->GetLayerDefn()->GetFieldDefn(hazards[h])->GetNameRef()), text);
        }
        if (!badFlag.isEmpty()) {
            if (auto s = session.badRow(where, badFlag); !s)
                return s;
            continue;
        }
        QString addr = ogr::fieldText(f.get(), address);
        if (addr.isEmpty())
            addr = ogr::fieldText(f.get(), pref) + ogr::fieldText(f.get(), city) + ogr::fieldText(f.get(), town)
                 + ogr::fieldText(f.get(), rest);
        const QString en = ogr::fieldText(f.get(), nameEn);
        std::vector<QVariant> values{sourceId, shelterName, en.isEmpty() ? QVariant() : QVariant(en), kind, cap,
                                     addr.isEmpty() ? QVariant() : QVariant(addr),
                                     flags[0], flags[1], flags[2], flags[3], flags[4]};
        if (auto s = sink.value()->write(point.value(), values); !s) {
            if (auto b = session.badRow(where, s.error().message); !b)
                return b;
        }
    }
    if (rows == 0)
        return Error::invalidInput(QCoreApplication::translate("DataIo", "no data rows after the header"), session.fileName());
    return {};
}

} // namespace ct::dataio
