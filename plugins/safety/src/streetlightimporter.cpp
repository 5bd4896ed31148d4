// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/streetlightimporter.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/cityboundary.h"
#include "ct/safety/csvtable.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace ct::safety {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

const QStringList kLon{QStringLiteral("lon"), QStringLiteral("longitude"), QStringLiteral("経度")};
const QStringList kLat{QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("緯度")};
const QStringList kId{QStringLiteral("light_id"), QStringLiteral("id"), QStringLiteral("管理番号")};

int firstColumn(const CsvTable &csv, const QStringList &names)
{
    for (const QString &n : names)
        if (int c = csv.column(n); c >= 0)
            return c;
    return -1;
}

} // namespace

QString StreetlightImporter::title() const
{
    return tr("Streetlight sites (CSV, replace the generated ones)");
}

int StreetlightImporter::confidence(const QString &path) const
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return 0;
    auto csv = CsvTable::read(path);
    if (!csv || firstColumn(csv.value(), kLon) < 0 || firstColumn(csv.value(), kLat) < 0)
        return 0;
    const QString name = QFileInfo(path).fileName().toLower();
    const bool named = name.contains(QLatin1String("streetlight")) || name.contains(QStringLiteral("街路灯"))
        || name.contains(QStringLiteral("防犯灯")) || csv->column(QStringLiteral("light_id")) >= 0;
    return named ? 85 : 0;
}

core::Result<plugin::ImportSummary> StreetlightImporter::import(store::TwinStore &store, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    auto csv = CsvTable::read(path);
    if (!csv)
        return csv.error();
    const int lonColumn = firstColumn(csv.value(), kLon);
    const int latColumn = firstColumn(csv.value(), kLat);
    const int idColumn = firstColumn(csv.value(), kId);
    if (lonColumn < 0 || latColumn < 0)
        return Error::invalidInput(tr("the header needs longitude and latitude columns (lon, lat or 経度, 緯度)"), QStringLiteral("%1:1").arg(file));
    auto boundary = CityBoundary::fromTwin(store);
    if (!boundary)
        return Error::invalidInput(tr("the twin has no city boundary to check the sites against"), file);
    auto toTwin = geo::CrsTransform::create(4326, 6677);
    if (!toTwin)
        return toTwin.error();

    plugin::ImportSummary summary;
    summary.file = path;
    summary.layer = layerName();
    std::vector<std::pair<qint64, geo::Point>> lights;
    for (const CsvTable::Row &row : csv->rows()) {
        const QString where = QStringLiteral("%1:%2").arg(file).arg(row.line);
        bool okLon = false, okLat = false;
        const double lon = row.cells.value(lonColumn).toDouble(&okLon);
        const double lat = row.cells.value(latColumn).toDouble(&okLat);
        QString problem;
        geo::Point p{lon, lat};
        if (!okLon || !okLat)
            problem = tr("no readable longitude/latitude");
        else if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            problem = tr("longitude/latitude out of range");
        else if (!toTwin->forward(p))
            problem = tr("cannot be transformed to the twin's CRS");
        else if (!boundary->contains(p))
            problem = tr("outside the city");
        if (!problem.isEmpty()) {
            summary.skippedReasons << QStringLiteral("%1: %2").arg(where, problem);
            ++summary.skipped;
            continue;
        }
        bool okId = false;
        const qint64 id = idColumn >= 0 ? row.cells.value(idColumn).toLongLong(&okId) : 0;
        lights.emplace_back(okId ? id : qint64(row.line), p);
    }
    if (lights.empty())
        return Error::invalidInput(tr("no usable streetlight site in the file (%1 rows skipped)").arg(summary.skipped), file);

    // Replace, not add to, the generator's sites.
    if (!store.hasLayer(layerName())) {
        store::LayerDefinition d;
        d.name = layerName();
        d.geometryType = geo::GeometryType::Point;
        d.title = QStringLiteral("Streetlights");
        d.description = QStringLiteral("街路灯");
        d.fields = {{QStringLiteral("light_id"), store::FieldDefinition::Type::Integer}};
        if (core::Status created = store.createLayer(d); !created)
            return created.error();
    } else {
        store::SqlStatement clear(store.handle(), "DELETE FROM streetlights");
        if (!clear.isValid() || !clear.exec())
            return clear.failure(layerName());
    }
    auto writer = store.writer(layerName(), {QStringLiteral("light_id")});
    if (!writer)
        return writer.error();
    for (const auto &[id, p] : lights)
        if (auto inserted = writer->insert(geo::Geometry::point(p), {id}); !inserted)
            return inserted.error();
    if (core::Status finished = writer->finish(); !finished)
        return finished.error();
    summary.imported = qint64(lights.size());
    return summary;
}

} // namespace ct::safety
