// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorsplugin.h"

#include "sensorschema.h"

namespace ct::sensors {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Sensors");

std::vector<LayerDescriptor> SensorsPlugin::layers() const
{
    return {LayerDescriptor::points(QStringLiteral("sensor_sites"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Sensors")),
                                    QStringLiteral("sensors"), QStringLiteral("#8e44ad"), LayerDescriptor::Symbol::Circle, 12, 85,
                                    QStringLiteral("name"))};
}

QUrl SensorsPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/sensors/Panel.qml"));
}

store::MigrationList SensorsPlugin::migrations() const
{
    return SensorSchema::migrations();
}

} // namespace ct::sensors
