// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QObject>

namespace ct::hydrogen {

/// \brief The hydrogen domain: fuel-cell buses (each can power a shelter: 9 kW, ≈ 235 kWh per
/// tank), the hydrogen station, and power dispatch — which bus powers which shelter without
/// grid power when, its dispatch orders, its routes on the map, its simulation and its part of
/// the situation report. The logic lives in the static library ct_hydrogen (domain/).
class HydrogenPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CityTwinDomainPlugin_iid FILE "hydrogen.json")
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;
    std::vector<std::shared_ptr<plugin::SimulationModelFactory>> simulationModels() const override;
    std::vector<plugin::ReportSection> reportSections(const plugin::ReportContext &context) const override;
};

} // namespace ct::hydrogen
