// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorsplugin.h"

namespace ct::sensors {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Sensors");

core::Status SensorsPlugin::initialise(const plugin::PluginContext &)
{
    return core::Status::success();
}

std::vector<LayerDescriptor> SensorsPlugin::layers() const
{
    LayerDescriptor sites;
    sites.table = QStringLiteral("sensor_sites");
    sites.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Sensors"));
    sites.kind = LayerDescriptor::Kind::Points;
    sites.symbol = LayerDescriptor::Symbol::Circle;
    sites.color = QStringLiteral("#8e44ad");
    sites.symbolSizePixels = 12;
    sites.labelField = QStringLiteral("name");
    sites.order = 85;
    sites.owner = QStringLiteral("sensors");
    return {sites};
}

QUrl SensorsPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/sensors/Panel.qml"));
}

store::MigrationList SensorsPlugin::migrations() const
{
    // One row per reading; the key makes a repeated reading (same sensor, same time) a no-op
    // update rather than a duplicate. Time in milliseconds since the Unix epoch, UTC.
    return {{1, QStringLiteral("sensor readings"), QStringLiteral(R"sql(
CREATE TABLE sensor_reading (
    sensor_fid INTEGER NOT NULL,
    t_ms INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (sensor_fid, t_ms)
) WITHOUT ROWID;
)sql")}};
}

} // namespace ct::sensors
