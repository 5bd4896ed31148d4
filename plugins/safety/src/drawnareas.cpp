// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/drawnareas.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/areacatalogue.h"
#include "ct/safety/cityboundary.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <ogr_geometry.h>

#include <cmath>

namespace ct::safety {

using core::Error;
using core::Status;

namespace {

// The area kinds as the panel lists them (qsTranslate("SafetyAreaKind", key)).
[[maybe_unused]] const char *const kAreaKindNames[] = {
    QT_TRANSLATE_NOOP("SafetyAreaKind", "school-district"), QT_TRANSLATE_NOOP("SafetyAreaKind", "neighbourhood"),
    QT_TRANSLATE_NOOP("SafetyAreaKind", "polygon"), QT_TRANSLATE_NOOP("SafetyAreaKind", "radius")};

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

/// The outer ring of a drawn polygon, without the closing point and repeated corners.
std::vector<geo::Point> outerRing(const geo::Geometry &g)
{
    std::vector<geo::Point> ring;
    if (g.isEmpty() || g.ringCount() < 1)
        return ring;
    for (const geo::Point &p : g.ring(0))
        if (ring.empty() || std::hypot(ring.back().x - p.x, ring.back().y - p.y) >= 0.01)
            ring.push_back(p);
    if (ring.size() > 1 && std::hypot(ring.front().x - ring.back().x, ring.front().y - ring.back().y) < 0.01)
        ring.pop_back();
    return ring;
}

QJsonArray lonLat(geo::Point p, const geo::CrsTransform &toWgs84)
{
    if (!toWgs84.forward(p))
        return {};
    // Seven decimals: about a centimetre, as drawn.
    return QJsonArray{std::round(p.x * 1e7) / 1e7, std::round(p.y * 1e7) / 1e7};
}

} // namespace

Status DrawnAreas::check(const store::TwinStore &twin, const SubscriptionArea &area)
{
    if (area.name.trimmed().isEmpty())
        return Error::invalidInput(tr("Give the area a name."), QStringLiteral("name"));
    if (area.subscribers < 0 || area.subscribers > kMaximumSubscribers)
        return Error::invalidInput(tr("The number of subscribers must be between 0 and %1.").arg(kMaximumSubscribers),
                                   QStringLiteral("subscribers"));
    auto boundary = CityBoundary::fromTwin(twin);
    if (!boundary)
        return Error::invalidInput(tr("The twin has no city boundary, so an area cannot be checked to lie in the city."),
                                   QStringLiteral("boundary"));
    if (area.kind == SubscriptionArea::Kind::Radius) {
        if (!std::isfinite(area.radiusMetres) || area.radiusMetres < kMinimumRadiusMetres || area.radiusMetres > kMaximumRadiusMetres)
            return Error::invalidInput(tr("The radius must be between %1 m and %2 m (it is %3 m).")
                                           .arg(kMinimumRadiusMetres).arg(kMaximumRadiusMetres).arg(std::round(area.radiusMetres)),
                                       QStringLiteral("radius_m"));
        if (!boundary->contains(area.centre))
            return Error::invalidInput(tr("The centre (%1, %2) lies outside the city.").arg(area.centre.x, 0, 'f', 0).arg(area.centre.y, 0, 'f', 0),
                                       QStringLiteral("centre"));
        return Status::success();
    }
    if (area.kind != SubscriptionArea::Kind::Polygon)
        return Error::invalidInput(tr("Only polygons and radii are drawn."), QStringLiteral("kind"));
    const std::vector<geo::Point> ring = outerRing(area.polygon);
    if (ring.size() < 3)
        return Error::invalidInput(tr("A polygon needs at least three corners (it has %1).").arg(ring.size()), QStringLiteral("polygon"));
    OGRLinearRing ogrRing;
    for (const geo::Point &p : ring)
        ogrRing.addPoint(p.x, p.y);
    ogrRing.addPoint(ring.front().x, ring.front().y);
    OGRPolygon polygon;
    polygon.addRing(&ogrRing);
    // GEOS (through OGR) decides: a ring crossing or touching itself, or without area, is invalid.
    if (!polygon.IsValid() || !(polygon.get_Area() > 1.0))
        return Error::invalidInput(tr("The polygon crosses itself or has no area; draw its corners in order around the area."),
                                   QStringLiteral("polygon"));
    for (std::size_t i = 0; i < ring.size(); ++i)
        if (!boundary->contains(ring[i]))
            return Error::invalidInput(tr("Corner %1 (%2, %3) lies outside the city.").arg(i + 1).arg(ring[i].x, 0, 'f', 0).arg(ring[i].y, 0, 'f', 0),
                                       QStringLiteral("polygon"));
    return Status::success();
}

core::Result<QString> DrawnAreas::add(store::TwinStore &twin, const core::Actor &actor, SubscriptionArea area)
{
    area.name = area.name.trimmed();
    area.nameEn = area.nameEn.trimmed();
    if (Status ok = check(twin, area); !ok)
        return ok.error();
    if (area.kind == SubscriptionArea::Kind::Polygon) {
        std::vector<geo::Point> ring = outerRing(area.polygon);
        ring.push_back(ring.front());
        area.polygon = geo::Geometry::polygon({ring});
    }
    auto toWgs84 = geo::CrsTransform::create(6677, 4326);
    if (!toWgs84)
        return toWgs84.error();
    if (area.areaId.trimmed().isEmpty()) {
        // The next free "drawn-<n>".
        qint64 last = 0;
        auto existing = AreaCatalogue::read(twin);
        if (!existing)
            return existing.error();
        static const QRegularExpression kDrawnId(QStringLiteral("^drawn-(\\d+)$"));
        for (const SubscriptionArea &a : existing.value())
            if (const auto m = kDrawnId.match(a.areaId); m.hasMatch())
                last = std::max(last, m.captured(1).toLongLong());
        area.areaId = QStringLiteral("drawn-%1").arg(last + 1);
    }
    QJsonObject shape;
    if (area.kind == SubscriptionArea::Kind::Radius) {
        shape = {{QStringLiteral("centre_wgs84"), lonLat(area.centre, *toWgs84)}, {QStringLiteral("radius_m"), area.radiusMetres}};
    } else {
        QJsonArray ring;
        for (const geo::Point &p : area.polygon.ring(0))
            ring.append(lonLat(p, *toWgs84));
        shape = {{QStringLiteral("ring_wgs84"), ring}};
    }
    const Status done = twin.perform(actor, writeAction(), QStringLiteral("safety_areas/%1").arg(area.areaId),
        [&](store::TwinStore &t, QJsonObject &, QJsonObject &after) -> Status {
            after = QJsonObject{{QStringLiteral("area_id"), area.areaId},
                                {QStringLiteral("kind"), areaKindKey(area.kind)},
                                {QStringLiteral("name"), area.name},
                                {QStringLiteral("name_en"), area.nameEn},
                                {QStringLiteral("subscribers"), area.subscribers},
                                {QStringLiteral("shape"), shape}};
            return AreaCatalogue::write(t, {area});
        });
    if (!done)
        return done.error();
    return area.areaId;
}

Status DrawnAreas::remove(store::TwinStore &twin, const core::Actor &actor, const QString &areaId)
{
    auto areas = AreaCatalogue::read(twin);
    if (!areas)
        return areas.error();
    const auto found = std::find_if(areas->begin(), areas->end(), [&](const SubscriptionArea &a) { return a.areaId == areaId; });
    if (found == areas->end())
        return Error::notFound(tr("There is no area \"%1\".").arg(areaId), QStringLiteral("area_id"));
    return twin.perform(actor, writeAction(), QStringLiteral("safety_areas/%1").arg(areaId),
        [&](store::TwinStore &t, QJsonObject &before, QJsonObject &after) -> Status {
            before = QJsonObject{{QStringLiteral("area_id"), found->areaId},
                                 {QStringLiteral("kind"), areaKindKey(found->kind)},
                                 {QStringLiteral("name"), found->name},
                                 {QStringLiteral("subscribers"), found->subscribers}};
            after = QJsonObject{{QStringLiteral("deleted"), true}};
            store::SqlStatement q(t.handle(), "DELETE FROM safety_areas WHERE area_id = ?");
            if (!q.isValid())
                return q.failure(QStringLiteral("safety_areas"));
            q.bindNullable(1, areaId);
            if (!q.exec())
                return q.failure(QStringLiteral("safety_areas"));
            return Status::success();
        });
}

} // namespace ct::safety
