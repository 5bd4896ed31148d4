// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertreader.h"

#include "ct/safety/accesspolicy.h"
#include "ct/safety/locationgeneraliser.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

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

} // namespace

Result<std::vector<Alert>> AlertReader::alerts(const core::Actor &actor, const AlertFilter &filter) const
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
    SqlStatement q(m_twin.handle(), utf8.constData());
    if (!q.isValid())
        return q.failure(tr("cannot read the safety alerts"));
    int index = 1;
    if (filter.from.isValid())
        q.bind(index++, isoUtc(filter.from));
    if (filter.to.isValid())
        q.bind(index++, isoUtc(filter.to));
    if (filter.id > 0)
        q.bind(index++, filter.id);

    std::vector<Alert> result;
    while (q.next()) {
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
    if (!q.status())
        return q.failure(tr("cannot read the safety alerts"));
    return result;
}

Result<Alert> AlertReader::alert(const core::Actor &actor, qint64 alertId) const
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

Result<std::vector<AlertStep>> AlertReader::history(const core::Actor &actor, qint64 alertId) const
{
    auto visible = alert(actor, alertId);
    if (!visible)
        return visible.error();
    SqlStatement q(m_twin.handle(), "SELECT at, operator, role, status, reason FROM safety_alert_step WHERE alert_id = ? ORDER BY id");
    if (!q.isValid())
        return q.failure(tr("cannot read the alert's lifecycle"));
    q.bind(1, alertId);
    std::vector<AlertStep> steps;
    while (q.next()) {
        AlertStep step;
        step.at = parseUtc(q.text(0));
        step.operatorName = q.text(1);
        core::roleFromName(q.text(2), &step.role);
        statusFromKey(q.text(3), &step.status);
        step.reason = q.text(4);
        steps.push_back(std::move(step));
    }
    if (!q.status())
        return q.failure(tr("cannot read the alert's lifecycle"));
    return steps;
}

} // namespace ct::safety
