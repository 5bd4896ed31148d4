// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sheltersplugin.h"

namespace ct::shelters {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Shelters");

std::vector<LayerDescriptor> SheltersPlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    const QString owner = QStringLiteral("shelters");
    return {LayerDescriptor::points(QStringLiteral("shelters"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Evacuation shelters")),
                                    owner, QStringLiteral("#2e9e44"), Symbol::Circle, 16, 90, QStringLiteral("name"))};
}

QUrl SheltersPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/shelters/Panel.qml"));
}

store::MigrationList SheltersPlugin::migrations() const
{
    // Operational state per shelter, keyed by the fid of the shelters feature table.
    return {{1, QStringLiteral("shelter status, occupancy and power per shelter"), QStringLiteral(R"sql(
CREATE TABLE shelter_status (
    shelter_fid INTEGER PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'closed'
        CHECK (status IN ('closed', 'opening', 'open', 'full', 'closing')),
    occupancy INTEGER NOT NULL DEFAULT 0 CHECK (occupancy >= 0),
    power TEXT NOT NULL DEFAULT 'grid'
        CHECK (power IN ('grid', 'none', 'fuel_cell_bus', 'generator')),
    updated_at TEXT
);
)sql")}};
}

} // namespace ct::shelters
