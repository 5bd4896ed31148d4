// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/publisher.h"

#include "ct/geo/crstransform.h"
#include "ct/safety/alert.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/areacatalogue.h"
#include "ct/safety/capwriter.h"
#include "ct/safety/locationgeneraliser.h"
#include "ct/safety/noticecomposer.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace ct::safety {

using core::Error;
using core::Status;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

int kindRank(SubscriptionArea::Kind kind)
{
    switch (kind) {
    case SubscriptionArea::Kind::Neighbourhood: return 0;
    case SubscriptionArea::Kind::SchoolDistrict: return 1;
    case SubscriptionArea::Kind::Polygon: return 2;
    case SubscriptionArea::Kind::Radius: return 3;
    }
    return 4;
}

double boxArea(const SubscriptionArea &a)
{
    if (a.kind == SubscriptionArea::Kind::Radius)
        return 4.0 * a.radiusMetres * a.radiusMetres;
    const geo::Envelope e = a.polygon.envelope();
    return e.width() * e.height();
}

} // namespace

std::vector<int> Publisher::orderForNotice(const AreaMatcher &areas, std::vector<int> matched)
{
    std::stable_sort(matched.begin(), matched.end(), [&](int a, int b) {
        const SubscriptionArea &x = areas.areas()[a];
        const SubscriptionArea &y = areas.areas()[b];
        if (kindRank(x.kind) != kindRank(y.kind))
            return kindRank(x.kind) < kindRank(y.kind);
        return boxArea(x) < boxArea(y);
    });
    return matched;
}

core::Result<CapMessage> Publisher::compose(const Alert &alert, const AreaMatcher &areas, const QDateTime &sent)
{
    auto toWgs84 = geo::CrsTransform::create(6677, 4326);
    if (!toWgs84)
        return toWgs84.error();
    const std::vector<int> matched = orderForNotice(areas, areas.match(alert.location));

    NoticeComposer::Input input;
    input.category = alert.category;
    input.occurredFrom = alert.occurredFrom;
    input.occurredTo = alert.occurredTo;
    if (!matched.empty()) {
        input.areaJa = areas.areas()[matched.front()].name;
        input.areaEn = areas.areas()[matched.front()].nameEn;
    }
    CapMessage m;
    m.notice = NoticeComposer::compose(input);
    m.identifier = QStringLiteral("citytwin-safety-%1-%2").arg(alert.id).arg(sent.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
    m.sender = sender();
    m.senderName = QStringLiteral("CityTwin 安全・安心情報 / CityTwin safety notices");
    m.sent = sent;
    m.category = alert.category;
    m.expires = sent.addDays(kValidDays);
    for (int index : matched) {
        const SubscriptionArea &area = areas.areas()[index];
        CapArea cap;
        cap.description = area.nameEn.isEmpty() ? area.name : QStringLiteral("%1 / %2").arg(area.name, area.nameEn);
        if (area.kind == SubscriptionArea::Kind::Radius) {
            geo::Point c = area.centre;
            if (!toWgs84->forward(c))
                return Error::internal(QStringLiteral("cannot transform area %1 to WGS84").arg(area.areaId));
            cap.circle = CapArea::Circle{c, area.radiusMetres / 1000.0};
        } else {
            for (int part = 0; part < area.polygon.partCount(); ++part) {
                const auto ring = area.polygon.ring(area.polygon.firstRingOfPart(part));  // outer ring only
                std::vector<geo::Point> points(ring.begin(), ring.end());
                if (!toWgs84->forward(std::span<geo::Point>(points)))
                    return Error::internal(QStringLiteral("cannot transform area %1 to WGS84").arg(area.areaId));
                cap.polygons.push_back(std::move(points));
            }
        }
        m.areas.push_back(std::move(cap));
    }
    if (m.areas.empty()) {
        // No subscription area holds the place: a 500 m circle around the generalised cell, so the
        // message still has an area without pointing at the exact place.
        geo::Point c = LocationGeneraliser::generalise(alert.location);
        if (!toWgs84->forward(c))
            return Error::internal(QStringLiteral("cannot transform alert %1 to WGS84").arg(alert.id));
        CapArea cap;
        cap.description = QStringLiteral("%1 / %2").arg(m.notice.placeJa, m.notice.placeEn);
        cap.circle = CapArea::Circle{c, 0.5};
        m.areas.push_back(std::move(cap));
    }
    return m;
}

Status Publisher::publish(store::TwinStore &twin, qint64 alertId, const QDateTime &now, QJsonObject &summary)
{
    // The exact place is read only to pick the areas; nothing of it goes into the notice.
    auto alert = AlertReader(twin).alert(core::Actor::system(QStringLiteral("safety-publisher")), alertId);
    if (!alert)
        return alert.error();
    auto areas = AreaCatalogue::read(twin);
    if (!areas)
        return areas.error();
    const AreaMatcher matcher(std::move(areas.value()));
    auto message = compose(alert.value(), matcher, now);
    if (!message)
        return message.error();
    const Notice &n = message->notice;
    sqlite3 *db = twin.handle();
    {
        SqlStatement q(db, "INSERT OR REPLACE INTO safety_notice (alert_id, published_at, place_ja, place_en, subject_ja, body_ja, "
                       "subject_en, body_en, cap_identifier, cap_xml, cancel_cap_xml) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
        if (!q.isValid())
            return q.failure(tr("cannot store the notice"));
        q.bind(1, alertId);
        q.bind(2, now.toUTC().toString(Qt::ISODate));
        q.bindNullable(3, n.placeJa);
        q.bindNullable(4, n.placeEn);
        q.bindNullable(5, n.subjectJa);
        q.bindNullable(6, n.bodyJa);
        q.bindNullable(7, n.subjectEn);
        q.bindNullable(8, n.bodyEn);
        q.bindNullable(9, message->identifier);
        q.bind(10, QString::fromUtf8(CapWriter::write(message.value())));
        if (!q.exec())
            return q.failure(tr("cannot store the notice"));
    }
    SqlStatement outbox(db, "INSERT INTO safety_outbox (alert_id, area_id, area_name, area_kind, recipients, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!outbox.isValid())
        return outbox.failure(tr("cannot write the outbox"));
    qint64 recipients = 0;
    const std::vector<int> matched = matcher.match(alert->location);
    for (int index : matched) {
        const SubscriptionArea &area = matcher.areas()[index];
        outbox.reset();
        outbox.bind(1, alertId);
        outbox.bindNullable(2, area.areaId);
        outbox.bindNullable(3, area.name);
        outbox.bind(4, areaKindKey(area.kind));
        outbox.bind(5, area.subscribers);
        outbox.bind(6, now.toUTC().toString(Qt::ISODate));
        if (!outbox.exec())
            return outbox.failure(tr("cannot write the outbox"));
        recipients += area.subscribers;
    }
    summary.insert(QStringLiteral("outbox_entries"), qint64(matched.size()));
    summary.insert(QStringLiteral("recipients"), recipients);
    summary.insert(QStringLiteral("cap_identifier"), message->identifier);
    return {};
}

Status Publisher::retract(store::TwinStore &twin, qint64 alertId, const QDateTime &now, QJsonObject &summary)
{
    sqlite3 *db = twin.handle();
    QString identifier, published;
    {
        SqlStatement q(db, "SELECT cap_identifier, published_at FROM safety_notice WHERE alert_id = ?");
        if (!q.isValid())
            return q.failure(tr("cannot read the notice"));
        q.bind(1, alertId);
        if (!q.next())
            return {};  // never published: nothing went out
        identifier = q.text(0);
        published = q.text(1);
    }
    auto alert = AlertReader(twin).alert(core::Actor::system(QStringLiteral("safety-publisher")), alertId);
    if (!alert)
        return alert.error();
    auto areas = AreaCatalogue::read(twin);
    if (!areas)
        return areas.error();
    auto message = compose(alert.value(), AreaMatcher(std::move(areas.value())), now);
    if (!message)
        return message.error();
    CapMessage &cancel = message.value();
    cancel.type = CapMessage::Type::Cancel;
    cancel.references = QStringLiteral("%1,%2,%3").arg(sender(), identifier,
                                                        CapWriter::capTime(QDateTime::fromString(published, Qt::ISODate)));
    cancel.identifier = identifier + QStringLiteral("-cancel");
    cancel.notice.subjectJa = QStringLiteral("【取消】") + cancel.notice.subjectJa;
    cancel.notice.bodyJa = QStringLiteral("先にお知らせした次の情報は取り消されました。\n\n") + cancel.notice.bodyJa;
    cancel.notice.subjectEn = QStringLiteral("[Cancelled] ") + cancel.notice.subjectEn;
    cancel.notice.bodyEn = QStringLiteral("The following notice has been withdrawn.\n\n") + cancel.notice.bodyEn;
    {
        SqlStatement q(db, "UPDATE safety_notice SET cancel_cap_xml = ? WHERE alert_id = ?");
        if (!q.isValid())
            return q.failure(tr("cannot store the cancel message"));
        q.bind(1, QString::fromUtf8(CapWriter::write(cancel)));
        q.bind(2, alertId);
        if (!q.exec())
            return q.failure(tr("cannot store the cancel message"));
    }
    SqlStatement q(db, "UPDATE safety_outbox SET state = 'cancelled' WHERE alert_id = ? AND state = 'pending'");
    if (!q.isValid())
        return q.failure(tr("cannot cancel the outbox entries"));
    q.bind(1, alertId);
    if (!q.exec())
        return q.failure(tr("cannot cancel the outbox entries"));
    summary.insert(QStringLiteral("outbox_cancelled"), qint64(sqlite3_changes(db)));
    return {};
}

} // namespace ct::safety
