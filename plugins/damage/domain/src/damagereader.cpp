// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/damagereader.h"

#include "sqlstatement.h"

#include "ct/damage/damageactions.h"
#include "ct/damage/damageschema.h"
#include "ct/geo/gpkgblob.h"
#include "ct/routing/liveclosures.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::damage {

using core::Error;
using core::Result;
using detail::SqlStatement;

namespace {

Error noSchema(const store::TwinStore &store)
{
    return Error::notFound(QCoreApplication::translate("Damage", "the twin has no damage reports yet (the damage plugin's schema "
                                                                 "has not been applied to it)"),
                           store.path());
}

} // namespace

bool DamageReader::hasSchema() const
{
    return m_store.schemaVersion(DamageSchema::component()) >= 1 && m_store.hasLayer(DamageSchema::layerName());
}

Result<std::vector<DamageReport>> DamageReader::query(qint64 fid) const
{
    if (!hasSchema())
        return noSchema(m_store);
    SqlStatement q(m_store.handle(),
                   "SELECT r.fid, r.geom, r.category, r.severity, r.description, r.reporter_kind, r.reporter_name, "
                   "r.reported_at, r.entered_at, r.entered_by, r.state, r.state_since, r.assigned_to, r.duplicate_of, "
                   "p.mime_type, p.size FROM damage_report r LEFT JOIN damage_photo p ON p.report_fid = r.fid "
                   "WHERE ?1 = 0 OR r.fid = ?1 ORDER BY r.fid");
    if (!q.isValid())
        return q.error(QStringLiteral("cannot read damage_report"));
    q.bind(1, fid);
    std::vector<DamageReport> rows;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        DamageReport r;
        r.fid = q.integer(0);
        const QByteArray blob = q.blob(1);
        auto geometry = geo::GpkgBlob::decode(blob.constData(), std::size_t(blob.size()));
        if (!geometry || geometry->isEmpty())
            return Error::invalidInput(QCoreApplication::translate("Damage", "damage report %1 has no readable point").arg(r.fid),
                                       DamageActions::target(r.fid));
        r.position = geometry->points()[0];
        // The triggers keep the names valid; a row written around them falls back to the first value.
        categoryFromName(q.text(2), &r.category);
        r.severity = int(q.integer(3));
        r.description = q.text(4);
        reporterKindFromName(q.text(5), &r.reporterKind);
        r.reporterName = q.text(6);
        r.reportedAt = q.time(7);
        r.enteredAt = q.time(8);
        r.enteredBy = q.text(9);
        triageStateFromName(q.text(10), &r.state);
        r.stateSince = q.time(11);
        r.assignedTo = q.text(12);
        r.duplicateOf = q.isNull(13) ? 0 : q.integer(13);
        r.photoMimeType = q.text(14);
        r.photoBytes = q.isNull(15) ? 0 : q.integer(15);
        rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return q.error(QStringLiteral("cannot read damage_report"));
    return rows;
}

Result<DamageReport> DamageReader::report(qint64 fid) const
{
    if (fid <= 0)
        return Error::notFound(QCoreApplication::translate("Damage", "there is no damage report %1").arg(fid), DamageActions::target(fid));
    auto rows = query(fid);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return Error::notFound(QCoreApplication::translate("Damage", "there is no damage report %1").arg(fid), DamageActions::target(fid));
    return rows->front();
}

Result<std::vector<DamageReport>> DamageReader::reports() const
{
    return query(0);
}

Result<QByteArray> DamageReader::photo(qint64 fid) const
{
    if (!hasSchema())
        return noSchema(m_store);
    SqlStatement q(m_store.handle(), "SELECT data FROM damage_photo WHERE report_fid = ?");
    if (!q.isValid())
        return q.error(QStringLiteral("cannot read damage_photo"));
    q.bind(1, fid);
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return q.blob(0);
    if (rc != SQLITE_DONE)
        return q.error(QStringLiteral("cannot read damage_photo"));
    return QByteArray();
}

Result<std::vector<TriageStep>> DamageReader::stepQuery(const char *sql, qint64 fid, const QString &until) const
{
    if (!hasSchema())
        return noSchema(m_store);
    SqlStatement q(m_store.handle(), sql);
    if (!q.isValid())
        return q.error(QStringLiteral("cannot read damage_triage_step"));
    q.bind(1, fid);
    q.bind(2, until);
    std::vector<TriageStep> steps;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        TriageStep s;
        s.id = q.integer(0);
        s.reportFid = q.integer(1);
        s.hasFrom = !q.isNull(2);
        if (s.hasFrom)
            triageStateFromName(q.text(2), &s.from);
        triageStateFromName(q.text(3), &s.to);
        s.at = q.time(4);
        s.operatorName = q.text(5);
        core::roleFromName(q.text(6), &s.role);
        s.note = q.text(7);
        steps.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE)
        return q.error(QStringLiteral("cannot read damage_triage_step"));
    return steps;
}

Result<std::vector<TriageStep>> DamageReader::steps(qint64 fid) const
{
    return stepQuery("SELECT id, report_fid, from_state, to_state, at, operator, role, note FROM damage_triage_step "
                     "WHERE report_fid = ?1 AND ?2 IS NULL ORDER BY id",
                     fid, QString());
}

Result<std::vector<TriageStep>> DamageReader::allSteps(const QDateTime &until) const
{
    return stepQuery("SELECT id, report_fid, from_state, to_state, at, operator, role, note FROM damage_triage_step "
                     "WHERE ?1 = ?1 AND at <= ?2 ORDER BY id",
                     0, SqlStatement::timeText(until));
}

Result<std::vector<routing::RoadClosure>> DamageReader::closures(qint64 fid) const
{
    return routing::LiveClosures::history(m_store, DamageActions::closureSource(fid));
}

} // namespace ct::damage
