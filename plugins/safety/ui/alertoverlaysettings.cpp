// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "alertoverlaysettings.h"

#include "ct/pluginapi/twinaccess.h"
#include "ct/safety/alertreader.h"
#include "ct/safety/recordedalertreader.h"

#include <algorithm>

namespace ct::safety {

namespace {
template <typename T>
void take(const QVariantMap &map, const QString &key, T &value)
{
    bool ok = false;
    const double d = map.value(key).toDouble(&ok);
    if (ok && AnalysisParameters::accepts(key, d))
        value = T(d);
}
} // namespace

AlertOverlaySettings AlertOverlaySettings::fromVariantMap(const QVariantMap &map)
{
    AlertOverlaySettings s;
    AnalysisParameters &p = s.parameters;
    take(map, QStringLiteral("bandwidthMetres"), p.bandwidthMetres);
    take(map, QStringLiteral("cellMetres"), p.cellMetres);
    take(map, QStringLiteral("windowDays"), p.windowDays);
    take(map, QStringLiteral("nearRepeatMetres"), p.nearRepeatMetres);
    take(map, QStringLiteral("nearRepeatDays"), p.nearRepeatDays);
    const QDateTime now = map.value(QStringLiteral("now")).toDateTime();
    if (now.isValid())
        s.now = now;
    bool ok = false;
    const qint64 runId = map.value(QStringLiteral("runId")).toLongLong(&ok);
    if (ok && runId > 0)
        s.runId = runId;
    return s;
}

QVariantMap AlertOverlaySettings::toVariantMap() const
{
    const AnalysisParameters &p = parameters;
    QVariantMap map{{QStringLiteral("bandwidthMetres"), p.bandwidthMetres}, {QStringLiteral("cellMetres"), p.cellMetres},
                    {QStringLiteral("windowDays"), p.windowDays}, {QStringLiteral("nearRepeatMetres"), p.nearRepeatMetres},
                    {QStringLiteral("nearRepeatDays"), p.nearRepeatDays}};
    if (now.isValid())
        map.insert(QStringLiteral("now"), now);
    if (runId > 0)
        map.insert(QStringLiteral("runId"), runId);
    return map;
}

double AlertOverlaySettings::recency(const Alert &alert) const
{
    const double age = alert.occurredFrom.secsTo(effectiveNow()) / 86400.0;
    return std::clamp(1.0 - age / std::max(1, parameters.windowDays), 0.15, 1.0);
}

core::Result<std::vector<Alert>> AlertOverlaySettings::readAlerts(const store::TwinStore &twin, const core::Actor &actor) const
{
    AlertFilter filter;
    const QDateTime end = effectiveNow();
    filter.from = end.addDays(-std::max(1, parameters.windowDays));
    filter.to = end.addSecs(1);
    // Retracted alerts are withdrawn: never on the map, even for those who may see them.
    filter.statuses = {AlertStatus::Received, AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed};
    if (runId > 0)
        return RecordedAlertReader(twin).alerts(actor, runId, filter);
    return AlertReader(twin).alerts(actor, filter);
}

void AlertOverlaySettings::shareWith(QObject *twin) const
{
    if (auto *access = qobject_cast<plugin::TwinAccess *>(twin))
        access->setViewSettings(QStringLiteral("safety"), toVariantMap());
}

} // namespace ct::safety
