// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::sensors {

/// \brief The sensors domain: river gauges, weather stations and infrastructure sensors on the
/// map, their readings, ingest and alarms; the panel (sensor list, alarms with acknowledgement,
/// history chart with thresholds, feed health) and the sites' live state for the map.
class SensorsPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "sensors.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    //! Registers the panel's C++ types under the QML module CityTwin.Sensors 1.0.
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    std::vector<std::shared_ptr<plugin::FeatureStateSource>> featureStateSources() const override;
    //! The rainfall-runoff model "rainfall" (river levels, alarms, flooded roads).
    std::vector<std::shared_ptr<plugin::SimulationModelFactory>> simulationModels() const override;
};

} // namespace ct::sensors
