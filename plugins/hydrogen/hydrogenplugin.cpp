// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hydrogenplugin.h"

namespace ct::hydrogen {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Hydrogen buses");

std::vector<LayerDescriptor> HydrogenPlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    const QString owner = QStringLiteral("hydrogen");
    return {LayerDescriptor::points(QStringLiteral("hydrogen_stations"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Hydrogen stations")),
                                    owner, QStringLiteral("#0aa3c2"), Symbol::Diamond, 18, 92, QStringLiteral("name")),
            LayerDescriptor::points(QStringLiteral("fuel_cell_buses"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Fuel-cell buses")),
                                    owner, QStringLiteral("#1f5fbf"), Symbol::Square, 14, 94, QStringLiteral("name"))};
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
