// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/recordedalertreader.h"

#include "ct/safety/accesspolicy.h"
#include "ct/safety/locationgeneraliser.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace ct::safety {

using core::Error;
using core::Result;
using store::SqlStatement;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

bool hasRunTables(const store::TwinStore &twin)
{
    SqlStatement q(twin.handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('sim_run', 'sim_event')");
    return q.isValid() && q.next() && q.int64(0) == 2;
}

// Simulated time 0 of a run: the scenario's start, or the model's default (1 January 2026, JST).
QDateTime runStart(const QString &scenarioJson)
{
    const QJsonObject scenario = QJsonDocument::fromJson(scenarioJson.toUtf8()).object();
    const QDateTime start = QDateTime::fromString(scenario.value(QStringLiteral("start")).toString(), Qt::ISODate);
    return start.isValid() ? start.toUTC() : QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(9 * 3600)).toUTC();
}

} // namespace

Result<std::vector<RecordedAlertReader::Run>> RecordedAlertReader::runs() const
{
    std::vector<Run> out;
    if (!hasRunTables(m_twin))
        return out;
    SqlStatement q(m_twin.handle(),
               "SELECT r.id, r.name, r.scenario_json, r.simulated_ms, count(*) FROM sim_run r "
               "JOIN sim_event e ON e.run_id = r.id AND e.source = ? AND e.kind = ? GROUP BY r.id ORDER BY r.id");
    if (!q.isValid())
        return q.failure(tr("cannot read the recorded runs"));
    q.bind(1, eventSource());
    q.bind(2, eventKind());
    while (q.next()) {
        Run run;
        run.id = q.int64(0);
        run.name = q.text(1);
        run.start = runStart(q.text(2));
        run.end = run.start.addMSecs(q.int64(3));
        run.alerts = int(q.int64(4));
        out.push_back(std::move(run));
    }
    if (!q.status())
        return q.failure(tr("cannot read the recorded runs"));
    return out;
}

Result<RecordedAlertReader::Run> RecordedAlertReader::run(qint64 runId) const
{
    auto all = runs();
    if (!all)
        return all.error();
    for (const Run &run : all.value())
        if (run.id == runId)
            return run;
    return Error::notFound(tr("there is no recorded run %1 with safety alerts").arg(runId));
}

Result<std::vector<Alert>> RecordedAlertReader::alerts(const core::Actor &actor, qint64 runId, const AlertFilter &filter) const
{
    if (core::Status may = AccessPolicy::mayRead(actor); !may)
        return may.error();
    auto info = run(runId);
    if (!info)
        return info.error();
    std::vector<Alert> result;
    // A generated alert is a simulated public alert: published, whatever the filter asks.
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(AlertStatus::Published))
        return result;
    SqlStatement q(m_twin.handle(), "SELECT t_ms, payload FROM sim_event WHERE run_id = ? AND source = ? AND kind = ? ORDER BY t_ms, seq");
    if (!q.isValid())
        return q.failure(tr("cannot read the recorded alerts"));
    q.bind(1, runId);
    q.bind(2, eventSource());
    q.bind(3, eventKind());
    while (q.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        Alert a;
        a.id = payload.value(QStringLiteral("number")).toInteger();
        if (filter.id > 0 && a.id != filter.id)
            continue;
        a.occurredFrom = QDateTime::fromString(payload.value(QStringLiteral("at")).toString(), Qt::ISODate);
        a.occurredFrom = a.occurredFrom.isValid() ? a.occurredFrom.toUTC() : info->start.addMSecs(q.int64(0));
        if (filter.from.isValid() && a.occurredFrom < filter.from)
            continue;
        if (filter.to.isValid() && a.occurredFrom >= filter.to)
            continue;
        const QJsonValue school = payload.value(QStringLiteral("school_fid"));
        const std::optional<qint64> schoolFid = school.isDouble() ? std::optional<qint64>(school.toInteger()) : std::nullopt;
        const AccessPolicy::Detail detail = AccessPolicy::detailFor(actor, schoolFid, AlertStatus::Published);
        if (detail == AccessPolicy::Detail::None)
            continue;
        a.status = AlertStatus::Published;
        if (!categoryFromText(payload.value(QStringLiteral("category")).toString(), &a.category))
            a.category = Category::Other;
        a.origin = QStringLiteral("simulation");
        const geo::Point exact{payload.value(QStringLiteral("x")).toDouble(), payload.value(QStringLiteral("y")).toDouble()};
        if (detail == AccessPolicy::Detail::Full) {
            a.detail = Alert::Detail::Full;
            a.location = exact;
            a.locationPrecisionMetres = 0;
            a.schoolFid = schoolFid;
            a.personal = PersonalData{};   // generated: there is none
        } else {
            a.detail = Alert::Detail::Generalised;
            a.location = LocationGeneraliser::generalise(exact);
            a.locationPrecisionMetres = LocationGeneraliser::kCellMetres;
        }
        result.push_back(std::move(a));
    }
    if (!q.status())
        return q.failure(tr("cannot read the recorded alerts"));
    return result;
}

} // namespace ct::safety
