// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fleetsplugin.h"

namespace ct::fleets {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Mobility fleets");

core::Status FleetsPlugin::initialise(const plugin::PluginContext &)
{
    return core::Status::success();
}

std::vector<LayerDescriptor> FleetsPlugin::layers() const
{
    LayerDescriptor routes;
    routes.table = QStringLiteral("bus_routes");
    routes.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Bus routes"));
    routes.kind = LayerDescriptor::Kind::Lines;
    routes.color = QStringLiteral("#e67e22");
    routes.widthMetres = 10;
    routes.order = 40;
    routes.owner = QStringLiteral("fleets");

    LayerDescriptor stops;
    stops.table = QStringLiteral("bus_stops");
    stops.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Bus stops"));
    stops.kind = LayerDescriptor::Kind::Points;
    stops.symbol = LayerDescriptor::Symbol::Square;
    stops.color = QStringLiteral("#c0641a");
    stops.symbolSizePixels = 8;
    stops.labelField = QStringLiteral("name");
    stops.order = 70;
    stops.owner = QStringLiteral("fleets");
    return {routes, stops};
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
