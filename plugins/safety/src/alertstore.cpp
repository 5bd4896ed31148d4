// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertstore.h"

#include "ct/safety/accesspolicy.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/publisher.h"
#include "ct/safety/alertvalidator.h"
#include "ct/safety/locationgeneraliser.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sqlite3.h>

namespace ct::safety {

using core::Error;
using core::Result;
using core::Status;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

struct RawState
{
    bool found = false;
    AlertStatus status = AlertStatus::Received;
    std::optional<qint64> schoolFid;
};

RawState rawState(sqlite3 *db, qint64 id)
{
    RawState state;
    SqlStatement q(db, "SELECT status, school_fid FROM safety_alert WHERE id = ?");
    if (!q.isValid())
        return state;
    q.bind(1, id);
    if (q.next()) {
        state.found = statusFromKey(q.text(0), &state.status);
        state.schoolFid = q.optionalInt64(1);
    }
    return state;
}

Status insertStep(sqlite3 *db, qint64 alertId, const QDateTime &at, const core::Actor &actor, AlertStatus status,
                  const QString &reason)
{
    SqlStatement q(db, "INSERT INTO safety_alert_step (alert_id, at, operator, role, status, reason) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q.isValid())
        return q.failure(tr("cannot write the alert's lifecycle step"));
    q.bind(1, alertId);
    q.bindNullable(2, isoUtc(at));
    q.bindNullable(3, actor.operatorName);
    q.bind(4, core::roleName(actor.role));
    q.bind(5, statusKey(status));
    q.bindNullable(6, reason.isEmpty() ? QString() : reason);
    if (!q.exec())
        return q.failure(tr("cannot write the alert's lifecycle step"));
    return {};
}

} // namespace

AlertStore::AlertStore(store::TwinStore &twin, Clock clock) : m_twin(twin), m_clock(std::move(clock)) {}

QDateTime AlertStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString AlertStore::target(std::optional<qint64> schoolFid, qint64 alertId)
{
    QString t = QStringLiteral("safety_alert");
    if (alertId > 0)
        t += QStringLiteral("/%1").arg(alertId);
    if (schoolFid)
        t = AccessPolicy::schoolBinding(*schoolFid) + QLatin1Char('/') + t;
    return t;
}

Result<qint64> AlertStore::insert(store::TwinStore &twin, const ValidatedAlert &a, AlertStatus status, const QString &origin,
                                  const core::Actor &recordedBy, const QDateTime &now)
{
    sqlite3 *db = twin.handle();
    SqlStatement q(db, "INSERT INTO safety_alert (occurred_from, occurred_to, x, y, category, description, suspect_description, "
                   "source_organisation, status, place_kind, address, school_fid, origin, recorded_at, recorded_by, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.isValid())
        return q.failure(tr("cannot store the alert"));
    q.bindNullable(1, isoUtc(a.occurredFrom));
    q.bindNullable(2, isoUtc(a.occurredTo));
    q.bind(3, a.location.x);
    q.bind(4, a.location.y);
    q.bind(5, categoryKey(a.category));
    q.bindNullable(6, a.description);
    q.bindNullable(7, a.suspectDescription);
    q.bindNullable(8, a.sourceOrganisation);
    q.bind(9, statusKey(status));
    q.bind(10, placeKindKey(a.placeKind));
    q.bindNullable(11, a.address.isEmpty() ? QString() : a.address);
    q.bindNullable(12, a.schoolFid);
    q.bindNullable(13, origin);
    q.bind(14, isoUtc(now));
    q.bindNullable(15, recordedBy.operatorName);
    q.bind(16, isoUtc(now));
    if (!q.exec())
        return q.failure(tr("cannot store the alert"));
    const qint64 id = sqlite3_last_insert_rowid(db);
    if (!a.personal.isEmpty()) {
        SqlStatement p(db, "INSERT INTO safety_alert_personal (alert_id, victim_age_group, victim_grade, reporter_contact) VALUES (?, ?, ?, ?)");
        if (!p.isValid())
            return p.failure(tr("cannot store the alert's personal data"));
        p.bind(1, id);
        p.bindNullable(2, a.personal.victimAgeGroup.isEmpty() ? QString() : a.personal.victimAgeGroup);
        p.bindNullable(3, a.personal.victimGrade.isEmpty() ? QString() : a.personal.victimGrade);
        p.bindNullable(4, a.personal.reporterContact.isEmpty() ? QString() : a.personal.reporterContact);
        if (!p.exec())
            return p.failure(tr("cannot store the alert's personal data"));
    }
    if (Status s = insertStep(db, id, now, recordedBy, status, {}); !s)
        return s.error();
    return id;
}

Result<qint64> AlertStore::record(const core::Actor &actor, const AlertDraft &draft)
{
    auto validator = AlertValidator::fromTwin(m_twin);
    if (!validator)
        return validator.error();
    const QDateTime at = now();
    auto checked = validator->validate(draft, at);
    if (!checked)
        return checked.error();
    const ValidatedAlert &v = checked.value();
    qint64 id = 0;
    const Status done = m_twin.perform(actor, QStringLiteral("safety.record"), target(v.schoolFid),
        [&](store::TwinStore &twin, QJsonObject &, QJsonObject &after) -> Status {
            auto inserted = insert(twin, v, AlertStatus::Received, QStringLiteral("intake"), actor, at);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
            const geo::Point cell = LocationGeneraliser::generalise(v.location);
            after = QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("status"), statusKey(AlertStatus::Received)},
                                {QStringLiteral("category"), categoryKey(v.category)},
                                {QStringLiteral("occurred_from"), isoUtc(v.occurredFrom)},
                                {QStringLiteral("place_kind"), placeKindKey(v.placeKind)},
                                {QStringLiteral("cell_x"), cell.x},
                                {QStringLiteral("cell_y"), cell.y},
                                {QStringLiteral("has_personal_data"), !v.personal.isEmpty()}};
            if (v.schoolFid)
                after.insert(QStringLiteral("school_fid"), *v.schoolFid);
            return {};
        });
    if (!done)
        return done.error();
    return id;
}

Status AlertStore::transition(const core::Actor &actor, qint64 alertId, AlertStatus to, const QString &reason)
{
    const RawState known = rawState(m_twin.handle(), alertId);
    if (!known.found)
        return Error::notFound(tr("there is no safety alert %1").arg(alertId));
    if (to == AlertStatus::Retracted && reason.trimmed().isEmpty())
        return Error::invalidInput(tr("retracting an alert needs a reason"), QStringLiteral("reason"));
    if (to == AlertStatus::Received)
        return Error::refused(tr("an alert cannot go back to received"));
    const QDateTime at = now();
    return m_twin.perform(actor, transitionAction(to), target(known.schoolFid, alertId),
        [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
            // Read again inside the transaction: another operator may have moved it meanwhile.
            const RawState current = rawState(twin.handle(), alertId);
            if (!current.found)
                return Error::notFound(tr("there is no safety alert %1").arg(alertId));
            if (!canTransition(current.status, to))
                return Error::refused(tr("safety alert %1 is %2 and cannot become %3")
                                          .arg(QString::number(alertId), statusKey(current.status), statusKey(to)));
            SqlStatement q(twin.handle(), "UPDATE safety_alert SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?");
            if (!q.isValid())
                return q.failure(tr("cannot change the alert's status"));
            q.bind(1, statusKey(to));
            q.bindNullable(2, reason.trimmed().isEmpty() ? QString() : reason.trimmed());
            q.bindNullable(3, isoUtc(at));
            q.bind(4, alertId);
            if (!q.exec())
                return q.failure(tr("cannot change the alert's status"));
            if (Status s = insertStep(twin.handle(), alertId, at, actor, to, reason.trimmed()); !s)
                return s;
            before = QJsonObject{{QStringLiteral("id"), alertId}, {QStringLiteral("status"), statusKey(current.status)}};
            after = QJsonObject{{QStringLiteral("id"), alertId}, {QStringLiteral("status"), statusKey(to)}};
            if (!reason.trimmed().isEmpty())
                after.insert(QStringLiteral("reason"), reason.trimmed());
            // The notice, its CAP message and the outbox go out with the publish step, or not at all.
            if (to == AlertStatus::Published)
                return Publisher::publish(twin, alertId, at, after);
            if (to == AlertStatus::Retracted)
                return Publisher::retract(twin, alertId, at, after);
            return {};
        });
}

Result<std::vector<Alert>> AlertStore::alerts(const core::Actor &actor, const AlertFilter &filter) const
{
    return AlertReader(m_twin).alerts(actor, filter);
}

Result<Alert> AlertStore::alert(const core::Actor &actor, qint64 alertId) const
{
    return AlertReader(m_twin).alert(actor, alertId);
}

Result<std::vector<AlertStep>> AlertStore::history(const core::Actor &actor, qint64 alertId) const
{
    return AlertReader(m_twin).history(actor, alertId);
}

} // namespace ct::safety
