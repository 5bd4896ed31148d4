// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sensorsplugin.h"

#include "rainfallmodelfactory.h"
#include "sensorschema.h"
#include "sensorsqmltypes.h"
#include "sensorstatesource.h"

namespace ct::sensors {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Sensors");

core::Status SensorsPlugin::initialise(const plugin::PluginContext &context)
{
    Q_UNUSED(context);
    SensorsQmlTypes::registerTypes();
    return core::Status::success();
}

std::vector<LayerDescriptor> SensorsPlugin::layers() const
{
    return {LayerDescriptor::points(QStringLiteral("sensor_sites"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Sensors")),
                                    QStringLiteral("sensors"), QStringLiteral("#8e44ad"), LayerDescriptor::Symbol::Circle, 12, 85,
                                    QStringLiteral("name"))};
}

QUrl SensorsPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/sensors/qml/Panel.qml"));
}

store::MigrationList SensorsPlugin::migrations() const
{
    return SensorSchema::migrations();
}

std::vector<std::shared_ptr<plugin::FeatureStateSource>> SensorsPlugin::featureStateSources() const
{
    return {std::make_shared<SensorStateSource>()};
}

std::vector<std::shared_ptr<plugin::SimulationModelFactory>> SensorsPlugin::simulationModels() const
{
    return {std::make_shared<RainfallModelFactory>()};
}

} // namespace ct::sensors
