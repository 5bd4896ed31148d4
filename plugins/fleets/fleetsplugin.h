// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::fleets {

/// \brief The mobility domain: bus routes and stops on the map, and the vehicle table for every
/// fleet; GTFS / GTFS-JP timetables (stops and shapes on the map) and GTFS-Realtime vehicle
/// positions through its importers. The logic lives in the ct_fleets library.
class FleetsPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "fleets.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    std::vector<std::shared_ptr<plugin::Importer>> importers() const override;
    /// The vehicles of every kind and the selected vehicle's track, live on the main map.
    std::vector<std::shared_ptr<plugin::OverlaySource>> overlaySources() const override;
    std::vector<std::shared_ptr<plugin::SimulationModelFactory>> simulationModels() const override;
};

} // namespace ct::fleets
