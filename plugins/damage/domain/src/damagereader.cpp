// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/damagereader.h"

#include "ct/store/sqlstatement.h"

#include "ct/damage/damageactions.h"
#include "ct/damage/damageschema.h"
#include "ct/geo/gpkgblob.h"
#include "ct/routing/liveclosures.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

namespace ct::damage {

using core::Error;
using core::Result;
using store::SqlStatement;

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
        return q.status().error();
    q.bind(1, fid);
    std::vector<DamageReport> rows;
    while (q.next()) {
        DamageReport r;
        r.fid = q.int64(0);
        const QByteArray blob = q.blob(1);
        auto geometry = geo::GpkgBlob::decode(blob.constData(), std::size_t(blob.size()));
        if (!geometry || geometry->isEmpty())
            return Error::invalidInput(QCoreApplication::translate("Damage", "damage report %1 has no readable point").arg(r.fid),
                                       DamageActions::target(r.fid));
        r.position = geometry->points()[0];
        // The triggers keep the names valid; a row written around them falls back to the first value.
        categoryFromName(q.text(2), &r.category);
        r.severity = int(q.int64(3));
        r.description = q.text(4);
        reporterKindFromName(q.text(5), &r.reporterKind);
        r.reporterName = q.text(6);
        r.reportedAt = q.dateTime(7);
        r.enteredAt = q.dateTime(8);
        r.enteredBy = q.text(9);
        triageStateFromName(q.text(10), &r.state);
        r.stateSince = q.dateTime(11);
        r.assignedTo = q.text(12);
        r.duplicateOf = q.isNull(13) ? 0 : q.int64(13);
        r.photoMimeType = q.text(14);
        r.photoBytes = q.isNull(15) ? 0 : q.int64(15);
        rows.push_back(std::move(r));
    }
    if (!q.status())
        return q.status().error();
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
        return q.status().error();
    q.bind(1, fid);
    if (q.next())
        return q.blob(0);
    if (!q.status())
        return q.status().error();
    return QByteArray();
}

Result<std::vector<TriageStep>> DamageReader::stepQuery(const char *sql, qint64 fid, const QString &until) const
{
    if (!hasSchema())
        return noSchema(m_store);
    SqlStatement q(m_store.handle(), sql);
    if (!q.isValid())
        return q.status().error();
    q.bind(1, fid);
    q.bindNullable(2, until); // a null `until` is SQL NULL: steps() asks for ?2 IS NULL
    std::vector<TriageStep> steps;
    while (q.next()) {
        TriageStep s;
        s.id = q.int64(0);
        s.reportFid = q.int64(1);
        s.hasFrom = !q.isNull(2);
        if (s.hasFrom)
            triageStateFromName(q.text(2), &s.from);
        triageStateFromName(q.text(3), &s.to);
        s.at = q.dateTime(4);
        s.operatorName = q.text(5);
        core::roleFromName(q.text(6), &s.role);
        s.note = q.text(7);
        steps.push_back(std::move(s));
    }
    if (!q.status())
        return q.status().error();
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
