// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertstore.h"

#include "sqlquery.h"

#include "ct/safety/accesspolicy.h"
#include "ct/safety/alertvalidator.h"
#include "ct/safety/locationgeneraliser.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ct::safety {

using core::Error;
using core::Result;
using core::Status;
using detail::SqlQuery;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime parseUtc(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

// Columns of the alert query; the personal ones only in the joined form.
constexpr const char *kAlertColumns =
    "a.id, a.occurred_from, a.occurred_to, a.x, a.y, a.category, a.description, a.suspect_description, "
    "a.source_organisation, a.status, a.place_kind, a.address, a.school_fid, a.status_reason, a.origin";
enum Column {
    cId, cFrom, cTo, cX, cY, cCategory, cDescription, cSuspect, cSource, cStatus, cPlaceKind, cAddress, cSchool,
    cReason, cOrigin, cVictimAge, cVictimGrade, cReporter, cHasPersonal
};

struct RawState
{
    bool found = false;
    AlertStatus status = AlertStatus::Received;
    std::optional<qint64> schoolFid;
};

RawState rawState(sqlite3 *db, qint64 id)
{
    RawState state;
    SqlQuery q(db, "SELECT status, school_fid FROM safety_alert WHERE id = ?");
    if (!q.isValid())
        return state;
    q.bind(1, id);
    if (q.step() == SQLITE_ROW) {
        state.found = statusFromKey(q.text(0), &state.status);
        state.schoolFid = q.optionalInt64(1);
    }
    return state;
}

Status insertStep(sqlite3 *db, qint64 alertId, const QDateTime &at, const core::Actor &actor, AlertStatus status,
                  const QString &reason)
{
    SqlQuery q(db, "INSERT INTO safety_alert_step (alert_id, at, operator, role, status, reason) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q.isValid())
        return q.error(tr("cannot write the alert's lifecycle step"));
    q.bind(1, alertId);
    q.bind(2, isoUtc(at));
    q.bind(3, actor.operatorName);
    q.bind(4, core::roleName(actor.role));
    q.bind(5, statusKey(status));
    q.bind(6, reason.isEmpty() ? QString() : reason);
    if (q.step() != SQLITE_DONE)
        return q.error(tr("cannot write the alert's lifecycle step"));
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
    SqlQuery q(db, "INSERT INTO safety_alert (occurred_from, occurred_to, x, y, category, description, suspect_description, "
                   "source_organisation, status, place_kind, address, school_fid, origin, recorded_at, recorded_by, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.isValid())
        return q.error(tr("cannot store the alert"));
    q.bind(1, isoUtc(a.occurredFrom));
    q.bind(2, isoUtc(a.occurredTo));
    q.bind(3, a.location.x);
    q.bind(4, a.location.y);
    q.bind(5, categoryKey(a.category));
    q.bind(6, a.description);
    q.bind(7, a.suspectDescription);
    q.bind(8, a.sourceOrganisation);
    q.bind(9, statusKey(status));
    q.bind(10, placeKindKey(a.placeKind));
    q.bind(11, a.address.isEmpty() ? QString() : a.address);
    q.bind(12, a.schoolFid);
    q.bind(13, origin);
    q.bind(14, isoUtc(now));
    q.bind(15, recordedBy.operatorName);
    q.bind(16, isoUtc(now));
    if (q.step() != SQLITE_DONE)
        return q.error(tr("cannot store the alert"));
    const qint64 id = sqlite3_last_insert_rowid(db);
    if (!a.personal.isEmpty()) {
        SqlQuery p(db, "INSERT INTO safety_alert_personal (alert_id, victim_age_group, victim_grade, reporter_contact) VALUES (?, ?, ?, ?)");
        if (!p.isValid())
            return p.error(tr("cannot store the alert's personal data"));
        p.bind(1, id);
        p.bind(2, a.personal.victimAgeGroup.isEmpty() ? QString() : a.personal.victimAgeGroup);
        p.bind(3, a.personal.victimGrade.isEmpty() ? QString() : a.personal.victimGrade);
        p.bind(4, a.personal.reporterContact.isEmpty() ? QString() : a.personal.reporterContact);
        if (p.step() != SQLITE_DONE)
            return p.error(tr("cannot store the alert's personal data"));
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
            SqlQuery q(twin.handle(), "UPDATE safety_alert SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?");
            if (!q.isValid())
                return q.error(tr("cannot change the alert's status"));
            q.bind(1, statusKey(to));
            q.bind(2, reason.trimmed().isEmpty() ? QString() : reason.trimmed());
            q.bind(3, isoUtc(at));
            q.bind(4, alertId);
            if (q.step() != SQLITE_DONE)
                return q.error(tr("cannot change the alert's status"));
            if (Status s = insertStep(twin.handle(), alertId, at, actor, to, reason.trimmed()); !s)
                return s;
            before = QJsonObject{{QStringLiteral("id"), alertId}, {QStringLiteral("status"), statusKey(current.status)}};
            after = QJsonObject{{QStringLiteral("id"), alertId}, {QStringLiteral("status"), statusKey(to)}};
            if (!reason.trimmed().isEmpty())
                after.insert(QStringLiteral("reason"), reason.trimmed());
            return {};
        });
}

Result<std::vector<Alert>> AlertStore::alerts(const core::Actor &actor, const AlertFilter &filter) const
{
    if (Status may = AccessPolicy::mayRead(actor); !may)
        return may.error();
    // Roles that can never see personal data do not even join the personal table.
    const bool joinPersonal = AccessPolicy::maySeeAnyFull(actor);
    QString sql = QStringLiteral("SELECT %1").arg(QLatin1String(kAlertColumns));
    if (joinPersonal)
        sql += QStringLiteral(", p.victim_age_group, p.victim_grade, p.reporter_contact, p.alert_id IS NOT NULL "
                              "FROM safety_alert a LEFT JOIN safety_alert_personal p ON p.alert_id = a.id");
    else
        sql += QStringLiteral(" FROM safety_alert a");
    QStringList where;
    if (filter.from.isValid())
        where << QStringLiteral("a.occurred_from >= :from");
    if (filter.to.isValid())
        where << QStringLiteral("a.occurred_from < :to");
    if (filter.id > 0)
        where << QStringLiteral("a.id = :id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.occurred_from, a.id");
    const QByteArray utf8 = sql.toUtf8();
    SqlQuery q(m_twin.handle(), utf8.constData());
    if (!q.isValid())
        return q.error(tr("cannot read the safety alerts"));
    int index = 1;
    if (filter.from.isValid())
        q.bind(index++, isoUtc(filter.from));
    if (filter.to.isValid())
        q.bind(index++, isoUtc(filter.to));
    if (filter.id > 0)
        q.bind(index++, filter.id);

    std::vector<Alert> result;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        AlertStatus status = AlertStatus::Received;
        if (!statusFromKey(q.text(cStatus), &status))
            continue;
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(status))
            continue;
        const std::optional<qint64> schoolFid = q.optionalInt64(cSchool);
        const AccessPolicy::Detail detail = AccessPolicy::detailFor(actor, schoolFid, status);
        if (detail == AccessPolicy::Detail::None)
            continue;
        Alert a;
        a.id = q.int64(cId);
        a.status = status;
        if (!categoryFromText(q.text(cCategory), &a.category))
            a.category = Category::Other;
        a.occurredFrom = parseUtc(q.text(cFrom));
        a.occurredTo = parseUtc(q.text(cTo));
        a.description = q.text(cDescription);
        a.suspectDescription = q.text(cSuspect);
        a.sourceOrganisation = q.text(cSource);
        a.statusReason = q.text(cReason);
        a.origin = q.text(cOrigin);
        const geo::Point exact{q.real(cX), q.real(cY)};
        if (detail == AccessPolicy::Detail::Full) {
            a.detail = Alert::Detail::Full;
            a.location = exact;
            a.locationPrecisionMetres = 0;
            AlertPlace::Kind kind = AlertPlace::Kind::MapPoint;
            if (placeKindFromKey(q.text(cPlaceKind), &kind))
                a.placeKind = kind;
            a.address = q.text(cAddress);
            a.schoolFid = schoolFid;
            PersonalData personal;
            if (joinPersonal && q.int64(cHasPersonal) != 0) {
                personal.victimAgeGroup = q.text(cVictimAge);
                personal.victimGrade = q.text(cVictimGrade);
                personal.reporterContact = q.text(cReporter);
            }
            a.personal = personal;
        } else {
            a.detail = Alert::Detail::Generalised;
            a.location = LocationGeneraliser::generalise(exact);
            a.locationPrecisionMetres = LocationGeneraliser::kCellMetres;
        }
        result.push_back(std::move(a));
    }
    if (rc != SQLITE_DONE)
        return q.error(tr("cannot read the safety alerts"));
    return result;
}

Result<Alert> AlertStore::alert(const core::Actor &actor, qint64 alertId) const
{
    AlertFilter filter;
    filter.id = alertId;
    auto found = alerts(actor, filter);
    if (!found)
        return found.error();
    if (found->empty())
        return Error::notFound(tr("there is no safety alert %1 you may see").arg(alertId));
    return std::move(found->front());
}

Result<std::vector<AlertStep>> AlertStore::history(const core::Actor &actor, qint64 alertId) const
{
    auto visible = alert(actor, alertId);
    if (!visible)
        return visible.error();
    SqlQuery q(m_twin.handle(), "SELECT at, operator, role, status, reason FROM safety_alert_step WHERE alert_id = ? ORDER BY id");
    if (!q.isValid())
        return q.error(tr("cannot read the alert's lifecycle"));
    q.bind(1, alertId);
    std::vector<AlertStep> steps;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        AlertStep step;
        step.at = parseUtc(q.text(0));
        step.operatorName = q.text(1);
        core::roleFromName(q.text(2), &step.role);
        statusFromKey(q.text(3), &step.status);
        step.reason = q.text(4);
        steps.push_back(std::move(step));
    }
    if (rc != SQLITE_DONE)
        return q.error(tr("cannot read the alert's lifecycle"));
    return steps;
}

} // namespace ct::safety
