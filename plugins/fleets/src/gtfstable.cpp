// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/gtfstable.h"

#include <QCoreApplication>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <mutex>

namespace ct::fleets {

using core::Error;

QString GtfsTable::value(const Row &row, const QString &name) const
{
    return value(row, column(name));
}

core::Result<GtfsTable> GtfsTable::read(const QString &vsiDirectory, const QString &member)
{
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    // GTFS members end in .txt, which the CSV driver only takes with the "CSV:" prefix.
    const QByteArray path = (QStringLiteral("CSV:") + vsiDirectory + QLatin1Char('/') + member).toUtf8();
    const char *drivers[] = {"CSV", nullptr};
    const char *options[] = {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "GEOM_POSSIBLE_NAMES=__none__",
                             "X_POSSIBLE_NAMES=__none__", "Y_POSSIBLE_NAMES=__none__", "EMPTY_STRING_AS_NULL=NO", nullptr};
    CPLErrorReset();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    if (!dataset || dataset->GetLayerCount() < 1)
        return Error::invalidInput(QCoreApplication::translate("Fleets", "GDAL cannot read the file as CSV: %1")
                                       .arg(QString::fromUtf8(CPLGetLastErrorMsg())),
                                   member);
    GtfsTable table;
    table.m_fileName = member;
    OGRLayer *layer = dataset->GetLayer(0);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        QString name = QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        table.m_header << name;
        table.m_columns.insert(name, i);
    }
    layer->ResetReading();
    int row = 0;
    for (auto &feature : *layer) {
        ++row;
        Row r;
        r.line = feature->GetFID() > 0 ? int(feature->GetFID()) + 1 : row + 1;
        bool blank = true;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            r.cells << (feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)).trimmed() : QString());
            blank = blank && r.cells.back().isEmpty();
        }
        if (!blank)
            table.m_rows.push_back(std::move(r));
    }
    return table;
}

} // namespace ct::fleets
