// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "alertoverlaysettings.h"

#include "ct/pluginapi/twinaccess.h"
#include "ct/safety/alertreader.h"

#include <algorithm>

namespace ct::safety {

namespace {
template <typename T>
void take(const QVariantMap &map, const char *key, T &value, T minimum, T maximum)
{
    const QVariant v = map.value(QLatin1String(key));
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && d >= double(minimum) && d <= double(maximum))
        value = T(d);
}
} // namespace

AlertOverlaySettings AlertOverlaySettings::fromVariantMap(const QVariantMap &map)
{
    AlertOverlaySettings s;
    take(map, "bandwidthMetres", s.bandwidthMetres, 10.0, 20000.0);
    take(map, "cellMetres", s.cellMetres, 5.0, 1000.0);
    take(map, "windowDays", s.windowDays, 1, 36500);
    take(map, "nearRepeatMetres", s.nearRepeatMetres, 0.0, 20000.0);
    take(map, "nearRepeatDays", s.nearRepeatDays, 0, 3650);
    const QDateTime now = map.value(QStringLiteral("now")).toDateTime();
    if (now.isValid())
        s.now = now;
    return s;
}

QVariantMap AlertOverlaySettings::toVariantMap() const
{
    QVariantMap map{{QStringLiteral("bandwidthMetres"), bandwidthMetres}, {QStringLiteral("cellMetres"), cellMetres},
                    {QStringLiteral("windowDays"), windowDays}, {QStringLiteral("nearRepeatMetres"), nearRepeatMetres},
                    {QStringLiteral("nearRepeatDays"), nearRepeatDays}};
    if (now.isValid())
        map.insert(QStringLiteral("now"), now);
    return map;
}

double AlertOverlaySettings::recency(const Alert &alert) const
{
    const double age = alert.occurredFrom.secsTo(effectiveNow()) / 86400.0;
    return std::clamp(1.0 - age / std::max(1, windowDays), 0.15, 1.0);
}

core::Result<std::vector<Alert>> AlertOverlaySettings::readAlerts(const store::TwinStore &twin, const core::Actor &actor) const
{
    AlertFilter filter;
    const QDateTime end = effectiveNow();
    filter.from = end.addDays(-std::max(1, windowDays));
    filter.to = end.addSecs(1);
    // Retracted alerts are withdrawn: never on the map, even for those who may see them.
    filter.statuses = {AlertStatus::Received, AlertStatus::Verified, AlertStatus::Published, AlertStatus::Closed};
    return AlertReader(twin).alerts(actor, filter);
}

void AlertOverlaySettings::shareWith(QObject *twin) const
{
    if (auto *access = qobject_cast<plugin::TwinAccess *>(twin))
        access->setViewSettings(QStringLiteral("safety"), toVariantMap());
}

} // namespace ct::safety
