// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "checktargets.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QPointF>

namespace ct::fleets::detail {

CheckTargets CheckTargets::read(store::TwinStore &twin, const QString &kind)
{
    CheckTargets targets;
    store::SqlStatement vehicles(twin.handle(), "SELECT vehicle_id FROM fleet_vehicle WHERE kind = ? AND x IS NOT NULL ORDER BY vehicle_id");
    vehicles.bind(1, kind);
    while (vehicles.next())
        targets.vehicles << vehicles.text(0);
    for (const char *layer : {"hospitals", "shelters", "bus_stops"}) {
        if (!twin.hasLayer(QString::fromLatin1(layer)))
            continue;
        auto table = twin.read(QString::fromLatin1(layer), {QStringLiteral("name")});
        if (!table)
            continue;
        const int name = table->columnIndex(QStringLiteral("name"));
        for (std::size_t i = 0; i < table->size(); ++i) {
            if (table->geometries[i].isEmpty() || name < 0 || table->columns[std::size_t(name)][i].toString().isEmpty())
                continue;
            const geo::Point p = table->geometries[i].points().front();
            targets.placeNames << table->columns[std::size_t(name)][i].toString();
            targets.placePoints << QPointF(p.x, p.y);
        }
    }
    return targets;
}

} // namespace ct::fleets::detail
