// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/areacatalogue.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/csvtable.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <ogr_geometry.h>

#include <cmath>
#include <numbers>

namespace ct::safety {

using core::Error;
using core::Status;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

const QStringList kFields{QStringLiteral("area_id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("name_en"),
                          QStringLiteral("subscribers"), QStringLiteral("centre_x"), QStringLiteral("centre_y"),
                          QStringLiteral("radius_m"), QStringLiteral("district_fid")};

store::LayerDefinition layerDefinition()
{
    using Type = store::FieldDefinition::Type;
    store::LayerDefinition d;
    d.name = AreaCatalogue::layerName();
    d.geometryType = geo::GeometryType::MultiPolygon;
    d.title = QStringLiteral("Safety subscription areas");
    d.description = QStringLiteral("安全・安心情報の配信区域");
    d.fields = {{QStringLiteral("area_id"), Type::Text, true}, {QStringLiteral("kind"), Type::Text, true},
                {QStringLiteral("name"), Type::Text, true},    {QStringLiteral("name_en"), Type::Text},
                {QStringLiteral("subscribers"), Type::Integer, true}, {QStringLiteral("centre_x"), Type::Real},
                {QStringLiteral("centre_y"), Type::Real},      {QStringLiteral("radius_m"), Type::Real},
                {QStringLiteral("district_fid"), Type::Integer}};
    d.stableIdField = QStringLiteral("area_id");
    return d;
}

geo::Geometry asMultiPolygon(const geo::Geometry &g)
{
    if (g.type() == geo::GeometryType::MultiPolygon)
        return g;
    std::vector<std::vector<std::vector<geo::Point>>> parts;
    for (int part = 0; part < g.partCount(); ++part) {
        std::vector<std::vector<geo::Point>> rings;
        for (int r = g.firstRingOfPart(part); r < g.endRingOfPart(part); ++r) {
            const auto ring = g.ring(r);
            rings.emplace_back(ring.begin(), ring.end());
        }
        parts.push_back(std::move(rings));
    }
    return geo::Geometry::multiPolygon(parts);
}

/// WKT (WGS84 lon/lat) → EPSG:6677 polygon; an error text when it is not a valid (multi)polygon.
geo::Geometry polygonFromWkt(const QString &wkt, const geo::CrsTransform &toTwin, QString *problem)
{
    OGRGeometry *parsed = nullptr;
    const QByteArray utf8 = wkt.toUtf8();
    if (OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &parsed) != OGRERR_NONE || !parsed) {
        *problem = tr("wkt is not well-formed WKT");
        return {};
    }
    std::unique_ptr<OGRGeometry> owner(parsed);
    const auto type = wkbFlatten(parsed->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon) {
        *problem = tr("wkt must be a POLYGON or MULTIPOLYGON");
        return {};
    }
    if (parsed->IsEmpty() || !parsed->IsValid()) {
        *problem = tr("the polygon is empty or invalid (self-intersecting?)");
        return {};
    }
    std::vector<std::vector<std::vector<geo::Point>>> parts;
    auto addPolygon = [&](const OGRPolygon *poly) {
        std::vector<std::vector<geo::Point>> rings;
        for (int r = -1; r < poly->getNumInteriorRings(); ++r) {
            const OGRLinearRing *ring = r < 0 ? poly->getExteriorRing() : poly->getInteriorRing(r);
            std::vector<geo::Point> points;
            for (int i = 0; i < ring->getNumPoints(); ++i)
                points.push_back({ring->getX(i), ring->getY(i)});
            rings.push_back(std::move(points));
        }
        parts.push_back(std::move(rings));
    };
    if (type == wkbPolygon) {
        addPolygon(parsed->toPolygon());
    } else {
        for (const OGRPolygon *poly : *parsed->toMultiPolygon())
            addPolygon(poly);
    }
    geo::Geometry g = geo::Geometry::multiPolygon(parts);
    for (const geo::Point &p : g.points()) {
        if (p.x < -180 || p.x > 180 || p.y < -90 || p.y > 90) {
            *problem = tr("wkt coordinates must be WGS84 longitude/latitude");
            return {};
        }
    }
    if (!toTwin.forward(g)) {
        *problem = tr("the polygon cannot be transformed to the twin's CRS");
        return {};
    }
    return g;
}

} // namespace

geo::Geometry AreaCatalogue::circle(geo::Point centre, double radiusMetres)
{
    std::vector<geo::Point> ring;
    constexpr int kSides = 72;
    for (int i = 0; i <= kSides; ++i) {
        const double a = 2.0 * std::numbers::pi * (i % kSides) / kSides;
        ring.push_back({centre.x + radiusMetres * std::cos(a), centre.y + radiusMetres * std::sin(a)});
    }
    return geo::Geometry::multiPolygon({{ring}});
}

core::Result<std::vector<SubscriptionArea>> AreaCatalogue::read(const store::TwinStore &twin)
{
    std::vector<SubscriptionArea> areas;
    if (!twin.hasLayer(layerName()))
        return areas;
    auto table = twin.read(layerName(), kFields);
    if (!table)
        return table.error();
    areas.reserve(table->size());
    for (std::size_t i = 0; i < table->size(); ++i) {
        SubscriptionArea a;
        a.areaId = table->columns[0][i].toString();
        if (!areaKindFromKey(table->columns[1][i].toString(), &a.kind))
            continue;
        a.name = table->columns[2][i].toString();
        a.nameEn = table->columns[3][i].toString();
        a.subscribers = table->columns[4][i].toLongLong();
        a.centre = {table->columns[5][i].toDouble(), table->columns[6][i].toDouble()};
        a.radiusMetres = table->columns[7][i].toDouble();
        if (!table->columns[8][i].isNull() && table->columns[8][i].isValid())
            a.districtFid = table->columns[8][i].toLongLong();
        a.polygon = std::move(table->geometries[i]);
        areas.push_back(std::move(a));
    }
    return areas;
}

Status AreaCatalogue::write(store::TwinStore &twin, const std::vector<SubscriptionArea> &areas)
{
    if (!twin.hasLayer(layerName()))
        if (Status created = twin.createLayer(layerDefinition()); !created)
            return created;
    auto writer = twin.writer(layerName(), kFields);
    if (!writer)
        return writer.error();
    for (const SubscriptionArea &a : areas) {
        const bool radius = a.kind == SubscriptionArea::Kind::Radius;
        const geo::Geometry shape = radius ? circle(a.centre, a.radiusMetres) : asMultiPolygon(a.polygon);
        std::vector<QVariant> values{a.areaId, areaKindKey(a.kind), a.name, a.nameEn.isEmpty() ? QVariant() : QVariant(a.nameEn),
                                     a.subscribers, radius ? QVariant(a.centre.x) : QVariant(), radius ? QVariant(a.centre.y) : QVariant(),
                                     radius ? QVariant(a.radiusMetres) : QVariant(),
                                     a.districtFid ? QVariant(*a.districtFid) : QVariant()};
        auto inserted = writer->insert(shape, values);
        if (!inserted)
            return inserted.error();
    }
    return writer->finish();
}

Status AreaCatalogue::add(store::TwinStore &twin, const core::Actor &actor, const SubscriptionArea &area)
{
    if (area.areaId.trimmed().isEmpty() || area.name.trimmed().isEmpty())
        return Error::invalidInput(tr("an area needs an id and a name"), QStringLiteral("area_id"));
    if (area.subscribers < 0)
        return Error::invalidInput(tr("subscribers must be 0 or more"), QStringLiteral("subscribers"));
    if (area.kind == SubscriptionArea::Kind::Radius ? !(area.radiusMetres > 0) : area.polygon.isEmpty())
        return Error::invalidInput(tr("the area has no shape"), QStringLiteral("shape"));
    return twin.perform(actor, QStringLiteral("safety.areas.import"), QStringLiteral("safety_areas/%1").arg(area.areaId),
                        [&](store::TwinStore &t, QJsonObject &, QJsonObject &after) -> Status {
                            after = QJsonObject{{QStringLiteral("area_id"), area.areaId},
                                                {QStringLiteral("kind"), areaKindKey(area.kind)},
                                                {QStringLiteral("subscribers"), area.subscribers}};
                            return write(t, {area});
                        });
}

core::Result<std::vector<SubscriptionArea>> AreaCatalogue::parseCsv(const store::TwinStore &twin, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    auto csv = CsvTable::read(path);
    if (!csv)
        return csv.error();
    const QStringList required{QStringLiteral("area_id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("subscribers")};
    for (const QString &column : required)
        if (csv->column(column) < 0)
            return Error::invalidInput(tr("the header has no column \"%1\"").arg(column), QStringLiteral("%1:1").arg(file));
    auto toTwin = geo::CrsTransform::create(4326, 6677);
    if (!toTwin)
        return toTwin.error();
    // School districts by fid and by school name.
    QHash<qint64, geo::Geometry> districtsByFid;
    QHash<QString, qint64> districtsByName;
    if (twin.hasLayer(QStringLiteral("school_districts"))) {
        auto table = twin.read(QStringLiteral("school_districts"), {QStringLiteral("school_name")});
        if (!table)
            return table.error();
        for (std::size_t i = 0; i < table->size(); ++i) {
            districtsByFid.insert(table->fids[i], table->geometries[i]);
            districtsByName.insert(table->columns[0][i].toString(), table->fids[i]);
        }
    }
    auto cell = [&](const CsvTable::Row &row, const char *column) {
        const int c = csv->column(QLatin1String(column));
        return c < 0 || c >= row.cells.size() ? QString() : row.cells[c];
    };
    std::vector<SubscriptionArea> areas;
    QStringList problems;
    QSet<QString> seen;
    for (const CsvTable::Row &row : csv->rows()) {
        const QString where = QStringLiteral("%1:%2").arg(file).arg(row.line);
        auto problem = [&](const QString &text) { problems << QStringLiteral("%1: %2").arg(where, text); };
        SubscriptionArea a;
        a.areaId = cell(row, "area_id");
        a.name = cell(row, "name");
        a.nameEn = cell(row, "name_en");
        if (a.areaId.isEmpty()) {
            problem(tr("area_id is empty"));
            continue;
        }
        if (seen.contains(a.areaId)) {
            problem(tr("area_id \"%1\" appears twice").arg(a.areaId));
            continue;
        }
        seen.insert(a.areaId);
        if (a.name.isEmpty()) {
            problem(tr("name is empty"));
            continue;
        }
        if (!areaKindFromKey(cell(row, "kind"), &a.kind)) {
            problem(tr("kind \"%1\" is not school-district, neighbourhood, polygon or radius").arg(cell(row, "kind")));
            continue;
        }
        bool ok = false;
        a.subscribers = cell(row, "subscribers").normalized(QString::NormalizationForm_KC).toLongLong(&ok);
        if (!ok || a.subscribers < 0) {
            problem(tr("subscribers \"%1\" is not a whole number of 0 or more").arg(cell(row, "subscribers")));
            continue;
        }
        switch (a.kind) {
        case SubscriptionArea::Kind::SchoolDistrict: {
            const QString district = cell(row, "district");
            bool isFid = false;
            const qint64 fid = district.toLongLong(&isFid);
            const qint64 found = isFid && districtsByFid.contains(fid) ? fid : districtsByName.value(district, -1);
            if (found < 0) {
                problem(tr("district \"%1\" is not a school district of this twin").arg(district));
                continue;
            }
            a.districtFid = found;
            a.polygon = districtsByFid.value(found);
            break;
        }
        case SubscriptionArea::Kind::Neighbourhood:
        case SubscriptionArea::Kind::Polygon: {
            QString why;
            if (cell(row, "wkt").isEmpty()) {
                problem(tr("wkt is empty"));
                continue;
            }
            a.polygon = polygonFromWkt(cell(row, "wkt"), toTwin.value(), &why);
            if (a.polygon.isEmpty()) {
                problem(why);
                continue;
            }
            break;
        }
        case SubscriptionArea::Kind::Radius: {
            bool okLon = false, okLat = false, okRadius = false;
            geo::Point centre{cell(row, "lon").toDouble(&okLon), cell(row, "lat").toDouble(&okLat)};
            a.radiusMetres = cell(row, "radius_m").toDouble(&okRadius);
            if (!okLon || !okLat || centre.x < -180 || centre.x > 180 || centre.y < -90 || centre.y > 90) {
                problem(tr("lon/lat must be WGS84 degrees"));
                continue;
            }
            if (!okRadius || !(a.radiusMetres > 0) || !std::isfinite(a.radiusMetres)) {
                problem(tr("radius_m must be a number of metres above 0"));
                continue;
            }
            if (!toTwin->forward(centre)) {
                problem(tr("the centre cannot be transformed to the twin's CRS"));
                continue;
            }
            a.centre = centre;
            break;
        }
        }
        areas.push_back(std::move(a));
    }
    if (!problems.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("Safety", "%n row(s) are wrong; nothing was imported:\n", nullptr, int(problems.size())) + problems.join(QLatin1Char('\n')),
                                   file);
    if (areas.empty())
        return Error::invalidInput(tr("the file has no areas"), file);
    return areas;
}

core::Result<qint64> AreaCatalogue::importCsv(store::TwinStore &twin, const core::Actor &actor, const QString &path)
{
    // Refused before the file is even read when the actor may not import.
    if (Status may = twin.mayPerform(actor, QStringLiteral("safety.areas.import"), QStringLiteral("safety_areas")); !may)
        return may.error();
    auto parsed = parseCsv(twin, path);
    if (!parsed)
        return parsed.error();
    const std::vector<SubscriptionArea> &areas = parsed.value();
    const QString file = QFileInfo(path).fileName();
    qint64 subscribers = 0;
    for (const auto &a : areas)
        subscribers += a.subscribers;
    const Status done = twin.perform(actor, QStringLiteral("safety.areas.import"), QStringLiteral("safety_areas"),
                                     [&](store::TwinStore &t, QJsonObject &, QJsonObject &after) -> Status {
                                         after = QJsonObject{{QStringLiteral("file"), file},
                                                             {QStringLiteral("areas"), qint64(areas.size())},
                                                             {QStringLiteral("subscribers"), subscribers}};
                                         return write(t, areas);
                                     });
    if (!done)
        return done.error();
    return qint64(areas.size());
}

} // namespace ct::safety
