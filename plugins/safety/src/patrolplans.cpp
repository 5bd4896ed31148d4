// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/patrolplans.h"

#include "ct/safety/geometryutil.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ct::safety {

using core::Error;

core::Result<qint64> PatrolPlans::save(store::TwinStore &twin, const core::Actor &actor, const PatrolRoute &route, const QDate &day,
                                       const QString &policeBox)
{
    if (route.polyline.size() < 2)
        return Error::invalidInput(QCoreApplication::translate("Safety", "the patrol route is empty"), QStringLiteral("route"));
    if (!day.isValid())
        return Error::invalidInput(QCoreApplication::translate("Safety", "a patrol plan needs a day"), QStringLiteral("day"));
    qint64 fid = 0;
    const core::Status done = twin.perform(actor, QStringLiteral("safety.patrol.plan"), layerName(),
        [&](store::TwinStore &t, QJsonObject &, QJsonObject &after) -> core::Status {
            if (!t.hasLayer(layerName())) {
                using Type = store::FieldDefinition::Type;
                store::LayerDefinition d;
                d.name = layerName();
                d.geometryType = geo::GeometryType::LineString;
                d.title = QStringLiteral("Planned patrols");
                d.description = QStringLiteral("パトロール計画");
                d.fields = {{QStringLiteral("day"), Type::Text, true}, {QStringLiteral("police_box"), Type::Text},
                            {QStringLiteral("seconds"), Type::Real}, {QStringLiteral("metres"), Type::Real},
                            {QStringLiteral("hotspots"), Type::Text}, {QStringLiteral("planned_by"), Type::Text}};
                if (core::Status s = t.createLayer(d); !s)
                    return s;
            }
            auto writer = t.writer(layerName(), {QStringLiteral("day"), QStringLiteral("police_box"), QStringLiteral("seconds"),
                                                 QStringLiteral("metres"), QStringLiteral("hotspots"), QStringLiteral("planned_by")});
            if (!writer)
                return writer.error();
            QStringList ranks;
            for (int r : route.hotspotRanks)
                ranks << QString::number(r);
            auto inserted = writer->insert(geo::Geometry::lineString(route.polyline),
                                           {day.toString(Qt::ISODate), policeBox, route.totalSeconds(), route.metres,
                                            ranks.join(QLatin1Char(',')), actor.operatorName});
            if (!inserted)
                return inserted.error();
            fid = inserted.value();
            after = QJsonObject{{QStringLiteral("fid"), fid}, {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                {QStringLiteral("seconds"), route.totalSeconds()}, {QStringLiteral("hotspots"), ranks.join(QLatin1Char(','))}};
            return writer->finish();
        });
    if (!done)
        return done.error();
    return fid;
}

core::Result<std::vector<PatrolPlans::Plan>> PatrolPlans::plans(const store::TwinStore &twin, const QDate &day)
{
    std::vector<Plan> result;
    if (!twin.hasLayer(layerName()))
        return result;
    auto table = twin.read(layerName(), {QStringLiteral("day"), QStringLiteral("police_box"), QStringLiteral("seconds")});
    if (!table)
        return table.error();
    for (std::size_t i = 0; i < table->size(); ++i) {
        Plan p;
        p.fid = table->fids[i];
        p.day = QDate::fromString(table->columns[0][i].toString(), Qt::ISODate);
        if (day.isValid() && p.day != day)
            continue;
        p.policeBox = table->columns[1][i].toString();
        p.seconds = table->columns[2][i].toDouble();
        const auto points = table->geometries[i].points();
        p.polyline.assign(points.begin(), points.end());
        result.push_back(std::move(p));
    }
    return result;
}

std::vector<Hotspot> PatrolPlans::uncovered(const std::vector<Hotspot> &hotspots, const std::vector<Plan> &plans, double radiusMetres)
{
    std::vector<Hotspot> result;
    for (const Hotspot &h : hotspots) {
        bool covered = false;
        for (const Plan &p : plans) {
            for (std::size_t i = 0; !covered && i + 1 < p.polyline.size(); ++i)
                covered = distanceToSegment(h.peak, p.polyline[i], p.polyline[i + 1]) <= radiusMetres;
            if (covered)
                break;
        }
        if (!covered)
            result.push_back(h);
    }
    return result;
}

core::Result<int> PatrolPlans::raiseUnpatrolled(store::TwinStore &twin, const std::vector<Hotspot> &uncovered, const QDate &day)
{
    // A hotspot raised already for this day (its peak within the cover radius of one raised)
    // is not raised again: pressing the button twice, or a second operator, adds no duplicate.
    std::vector<geo::Point> raisedPeaks;
    {
        store::SqlStatement q(twin.handle(),
                           "SELECT json_extract(payload_json, '$.peak_x'), json_extract(payload_json, '$.peak_y') FROM ct_event_log "
                           "WHERE source = 'safety' AND kind = 'hotspot-unpatrolled' AND json_extract(payload_json, '$.day') = ?");
        if (!q.isValid())
            return q.failure(QStringLiteral("ct_event_log"));
        q.bind(1, day.toString(Qt::ISODate));
        while (q.next())
            raisedPeaks.push_back({q.real(0), q.real(1)});
    }
    std::optional<store::Transaction> tx;   // all of them or none (inside the caller's, if open)
    if (!twin.inTransaction())
        tx.emplace(twin);
    int raised = 0;
    for (const Hotspot &h : uncovered) {
        const bool already = std::any_of(raisedPeaks.begin(), raisedPeaks.end(), [&](geo::Point p) {
            return std::hypot(p.x - h.peak.x, p.y - h.peak.y) <= kCoverMetres;
        });
        if (already)
            continue;
        const QJsonObject payload{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("rank"), h.rank},
                                  {QStringLiteral("peak_x"), h.peak.x},
                                  {QStringLiteral("peak_y"), h.peak.y},
                                  {QStringLiteral("peak_density_per_km2"), h.peakDensity},
                                  {QStringLiteral("message"), QCoreApplication::translate("Safety", "Hotspot %1 has no patrol planned for %2")
                                                                  .arg(h.rank).arg(day.toString(Qt::ISODate))}};
        if (core::Status s = twin.appendEvent(QStringLiteral("safety"), QStringLiteral("hotspot-unpatrolled"), payload); !s)
            return s.error();
        raisedPeaks.push_back(h.peak);
        ++raised;
    }
    if (tx)
        if (core::Status s = tx->commit(); !s)
            return s.error();
    return raised;
}

} // namespace ct::safety
