// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetsplugin.h"

namespace ct::fleets {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Mobility fleets");

std::vector<LayerDescriptor> FleetsPlugin::layers() const
{
    const QString owner = QStringLiteral("fleets");
    return {LayerDescriptor::lines(QStringLiteral("bus_routes"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Bus routes")), owner,
                                   QStringLiteral("#e67e22"), 10, 40),
            LayerDescriptor::points(QStringLiteral("bus_stops"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Bus stops")), owner,
                                    QStringLiteral("#c0641a"), LayerDescriptor::Symbol::Square, 8, 70, QStringLiteral("name"))};
}

QUrl FleetsPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/fleets/Panel.qml"));
}

store::MigrationList FleetsPlugin::migrations() const
{
    return {{1, QStringLiteral("fleet vehicles and their last known state"), QStringLiteral(R"sql(
CREATE TABLE fleet_vehicle (
    vehicle_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('on_demand_bus', 'community_bus', 'autonomous_shuttle',
        'personal_mobility', 'delivery_robot', 'drone', 'mobile_supermarket')),
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    state TEXT,
    x REAL,
    y REAL,
    heading_deg REAL,
    updated_at TEXT
);
)sql")}};
}

} // namespace ct::fleets
