// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/outbox.h"

#include "ct/safety/alertreader.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

namespace ct::safety {

using core::Error;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

/// The ids of the alerts `actor` may see (the reader applies the rules).
core::Result<QSet<qint64>> visibleAlerts(const store::TwinStore &twin, const core::Actor &actor)
{
    auto alerts = AlertReader(twin).alerts(actor);
    if (!alerts)
        return alerts.error();
    QSet<qint64> ids;
    for (const Alert &a : alerts.value())
        ids.insert(a.id);
    return ids;
}

} // namespace

QString outboxStateKey(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending: return QStringLiteral("pending");
    case OutboxEntry::State::HandedOver: return QStringLiteral("handed-over");
    case OutboxEntry::State::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

core::Result<std::vector<OutboxEntry>> Outbox::entries(const store::TwinStore &twin, const core::Actor &actor, qint64 alertId)
{
    auto visible = visibleAlerts(twin, actor);
    if (!visible)
        return visible.error();
    SqlStatement q(twin.handle(), "SELECT o.id, o.alert_id, o.area_id, o.area_name, o.area_kind, o.recipients, o.created_at, o.state, "
                              "n.place_ja, n.place_en, n.subject_ja, n.body_ja, n.subject_en, n.body_en "
                              "FROM safety_outbox o JOIN safety_notice n ON n.alert_id = o.alert_id "
                              "WHERE ?1 = 0 OR o.alert_id = ?1 ORDER BY o.id");
    if (!q.isValid())
        return q.failure(tr("cannot read the outbox"));
    q.bind(1, alertId);
    std::vector<OutboxEntry> result;
    while (q.next()) {
        OutboxEntry e;
        e.alertId = q.int64(1);
        if (!visible->contains(e.alertId))
            continue;
        e.id = q.int64(0);
        e.areaId = q.text(2);
        e.areaName = q.text(3);
        e.areaKind = q.text(4);
        e.recipients = q.int64(5);
        e.createdAt = QDateTime::fromString(q.text(6), Qt::ISODate);
        const QString state = q.text(7);
        e.state = state == QLatin1String("handed-over") ? OutboxEntry::State::HandedOver
                : state == QLatin1String("cancelled")   ? OutboxEntry::State::Cancelled
                                                        : OutboxEntry::State::Pending;
        e.notice.placeJa = q.text(8);
        e.notice.placeEn = q.text(9);
        e.notice.subjectJa = q.text(10);
        e.notice.bodyJa = q.text(11);
        e.notice.subjectEn = q.text(12);
        e.notice.bodyEn = q.text(13);
        result.push_back(std::move(e));
    }
    if (!q.status())
        return q.failure(tr("cannot read the outbox"));
    return result;
}

core::Result<std::vector<std::pair<qint64, Notice>>> Outbox::notices(const store::TwinStore &twin, const core::Actor &actor)
{
    auto visible = visibleAlerts(twin, actor);
    if (!visible)
        return visible.error();
    SqlStatement q(twin.handle(), "SELECT alert_id, place_ja, place_en, subject_ja, body_ja, subject_en, body_en FROM safety_notice ORDER BY alert_id");
    if (!q.isValid())
        return q.failure(tr("cannot read the notices"));
    std::vector<std::pair<qint64, Notice>> result;
    while (q.next()) {
        if (!visible->contains(q.int64(0)))
            continue;
        Notice n;
        n.placeJa = q.text(1);
        n.placeEn = q.text(2);
        n.subjectJa = q.text(3);
        n.bodyJa = q.text(4);
        n.subjectEn = q.text(5);
        n.bodyEn = q.text(6);
        result.emplace_back(q.int64(0), std::move(n));
    }
    if (!q.status())
        return q.failure(tr("cannot read the notices"));
    return result;
}

core::Result<std::vector<Outbox::CapFile>> Outbox::capMessages(const store::TwinStore &twin, const core::Actor &actor)
{
    auto visible = visibleAlerts(twin, actor);
    if (!visible)
        return visible.error();
    SqlStatement q(twin.handle(), "SELECT alert_id, cap_identifier, cap_xml, cancel_cap_xml FROM safety_notice ORDER BY alert_id");
    if (!q.isValid())
        return q.failure(tr("cannot read the notices"));
    std::vector<CapFile> files;
    while (q.next()) {
        const qint64 alertId = q.int64(0);
        if (!visible->contains(alertId))
            continue;
        files.push_back({alertId, q.text(1) + QStringLiteral(".xml"), q.text(2).toUtf8()});
        if (!q.isNull(3))
            files.push_back({alertId, q.text(1) + QStringLiteral("-cancel.xml"), q.text(3).toUtf8()});
    }
    if (!q.status())
        return q.failure(tr("cannot read the notices"));
    return files;
}

core::Status Outbox::markHandedOver(store::TwinStore &twin, const core::Actor &actor, qint64 entryId)
{
    return twin.perform(actor, QStringLiteral("safety.outbox.hand-over"), QStringLiteral("safety_outbox/%1").arg(entryId),
                        [&](store::TwinStore &t, QJsonObject &before, QJsonObject &after) -> core::Status {
                            SqlStatement q(t.handle(), "UPDATE safety_outbox SET state = 'handed-over' WHERE id = ? AND state = 'pending'");
                            if (!q.isValid())
                                return q.failure(tr("cannot update the outbox"));
                            q.bind(1, entryId);
                            if (!q.exec())
                                return q.failure(tr("cannot update the outbox"));
                            if (sqlite3_changes(t.handle()) != 1)
                                return Error::refused(tr("outbox entry %1 is not pending").arg(entryId));
                            before = QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")}};
                            after = QJsonObject{{QStringLiteral("state"), QStringLiteral("handed-over")}};
                            return {};
                        });
}

} // namespace ct::safety
