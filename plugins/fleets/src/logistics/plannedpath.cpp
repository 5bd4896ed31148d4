// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/plannedpath.h"

#include "ct/pluginapi/twinaccess.h"

#include <QVariantList>

namespace ct::fleets {

QString PlannedPath::kindId(Kind kind)
{
    return kind == Kind::Robot ? QStringLiteral("robot") : QStringLiteral("drone");
}

QVariantMap PlannedPath::toVariantMap() const
{
    QVariantList points;
    for (const geo::Point &p : polyline)
        points.append(QVariant(QVariantList{p.x, p.y}));
    return {{QStringLiteral("kind"), kindId(kind)},
            {QStringLiteral("vehicle"), vehicleId},
            {QStringLiteral("metres"), metres},
            {QStringLiteral("points"), points}};
}

PlannedPath PlannedPath::fromSettings(const QVariantMap &settings)
{
    PlannedPath path;
    const QVariantMap map = settings.value(QLatin1String(kSettingsKey)).toMap();
    if (map.isEmpty())
        return path;
    path.kind = map.value(QStringLiteral("kind")).toString() == QLatin1String("robot") ? Kind::Robot : Kind::Drone;
    path.vehicleId = map.value(QStringLiteral("vehicle")).toString();
    path.metres = map.value(QStringLiteral("metres")).toDouble();
    for (const QVariant &v : map.value(QStringLiteral("points")).toList()) {
        const QVariantList xy = v.toList();
        if (xy.size() == 2)
            path.polyline.push_back({xy[0].toDouble(), xy[1].toDouble()});
    }
    return path;
}

void PlannedPath::share(plugin::TwinAccess *access, const PlannedPath &path)
{
    if (!access)
        return;
    QVariantMap settings = access->viewSettings(QStringLiteral("fleets"));
    if (path.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.insert(QLatin1String(kSettingsKey), path.toVariantMap());
    access->setViewSettings(QStringLiteral("fleets"), settings);
}

} // namespace ct::fleets
