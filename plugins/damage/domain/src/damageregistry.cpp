// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/damageregistry.h"

#include "ct/store/sqlstatement.h"

#include "ct/damage/cityboundary.h"
#include "ct/damage/damageactions.h"
#include "ct/damage/damageschema.h"
#include "ct/damage/photocheck.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/routing/liveclosures.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace ct::damage {

using core::Error;
using core::Result;
using core::Status;
using store::SqlStatement;

namespace {

//! Longest free text accepted in a report's description (characters).
constexpr int kMaxDescription = 4000;
//! Longest name (reporter, assignee).
constexpr int kMaxName = 200;
//! Clock skew tolerated for reported_at in the future (a phone's clock ahead of the console's).
constexpr qint64 kFutureToleranceSeconds = 5 * 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("Damage", text);
}

QJsonObject toJson(const DamageReport &r)
{
    // The reporter's name is personal data: kept in the layer, left out of the audit log.
    return {{QStringLiteral("fid"), r.fid},
            {QStringLiteral("category"), categoryName(r.category)},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("reporter_kind"), reporterKindName(r.reporterKind)},
            {QStringLiteral("reported_at"), SqlStatement::timeText(r.reportedAt)},
            {QStringLiteral("x"), r.position.x},
            {QStringLiteral("y"), r.position.y},
            {QStringLiteral("state"), triageStateName(r.state)},
            {QStringLiteral("assigned_to"), r.assignedTo.isEmpty() ? QJsonValue() : QJsonValue(r.assignedTo)},
            {QStringLiteral("duplicate_of"), r.duplicateOf > 0 ? QJsonValue(r.duplicateOf) : QJsonValue()},
            {QStringLiteral("photo_bytes"), r.photoBytes}};
}

QJsonArray toJson(const std::vector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

Status insertStep(store::TwinStore &store, qint64 fid, const QString &from, TriageState to, const QDateTime &at,
                  const core::Actor &actor, const QString &note)
{
    SqlStatement q(store.handle(), "INSERT INTO damage_triage_step (report_fid, from_state, to_state, at, operator, role, note) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q.isValid())
        return q.status().error();
    q.bind(1, fid);
    q.bindNullable(2, from);
    q.bind(3, triageStateName(to));
    q.bind(4, at);
    q.bindNullable(5, actor.operatorName);
    q.bind(6, core::roleName(actor.role));
    q.bindNullable(7, note.isEmpty() ? QString() : note);
    if (!q.exec())
        return q.status().error();
    return {};
}

} // namespace

DamageRegistry::DamageRegistry(store::TwinStore &store, ClosurePolicy policy)
    : m_store(store), m_reader(store), m_policy(policy), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void DamageRegistry::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime DamageRegistry::now() const
{
    return m_clock().toUTC();
}

Result<geo::Point> DamageRegistry::fromLonLat(double longitude, double latitude)
{
    if (!std::isfinite(longitude) || !std::isfinite(latitude) || std::abs(longitude) > 180.0 || std::abs(latitude) > 90.0)
        return Error::invalidInput(tr("a position needs a longitude within ±180° and a latitude within ±90°"), QStringLiteral("position"));
    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!transform)
        return transform.error();
    geo::Point p{longitude, latitude};
    if (!transform->forward(p))
        return Error::invalidInput(tr("the position cannot be transformed to EPSG:6677"), QStringLiteral("position"));
    return p;
}

Result<geo::Point> DamageRegistry::toLonLat(geo::Point position)
{
    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!transform)
        return transform.error();
    if (!transform->inverse(position))
        return Error::invalidInput(tr("the position cannot be transformed to WGS84"), QStringLiteral("position"));
    return position;
}

Status DamageRegistry::validate(const NewDamageReport &report) const
{
    DamageCategory category;
    if (!categoryFromName(report.category, &category)) {
        QStringList names;
        for (DamageCategory c : allCategories())
            names << categoryName(c);
        return Error::invalidInput(tr("\"%1\" is not a category (expected one of %2)").arg(report.category, names.join(QStringLiteral(", "))),
                                   QStringLiteral("category"));
    }
    if (report.severity < 1 || report.severity > 5)
        return Error::invalidInput(tr("must be 1 to 5, not %1").arg(report.severity), QStringLiteral("severity"));
    if (report.description.size() > kMaxDescription)
        return Error::invalidInput(tr("the description has %1 characters; at most %2 are accepted").arg(report.description.size()).arg(kMaxDescription),
                                   QStringLiteral("description"));
    ReporterKind kind;
    if (!reporterKindFromName(report.reporterKind, &kind))
        return Error::invalidInput(tr("\"%1\" is not a kind of reporter (expected staff, resident or other)").arg(report.reporterKind),
                                   QStringLiteral("reporter_kind"));
    if (report.reporterName.size() > kMaxName)
        return Error::invalidInput(tr("the reporter's name has %1 characters; at most %2 are accepted").arg(report.reporterName.size()).arg(kMaxName),
                                   QStringLiteral("reporter_name"));
    if (report.reportedAt.isValid() && report.reportedAt.toUTC().secsTo(now()) < -kFutureToleranceSeconds)
        return Error::invalidInput(tr("the report time %1 lies in the future").arg(report.reportedAt.toUTC().toString(Qt::ISODate)),
                                   QStringLiteral("reported_at"));
    if (!report.photo.isEmpty()) {
        if (auto mime = PhotoCheck::mimeType(report.photo); !mime)
            return mime.error();
    }
    if (!std::isfinite(report.position.x) || !std::isfinite(report.position.y))
        return Error::invalidInput(tr("the position is not a number"), QStringLiteral("position"));
    auto boundary = CityBoundary::fromTwin(m_store);
    if (!boundary)
        return boundary.error();
    if (!boundary->contains(report.position))
        return Error::invalidInput(tr("the position (%1, %2) lies outside the city boundary")
                                       .arg(report.position.x, 0, 'f', 1)
                                       .arg(report.position.y, 0, 'f', 1),
                                   QStringLiteral("position"));
    return {};
}

Result<qint64> DamageRegistry::submit(const core::Actor &actor, const NewDamageReport &report)
{
    if (!m_reader.hasSchema())
        return Error::notFound(tr("the twin has no damage reports yet (the damage plugin's schema has not been applied to it)"), m_store.path());
    // The permission first: a role that may not report learns that, not what is wrong with the form.
    if (Status allowed = m_store.mayPerform(actor, DamageActions::report(), DamageSchema::layerName()); !allowed)
        return allowed.error();
    if (Status valid = validate(report); !valid)
        return valid.error();
    const QDateTime entered = now();
    const QDateTime reportedAt = report.reportedAt.isValid() ? report.reportedAt.toUTC() : entered;
    qint64 fid = 0;
    const Status done = m_store.perform(actor, DamageActions::report(), DamageSchema::layerName(),
                                        [&](store::TwinStore &twin, QJsonObject &, QJsonObject &after) -> Status {
        const QStringList fields{QStringLiteral("category"), QStringLiteral("severity"), QStringLiteral("description"),
                                 QStringLiteral("reporter_kind"), QStringLiteral("reporter_name"), QStringLiteral("reported_at"),
                                 QStringLiteral("entered_at"), QStringLiteral("entered_by"), QStringLiteral("state"),
                                 QStringLiteral("state_since")};
        auto writer = twin.writer(DamageSchema::layerName(), fields);
        if (!writer)
            return writer.error();
        const std::vector<QVariant> values{report.category, qint64(report.severity), report.description, report.reporterKind,
                                           report.reporterName.isEmpty() ? QVariant() : QVariant(report.reporterName),
                                           reportedAt, entered, actor.operatorName, triageStateName(TriageState::New), entered};
        auto inserted = writer->insert(geo::Geometry::point(report.position), values);
        if (!inserted)
            return inserted.error();
        if (Status finished = writer->finish(); !finished)
            return finished;
        fid = inserted.value();
        if (!report.photo.isEmpty()) {
            SqlStatement q(twin.handle(), "INSERT INTO damage_photo (report_fid, mime_type, size, data) VALUES (?, ?, ?, ?)");
            if (!q.isValid())
                return q.status().error();
            q.bind(1, fid);
            q.bind(2, PhotoCheck::mimeType(report.photo).value());
            q.bind(3, qint64(report.photo.size()));
            q.bindBlob(4, report.photo);
            if (!q.exec())
                return q.status().error();
        }
        if (Status step = insertStep(twin, fid, QString(), TriageState::New, entered, actor, QString()); !step)
            return step;
        auto written = m_reader.report(fid);
        if (!written)
            return written.error();
        after = toJson(written.value());
        return {};
    });
    if (!done)
        return done.error();
    return fid;
}

Status DamageRegistry::verify(const core::Actor &actor, qint64 fid, const QString &note)
{
    return transition(actor, fid, TriageState::Verified, DamageActions::triage(), note, 0);
}

Status DamageRegistry::assign(const core::Actor &actor, qint64 fid, const QString &assignee)
{
    return transition(actor, fid, TriageState::Assigned, DamageActions::triage(), assignee, 0);
}

Status DamageRegistry::resolve(const core::Actor &actor, qint64 fid, const QString &note)
{
    return transition(actor, fid, TriageState::Resolved, DamageActions::resolve(), note, 0);
}

Status DamageRegistry::markDuplicate(const core::Actor &actor, qint64 fid, qint64 originalFid)
{
    return transition(actor, fid, TriageState::Duplicate, DamageActions::triage(), QString(), originalFid);
}

Status DamageRegistry::transition(const core::Actor &actor, qint64 fid, TriageState to, const QString &action,
                                  const QString &note, qint64 duplicateOf)
{
    if (!m_reader.hasSchema())
        return Error::notFound(tr("the twin has no damage reports yet (the damage plugin's schema has not been applied to it)"), m_store.path());
    const QString target = DamageActions::target(fid);
    return m_store.perform(actor, action, target, [&](store::TwinStore &twin, QJsonObject &before, QJsonObject &after) -> Status {
        auto current = m_reader.report(fid);
        if (!current)
            return current.error();
        const DamageReport &was = current.value();
        if (!isTransitionAllowed(was.state, to))
            return Error::refused(tr("report %1 is %2; it cannot become %3")
                                      .arg(fid)
                                      .arg(triageStateLabel(was.state), triageStateLabel(to)),
                                  target);
        QString assignee = was.assignedTo;
        if (to == TriageState::Assigned) {
            assignee = note.trimmed();
            if (assignee.isEmpty())
                return Error::invalidInput(tr("say to whom the report is assigned"), QStringLiteral("assigned_to"));
            if (assignee.size() > kMaxName)
                return Error::invalidInput(tr("the assignee's name has %1 characters; at most %2 are accepted").arg(assignee.size()).arg(kMaxName),
                                           QStringLiteral("assigned_to"));
        }
        if (to == TriageState::Duplicate) {
            if (duplicateOf == fid)
                return Error::invalidInput(tr("a report cannot be a duplicate of itself"), QStringLiteral("duplicate_of"));
            auto original = m_reader.report(duplicateOf);
            if (!original)
                return Error::invalidInput(tr("there is no damage report %1 to be a duplicate of").arg(duplicateOf), QStringLiteral("duplicate_of"));
            if (original->state == TriageState::Duplicate)
                return Error::invalidInput(tr("report %1 is itself a duplicate of report %2; mark this one a duplicate of %2")
                                               .arg(duplicateOf)
                                               .arg(original->duplicateOf),
                                           QStringLiteral("duplicate_of"));
        }
        const QDateTime at = now();
        {
            SqlStatement q(twin.handle(), "UPDATE damage_report SET state = ?, state_since = ?, assigned_to = ?, duplicate_of = ? "
                                          "WHERE fid = ?");
            if (!q.isValid())
                return q.status().error();
            q.bind(1, triageStateName(to));
            q.bind(2, at);
            q.bindNullable(3, assignee.isEmpty() ? QString() : assignee);
            if (to == TriageState::Duplicate)
                q.bind(4, duplicateOf);
            else
                q.bindNull(4);
            q.bind(5, fid);
            if (!q.exec())
                return q.status().error();
        }
        QString stepNote = note;
        if (to == TriageState::Assigned)
            stepNote = assignee;
        else if (to == TriageState::Duplicate)
            stepNote = QString::number(duplicateOf);
        if (Status step = insertStep(twin, fid, triageStateName(was.state), to, at, actor, stepNote); !step)
            return step;

        // Live closures: a verified blocking report closes roads; leaving the queue reopens them.
        const QString source = DamageActions::closureSource(fid);
        if (to == TriageState::Verified && closesRoads(was.category)) {
            auto roads = m_policy.roadsFor(twin, was.category, was.position);
            if (!roads)
                return roads.error();
            if (!roads->empty()) {
                auto closed = routing::LiveClosures::close(twin, roads.value(), source, categoryName(was.category), at);
                if (!closed)
                    return closed.error();
            }
            after.insert(QStringLiteral("closed_roads"), toJson(roads.value()));
        } else if (isFinal(to)) {
            auto reopened = routing::LiveClosures::reopen(twin, source, at);
            if (!reopened)
                return reopened.error();
            if (!reopened->empty())
                after.insert(QStringLiteral("reopened_roads"), toJson(reopened.value()));
        }
        auto now = m_reader.report(fid);
        if (!now)
            return now.error();
        before = toJson(was);
        const QJsonObject state = toJson(now.value());
        for (auto it = state.begin(); it != state.end(); ++it)
            after.insert(it.key(), it.value());
        if (!note.isEmpty() && to != TriageState::Assigned)
            after.insert(QStringLiteral("note"), note);
        return {};
    });
}

Result<std::vector<DuplicateCandidate>> DamageRegistry::suggestDuplicates(qint64 fid, const DuplicateFinder::Options &options) const
{
    auto r = m_reader.report(fid);
    if (!r)
        return r.error();
    return DuplicateFinder::find(m_store, r->position, r->category, r->reportedAt, fid, options);
}

} // namespace ct::damage
