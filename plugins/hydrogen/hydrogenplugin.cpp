// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hydrogenplugin.h"

namespace ct::hydrogen {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Hydrogen buses");

core::Status HydrogenPlugin::initialise(const plugin::PluginContext &)
{
    return core::Status::success();
}

std::vector<LayerDescriptor> HydrogenPlugin::layers() const
{
    LayerDescriptor station;
    station.table = QStringLiteral("hydrogen_stations");
    station.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Hydrogen stations"));
    station.kind = LayerDescriptor::Kind::Points;
    station.symbol = LayerDescriptor::Symbol::Diamond;
    station.color = QStringLiteral("#0aa3c2");
    station.symbolSizePixels = 18;
    station.labelField = QStringLiteral("name");
    station.order = 92;
    station.owner = QStringLiteral("hydrogen");

    LayerDescriptor buses;
    buses.table = QStringLiteral("fuel_cell_buses");
    buses.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Fuel-cell buses"));
    buses.kind = LayerDescriptor::Kind::Points;
    buses.symbol = LayerDescriptor::Symbol::Square;
    buses.color = QStringLiteral("#1f5fbf");
    buses.symbolSizePixels = 14;
    buses.labelField = QStringLiteral("name");
    buses.order = 94;
    buses.owner = QStringLiteral("hydrogen");
    return {station, buses};
}

QUrl HydrogenPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/hydrogen/Panel.qml"));
}

store::MigrationList HydrogenPlugin::migrations() const
{
    return {{1, QStringLiteral("fuel-cell bus state and energy"), QStringLiteral(R"sql(
CREATE TABLE hydrogen_bus_state (
    bus_id TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'off'
        CHECK (state IN ('in_service', 'en_route', 'supplying_power', 'refuelling', 'off')),
    energy_kwh REAL NOT NULL CHECK (energy_kwh >= 0),
    assigned_shelter_fid INTEGER,
    updated_at TEXT
);
)sql")}};
}

} // namespace ct::hydrogen
